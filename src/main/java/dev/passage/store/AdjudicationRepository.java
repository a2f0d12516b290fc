package dev.passage.store;

import dev.passage.model.Adjudication;
import dev.passage.model.Verdict;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Decisions on passages where coders differ (the codings they produce are ordinary codings of the consensus coder). */
public final class AdjudicationRepository {
    private static final String SELECT = "SELECT id, document_id, code_id, start_offset, end_offset, coder_a, coder_b, consensus,"
                                         + " decision, note, decided_by, decided_at FROM adjudication";

    private final StoreAccess access;

    AdjudicationRepository(StoreAccess access) {
        this.access = access;
    }

    /** Stores a new decision; returns its id. */
    public long insert(Adjudication a) {
        Tx tx = access.tx();
        tx.touchCodings(a.documentId(), a.start(), a.end());
        return Jdbc.insert(tx.connection(), """
            INSERT INTO adjudication (document_id, code_id, start_offset, end_offset, coder_a, coder_b, consensus, decision, note,
                                      decided_by, decided_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                           a.documentId(), a.codeId(), a.start(), a.end(), a.coderA(), a.coderB(), a.consensus(), a.verdict().name(),
                           a.note(), a.decidedBy(), a.decidedAt());
    }

    /** Puts a decision back with its original id (undo, redo). */
    public void restore(Adjudication a) {
        Tx tx = access.tx();
        tx.touchCodings(a.documentId(), a.start(), a.end());
        Jdbc.update(tx.connection(), """
            INSERT INTO adjudication (id, document_id, code_id, start_offset, end_offset, coder_a, coder_b, consensus, decision, note,
                                      decided_by, decided_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    a.id(), a.documentId(), a.codeId(), a.start(), a.end(), a.coderA(), a.coderB(), a.consensus(), a.verdict().name(),
                    a.note(), a.decidedBy(), a.decidedAt());
    }

    public void delete(Adjudication a) {
        Tx tx = access.tx();
        tx.touchCodings(a.documentId(), a.start(), a.end());
        Jdbc.update(tx.connection(), "DELETE FROM adjudication WHERE id = ?", a.id());
    }

    public java.util.Optional<Adjudication> find(long id) {
        return Jdbc.one(access.connection(), SELECT + " WHERE id = ?", AdjudicationRepository::map, id);
    }

    /** Every decision, by document, start and id. */
    public List<Adjudication> all() {
        return Jdbc.list(access.connection(), SELECT + " ORDER BY document_id, start_offset, end_offset, id", AdjudicationRepository::map);
    }

    public int count() {
        return Jdbc.one(access.connection(), "SELECT COUNT(*) FROM adjudication", rs -> rs.getInt(1)).orElse(0);
    }

    private static Adjudication map(ResultSet rs) throws SQLException {
        return new Adjudication(rs.getLong("id"), rs.getLong("document_id"), rs.getLong("code_id"), rs.getInt("start_offset"),
                                rs.getInt("end_offset"), rs.getString("coder_a"), rs.getString("coder_b"), rs.getString("consensus"),
                                Verdict.valueOf(rs.getString("decision")), rs.getString("note"), rs.getString("decided_by"),
                                Jdbc.instant(rs, "decided_at"));
    }
}
