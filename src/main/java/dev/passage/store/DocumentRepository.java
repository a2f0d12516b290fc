package dev.passage.store;

import dev.passage.errors.Text;
import dev.passage.model.Document;
import dev.passage.model.DocumentCase;
import dev.passage.model.DocumentFormat;
import dev.passage.model.DocumentSummary;
import dev.passage.model.Language;
import dev.passage.model.NewDocument;
import dev.passage.model.SpeakerTurn;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Documents with their speaker turns and attributes. */
public final class DocumentRepository {
    /** A document's language: its own, or the project's when none is stored. */
    private static final String LANGUAGE = "COALESCE(d.language, (SELECT p.language FROM project p WHERE p.id = 1))";
    private static final String SUMMARY_SQL = """
        SELECT d.id, d.name, d.format, d.text_length, d.imported_at, d.turn_count AS turns, d.speaker_count AS speakers,
               (SELECT COUNT(*) FROM coding c WHERE c.document_id = d.id) AS codings,
               """ + LANGUAGE + """
         AS language
        FROM document d
        """;

    private final StoreAccess access;

    DocumentRepository(StoreAccess access) {
        this.access = access;
    }

    public long insert(NewDocument doc) {
        Tx tx = access.tx();
        var c = tx.connection();
        long id = Jdbc.insert(c, "INSERT INTO document (name, body, text_length, format, imported_from, imported_at, turn_count, speaker_count,"
                                 + " language, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM document))",
                              doc.name(), doc.text(), doc.text().length(), doc.format(), doc.importedFrom(), doc.importedAt(),
                              doc.turns().size(), SpeakerTurn.speakerCount(doc.turns()),
                              doc.language() == null ? null : doc.language().code());
        insertTurns(c, id, doc.turns());
        int position = 0;
        for (Map.Entry<String, String> a : doc.attributes().entrySet()) {
            Jdbc.update(c, "INSERT INTO document_attribute (document_id, name, attr_value, position) VALUES (?, ?, ?, ?)",
                        id, a.getKey(), a.getValue(), position++);
        }
        tx.touchDocument(id);
        return id;
    }

    private static void insertTurns(java.sql.Connection c, long documentId, List<SpeakerTurn> turns) {
        String sql = "INSERT INTO speaker_turn (document_id, ordinal, start_offset, end_offset, speaker, timestamp_ms) VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int ordinal = 0;
            for (SpeakerTurn t : turns) {
                Jdbc.bind(ps, documentId, ordinal++, t.start(), t.end(), t.speaker(), t.timestampMs());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Jdbc.fail(sql, e);
        }
    }

    public void setAttribute(long documentId, String name, String value) {
        Tx tx = access.tx();
        int changed = Jdbc.update(tx.connection(), "UPDATE document_attribute SET attr_value = ? WHERE document_id = ? AND name = ?", value, documentId, name);
        if (changed == 0) {
            Jdbc.update(tx.connection(), """
                INSERT INTO document_attribute (document_id, name, attr_value, position)
                VALUES (?, ?, ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM document_attribute WHERE document_id = ?))
                """, documentId, name, value, documentId);
        }
        tx.touchDocument(documentId);
    }

    public void setUnit(long documentId, Long unitId) {
        Tx tx = access.tx();
        Jdbc.update(tx.connection(), "UPDATE document SET unit_id = ? WHERE id = ?", unitId, documentId);
        tx.touchDocument(documentId);
    }

    public void rename(long documentId, String name) {
        Tx tx = access.tx();
        Jdbc.update(tx.connection(), "UPDATE document SET name = ? WHERE id = ?", name, documentId);
        tx.touchDocument(documentId);
    }

    /** Deletes the document with its turns, attributes, codings and its memos. */
    public void delete(long documentId) {
        Tx tx = access.tx();
        Jdbc.update(tx.connection(), "DELETE FROM memo WHERE target_type = 'CODING' AND target_id IN (SELECT id FROM coding WHERE document_id = ?)", documentId);
        Jdbc.update(tx.connection(), "DELETE FROM memo WHERE target_type = 'DOCUMENT' AND target_id = ?", documentId);
        Jdbc.update(tx.connection(), "DELETE FROM document WHERE id = ?", documentId);
        tx.touchDocument(documentId);
    }

