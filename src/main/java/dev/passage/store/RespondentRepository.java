package dev.passage.store;

import dev.passage.model.DocumentFormat;
import dev.passage.model.NewSurveyAnswer;
import dev.passage.model.Respondent;
import dev.passage.model.SurveyAnswer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Survey respondents. A respondent's unit is also written onto their answer documents, which is what search and displays read. */
public final class RespondentRepository {
    private final StoreAccess access;

    RespondentRepository(StoreAccess access) {
        this.access = access;
    }

    /** The respondent's id, creating them when new; an existing respondent moves to {@code unitId} when it differs. */
    public long ensure(String externalId, Long unitId) {
        Optional<Respondent> existing = find(externalId);
        if (existing.isPresent()) {
            if (!java.util.Objects.equals(existing.get().unitId(), unitId)) {
                setUnit(existing.get().id(), unitId);
            }
            return existing.get().id();
        }
        return Jdbc.insert(access.tx().connection(), "INSERT INTO respondent (external_id, unit_id) VALUES (?, ?)", externalId, unitId);
    }

    public Optional<Respondent> find(String externalId) {
        return Jdbc.one(access.connection(), "SELECT id, external_id, unit_id FROM respondent WHERE external_id = ?",
                        RespondentRepository::respondent, externalId);
    }

    public List<Respondent> list() {
        return Jdbc.list(access.connection(), "SELECT id, external_id, unit_id FROM respondent ORDER BY external_id", RespondentRepository::respondent);
    }

    public int count() {
        return Jdbc.one(access.connection(), "SELECT COUNT(*) FROM respondent", rs -> rs.getInt(1)).orElse(0);
    }

    /** Moves the respondent and all their answer documents to {@code unitId} (null: no unit). */
    public void setUnit(long respondentId, Long unitId) {
        Tx tx = access.tx();
        Jdbc.update(tx.connection(), "UPDATE respondent SET unit_id = ? WHERE id = ?", unitId, respondentId);
        for (long doc : Jdbc.list(tx.connection(), "SELECT id FROM document WHERE respondent_id = ?", rs -> rs.getLong(1), respondentId)) {
            Jdbc.update(tx.connection(), "UPDATE document SET unit_id = ? WHERE id = ?", unitId, doc);
            tx.touchDocument(doc);
        }
    }

    /** Every respondent's id by external id. */
    public Map<String, Long> idsByExternalId() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Respondent r : list()) {
            out.put(r.externalId(), r.id());
        }
        return out;
    }

    /** Creates many new respondents (external id to unit id, null for none) in batches; returns every respondent's id by external id. */
    public Map<String, Long> insertAll(Map<String, Long> unitByExternalId) {
        Jdbc.batch(access.tx().connection(), "INSERT INTO respondent (external_id, unit_id) VALUES (?, ?)",
                   unitByExternalId.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue()}).toList());
        return idsByExternalId();
    }

    /** Moves many respondents (id to new unit id, null for none) and their answer documents, in batches. */
    public void moveAll(Map<Long, Long> unitByRespondent) {
        if (unitByRespondent.isEmpty()) {
            return;
        }
        Tx tx = access.tx();
        List<Object[]> rows = unitByRespondent.entrySet().stream().map(e -> new Object[] {e.getValue(), e.getKey()}).toList();
        Jdbc.batch(tx.connection(), "UPDATE respondent SET unit_id = ? WHERE id = ?", rows);
        Jdbc.batch(tx.connection(), "UPDATE document SET unit_id = ? WHERE respondent_id = ?", rows);
        Set<Long> moved = unitByRespondent.keySet();
        Jdbc.list(tx.connection(), "SELECT id, respondent_id FROM document WHERE respondent_id IS NOT NULL ORDER BY id", rs -> {
            if (moved.contains(rs.getLong(2))) {
                tx.touchDocument(rs.getLong(1));
            }
            return null;
        });
    }

    /** Every stored answer document with its text and coding count, by document id. */
    public List<SurveyAnswer> answers() {
        return Jdbc.list(access.connection(), """
            SELECT d.id, d.respondent_id, d.question, d.name, d.body, (SELECT COUNT(*) FROM coding c WHERE c.document_id = d.id)
            FROM document d WHERE d.respondent_id IS NOT NULL ORDER BY d.id
            """, rs -> new SurveyAnswer(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6)));
    }

    /**
     * Stores many answers as plain-text documents of their respondents, in their respondents' units, in batches.
     * Returns the new documents' ids in the order given.
     */
    public List<Long> insertAnswers(List<NewSurveyAnswer> answers) {
        if (answers.isEmpty()) {
            return List.of();
        }
        Tx tx = access.tx();
        Jdbc.batch(tx.connection(), """
            INSERT INTO document (name, body, text_length, format, imported_from, imported_at, unit_id, respondent_id, question, position)
            VALUES (?, ?, ?, ?, ?, ?, (SELECT unit_id FROM respondent WHERE id = ?), ?, ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM document))
            """, answers.stream().map(a -> new Object[] {a.name(), a.text(), a.text().length(), DocumentFormat.TXT, a.importedFrom(),
                                                         a.importedAt(), a.respondentId(), a.respondentId(), a.question()}).toList());
        Map<String, Long> idByName = new HashMap<>();
        Jdbc.list(tx.connection(), "SELECT id, name FROM document WHERE respondent_id IS NOT NULL",
                  rs -> idByName.put(rs.getString(2), rs.getLong(1)));
        List<Long> ids = new ArrayList<>(answers.size());
        for (NewSurveyAnswer a : answers) {
            long id = idByName.get(a.name());
            ids.add(id);
            tx.touchDocument(id);
        }
        return ids;
    }

    /** Marks a document as the answer of a respondent to a question, in the respondent's unit. */
    public void linkAnswer(long documentId, long respondentId, String question) {
        Tx tx = access.tx();
        Jdbc.update(tx.connection(), """
            UPDATE document SET respondent_id = ?, question = ?, unit_id = (SELECT unit_id FROM respondent WHERE id = ?) WHERE id = ?
            """, respondentId, question, respondentId, documentId);
        tx.touchDocument(documentId);
    }

    private static Respondent respondent(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Respondent(rs.getLong(1), rs.getString(2), Jdbc.nullableLong(rs, "unit_id"));
    }
}
