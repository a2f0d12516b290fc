package dev.passage.store;

import dev.passage.model.Respondent;

import java.util.List;
import java.util.Optional;

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