    /** Every row of the document as it is now (for a delete that can be undone); nothing is changed. */
    public Optional<DeletedDocument> rowsOf(long documentId) {
        return name(documentId).map(n -> DeletedDocument.read(access.connection(), documentId));
    }

    /** Deletes the document with every row {@code rows} holds (turns, attributes, codings, memos, values, set memberships). */
    public void delete(DeletedDocument rows) {
        Tx tx = access.tx();
        rows.delete(tx.connection());
        tx.touchDocument(rows.documentId());
        tx.touchDocumentArrangement();
    }

    /** Puts a deleted document back, rows and ids as they were. */
    public void restore(DeletedDocument rows) {
        Tx tx = access.tx();
        rows.restore(tx.connection());
        tx.touchDocument(rows.documentId());
        tx.touchDocumentArrangement();
    }

    /** Every document's id in the stored order (the document list's, `passage docs`' and the exports'). */
    public List<Long> order() {
        return Jdbc.list(access.connection(), "SELECT id FROM document ORDER BY position, name, id", rs -> rs.getLong(1));
    }

    /** Stores {@code ids} as the documents' order (position 0, 1, …); only positions that change are written. */
    public void reorder(List<Long> ids) {
        Tx tx = access.tx();
        Map<Long, Integer> now = new HashMap<>();
        Jdbc.list(tx.connection(), "SELECT id, position FROM document", rs -> now.put(rs.getLong(1), rs.getInt(2)));
        for (int i = 0; i < ids.size(); i++) {
            Integer was = now.get(ids.get(i));
            if (was != null && was != i) {
                Jdbc.update(tx.connection(), "UPDATE document SET position = ? WHERE id = ?", i, ids.get(i));
            }
        }
        tx.touchDocumentArrangement();
    }

    public List<DocumentSummary> list() {
        return Jdbc.list(access.connection(), SUMMARY_SQL + " ORDER BY d.position, d.name", rs -> new DocumentSummary(
            rs.getLong("id"), rs.getString("name"), DocumentFormat.valueOf(rs.getString("format")), rs.getInt("text_length"),
            rs.getInt("turns"), rs.getInt("speakers"), rs.getInt("codings"), Jdbc.instant(rs, "imported_at"),
            Language.fromCode(rs.getString("language"))));
    }

    /** The document's language (the project's when it has none stored), or empty when there is no such document. */
    public Optional<Language> language(long documentId) {
        return Jdbc.one(access.connection(), "SELECT " + LANGUAGE + " FROM document d WHERE d.id = ?",
                        rs -> Language.fromCode(rs.getString(1)), documentId);
    }

    /** The languages the project's documents are in (the project's own when there are no documents), in enum order. */
    public java.util.Set<Language> languages() {
        java.util.Set<Language> out = java.util.EnumSet.noneOf(Language.class);
        Jdbc.list(access.connection(), "SELECT DISTINCT " + LANGUAGE + " FROM document d",
                  rs -> out.add(Language.fromCode(rs.getString(1))));
        return out;
    }

    /** Sets the language a document is analysed in; its search segments are re-indexed when the change is committed. */
    public void setLanguage(long documentId, Language language) {
        Tx tx = access.tx();
        Jdbc.update(tx.connection(), "UPDATE document SET language = ? WHERE id = ?", language.code(), documentId);
        tx.touchDocument(documentId);
    }

    /** Every document's unit, respondent and question (the study design the mixed-methods displays group by), by id. */
    public List<DocumentCase> cases() {
        return Jdbc.list(access.connection(),
                         "SELECT id, name, unit_id, respondent_id, question, text_length FROM document ORDER BY id",
                         rs -> new DocumentCase(rs.getLong("id"), rs.getString("name"), Jdbc.nullableLong(rs, "unit_id"),
                                                Jdbc.nullableLong(rs, "respondent_id"), rs.getString("question"), rs.getInt("text_length")));
    }

