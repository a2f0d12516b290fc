-- Each document's own language (da, sv, en: a dev.passage.model.Language code), which selects the analyzer its text is
-- indexed with, so a project can mix Danish and English interviews. Existing documents keep the project's language;
-- NULL (a document stored by an older Passage after this ran) also means the project's language.
ALTER TABLE document ADD COLUMN language VARCHAR(8);
UPDATE document SET language = (SELECT p.language FROM project p WHERE p.id = 1);
