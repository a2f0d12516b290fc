-- A document's turns never change after import (replacing its text drops them), so their counts are kept on the row:
-- listing 10,000 documents with two correlated counts over ~390,000 turns per open took 0.4-1.4 s (BENCHMARKS.md).
ALTER TABLE document ADD COLUMN turn_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE document ADD COLUMN speaker_count INTEGER DEFAULT 0 NOT NULL;
UPDATE document SET
    turn_count = (SELECT COUNT(*) FROM speaker_turn t WHERE t.document_id = document.id),
    speaker_count = (SELECT COUNT(DISTINCT t.speaker) FROM speaker_turn t WHERE t.document_id = document.id);

-- Every file import first asks whether that file was imported before; without an index each question read every
-- document row, so importing 10,000 interviews took minutes of scans (quadratic).
CREATE INDEX document_imported_from ON document (imported_from);