    public List<Long> ids() {
        return Jdbc.list(access.connection(), "SELECT id FROM document ORDER BY id", rs -> rs.getLong(1));
    }

    public int count() {
        return Jdbc.one(access.connection(), "SELECT COUNT(*) FROM document", rs -> rs.getInt(1)).orElse(0);
    }

    public boolean nameExists(String name) {
        return findIdByName(name).isPresent();
    }

    /** The name of a document imported from exactly this source path, if any. */
    public Optional<String> nameImportedFrom(String source) {
        return Jdbc.one(access.connection(), "SELECT name FROM document WHERE imported_from = ? ORDER BY id", rs -> rs.getString(1), source);
    }

    public Optional<Long> findIdByName(String name) {
        return Jdbc.one(access.connection(), "SELECT id FROM document WHERE name = ?", rs -> rs.getLong(1), name);
    }

    public Optional<Document> find(long id) {
        var c = access.connection();
        return Jdbc.one(c, "SELECT id, name, body, format, imported_from, imported_at FROM document WHERE id = ?", rs -> new Document(
            rs.getLong("id"), rs.getString("name"), rs.getString("body"), DocumentFormat.valueOf(rs.getString("format")),
            rs.getString("imported_from"), Jdbc.instant(rs, "imported_at"), attributes(id), turns(id)), id);
    }

    public Optional<String> text(long id) {
        return Jdbc.one(access.connection(), "SELECT body FROM document WHERE id = ?", rs -> rs.getString(1), id);
    }

    public Optional<Integer> length(long id) {
        return Jdbc.one(access.connection(), "SELECT text_length FROM document WHERE id = ?", rs -> rs.getInt(1), id);
    }

    public Optional<String> name(long id) {
        return Jdbc.one(access.connection(), "SELECT name FROM document WHERE id = ?", rs -> rs.getString(1), id);
    }

    public List<SpeakerTurn> turns(long documentId) {
        return Jdbc.list(access.connection(),
                         "SELECT start_offset, end_offset, speaker, timestamp_ms FROM speaker_turn WHERE document_id = ? ORDER BY ordinal",
                         rs -> new SpeakerTurn(rs.getInt(1), rs.getInt(2), rs.getString(3), Jdbc.nullableLong(rs, "timestamp_ms")),
                         documentId);
    }

    public Map<String, String> attributes(long documentId) {
        Map<String, String> out = new LinkedHashMap<>();
        Jdbc.list(access.connection(), "SELECT name, attr_value FROM document_attribute WHERE document_id = ? ORDER BY position",
                  rs -> out.put(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2)), documentId);
        return out;
    }

    /** Every document's attributes in their order, by document id (documents without attributes are absent). */
    public Map<Long, Map<String, String>> allAttributes() {
        Map<Long, Map<String, String>> out = new HashMap<>();
        Jdbc.list(access.connection(), "SELECT document_id, name, attr_value FROM document_attribute ORDER BY document_id, position",
                  rs -> out.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3) == null ? "" : rs.getString(3)));
        return out;
    }

    /** The names of all document attributes in the project, in name order. */
    public List<String> attributeNames() {
        return Jdbc.list(access.connection(), "SELECT DISTINCT name FROM document_attribute ORDER BY name", rs -> rs.getString(1));
    }

    public List<String> speakers() {
        return Jdbc.list(access.connection(), "SELECT DISTINCT speaker FROM speaker_turn WHERE speaker IS NOT NULL ORDER BY speaker",
                         rs -> rs.getString(1));
    }

    /**
     * Name, text, unit and turns of many documents in a few queries (for re-indexing thousands of imported documents);
     * ids without a document are left out.
     */
    public List<dev.passage.model.DocumentContent> contents(java.util.Collection<Long> ids) {
        List<dev.passage.model.DocumentContent> out = new java.util.ArrayList<>();
        for (List<Long> chunk : Jdbc.chunks(ids, 500)) {
            String in = Jdbc.placeholders(chunk.size());
            Map<Long, List<SpeakerTurn>> turns = new java.util.HashMap<>();
            Jdbc.list(access.connection(), "SELECT document_id, start_offset, end_offset, speaker, timestamp_ms FROM speaker_turn"
                                           + " WHERE document_id IN (" + in + ") ORDER BY document_id, ordinal",
                      rs -> turns.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                                 .add(new SpeakerTurn(rs.getInt(2), rs.getInt(3), rs.getString(4), Jdbc.nullableLong(rs, "timestamp_ms"))),
                      chunk.toArray());
            out.addAll(Jdbc.list(access.connection(), "SELECT d.id, d.name, d.body, u.name, " + LANGUAGE
                                                      + " FROM document d LEFT JOIN unit u ON u.id = d.unit_id"
                                                      + " WHERE d.id IN (" + in + ") ORDER BY d.id",
                                 rs -> new dev.passage.model.DocumentContent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                                                             turns.getOrDefault(rs.getLong(1), List.of()),
                                                                             Language.fromCode(rs.getString(5))),
                                 chunk.toArray()));
        }
        return out;
    }

    /** Every document's value of one attribute, by document id (documents without it are absent). */
    public Map<Long, String> attributeValues(String name) {
        Map<Long, String> out = new LinkedHashMap<>();
        Jdbc.list(access.connection(), "SELECT document_id, attr_value FROM document_attribute WHERE name = ? ORDER BY document_id",
                  rs -> out.put(rs.getLong(1), rs.getString(2) == null ? "" : rs.getString(2)), name);
        return out;
    }

    /** The path each document was imported from, by document id (documents without one are absent). */
    public Map<Long, String> importedFrom() {
        Map<Long, String> out = new LinkedHashMap<>();
        Jdbc.list(access.connection(), "SELECT id, imported_from FROM document WHERE imported_from IS NOT NULL ORDER BY id",
                  rs -> out.put(rs.getLong(1), rs.getString(2)));
        return out;
    }

    /**
     * Replaces the text of a document that has no codings (offsets of codings would point into the old text) and drops
     * its speaker turns. Refused with a {@link StoreException} when the document has codings. The document's row is locked
     * first: on a server, a coding being added to it at the same moment (its foreign key holds a share lock on the row) makes
     * this wait and then count it, so a text with codings is never replaced.
     */
    public void replaceText(long documentId, String text) {
        Tx tx = access.tx();
        Jdbc.list(tx.connection(), "SELECT id FROM document WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), documentId);
        int codings = Jdbc.one(tx.connection(), "SELECT COUNT(*) FROM coding WHERE document_id = ?", rs -> rs.getInt(1), documentId).orElse(0);
        if (codings > 0) {
            throw new StoreException(Text.of("store.textDocumentChangeCodings", name(documentId).orElse("#" + documentId), codings));
        }
        Jdbc.update(tx.connection(), "DELETE FROM speaker_turn WHERE document_id = ?", documentId);
        Jdbc.update(tx.connection(), "UPDATE document SET body = ?, text_length = ?, turn_count = 0, speaker_count = 0 WHERE id = ?",
                    text, text.length(), documentId);
        tx.touchDocument(documentId);
    }

    /** The unit name of every document in a unit, by document id. */
    public Map<Long, String> unitNames() {
        Map<Long, String> out = new HashMap<>();
        Jdbc.list(access.connection(), "SELECT d.id, u.name FROM document d JOIN unit u ON u.id = d.unit_id",
                  rs -> out.put(rs.getLong(1), rs.getString(2)));
        return out;
    }

    /** The first document in the stored order (what the workbench opens when nothing was open), or empty in an empty project. */
    public Optional<Long> firstByName() {
        return Jdbc.one(access.connection(), "SELECT id FROM document ORDER BY position, name LIMIT 1", rs -> rs.getLong(1));
    }

    /** The unit a document belongs to, or empty. */
    public Optional<String> unitName(long documentId) {
        return Jdbc.one(access.connection(), "SELECT u.name FROM document d JOIN unit u ON u.id = d.unit_id WHERE d.id = ?",
                        rs -> rs.getString(1), documentId);
    }
}
