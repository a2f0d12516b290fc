package dev.passage.store;

import dev.passage.model.Coding;
import dev.passage.model.CodingSpan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Codings: a code on a document range, by a coder. */
public final class CodingRepository {
    private static final String SELECT = "SELECT id, document_id, start_offset, end_offset, code_id, coder, created, memo FROM coding";

    private static final Comparator<CodingSpan> SPAN_ORDER = Comparator.comparingLong(CodingSpan::documentId)
        .thenComparingInt(CodingSpan::start).thenComparingInt(CodingSpan::end);

    private final StoreAccess access;

    CodingRepository(StoreAccess access) {
        this.access = access;
    }

    public long insert(long documentId, int start, int end, long codeId, String coder, Instant created, String memo) {
        Tx tx = access.tx();
        tx.touchCodings(documentId, start, end);
        return Jdbc.insert(tx.connection(), """
            INSERT INTO coding (document_id, code_id, start_offset, end_offset, coder, created, memo) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                           documentId, codeId, start, end, coder, created, memo);
    }

    /** Puts a coding back with its original id (undo). */
    public void restore(Coding c) {
        Tx tx = access.tx();
        tx.touchCodings(c.documentId(), c.start(), c.end());
        Jdbc.update(tx.connection(), """
            INSERT INTO coding (id, document_id, code_id, start_offset, end_offset, coder, created, memo) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                    c.id(), c.documentId(), c.codeId(), c.start(), c.end(), c.coder(), c.created(), c.memo());
    }

    /** Writes code, range and memo of an existing coding. */
    public void update(Coding c) {
        Tx tx = access.tx();
        find(c.id()).ifPresent(before -> tx.touchCodings(before.documentId(), before.start(), before.end()));
        tx.touchCodings(c.documentId(), c.start(), c.end());
        int n = Jdbc.update(tx.connection(), "UPDATE coding SET code_id = ?, start_offset = ?, end_offset = ?, memo = ? WHERE id = ?",
                            c.codeId(), c.start(), c.end(), c.memo(), c.id());
        if (n != 1) {
            throw new StoreException("The coding with id " + c.id() + " no longer exists");
        }
    }

    public void delete(Coding c) {
        Tx tx = access.tx();
        tx.touchCodings(c.documentId(), c.start(), c.end());
        Jdbc.update(tx.connection(), "DELETE FROM coding WHERE id = ?", c.id());
    }

    public Optional<Coding> find(long id) {
        return Jdbc.one(access.connection(), SELECT + " WHERE id = ?", CodingRepository::map, id);
    }

    public List<Coding> forDocument(long documentId) {
        return Jdbc.list(access.connection(), SELECT + " WHERE document_id = ? ORDER BY start_offset, end_offset, id",
                         CodingRepository::map, documentId);
    }

    public List<Coding> forCodes(Collection<Long> codeIds) {
        if (codeIds.isEmpty()) {
            return List.of();
        }
        String in = codeIds.stream().map(id -> "?").collect(Collectors.joining(", "));
        return Jdbc.list(access.connection(), SELECT + " WHERE code_id IN (" + in + ") ORDER BY document_id, start_offset, end_offset, id",
                         CodingRepository::map, codeIds.toArray());
    }

    /** The document's codings that share at least one character with [start, end). */
    public List<Coding> overlapping(long documentId, int start, int end) {
        return Jdbc.list(access.connection(), SELECT + " WHERE document_id = ? AND start_offset < ? AND end_offset > ? ORDER BY start_offset, end_offset, id",
                         CodingRepository::map, documentId, end, start);
    }

    public List<Coding> all() {
        return Jdbc.list(access.connection(), SELECT + " ORDER BY document_id, start_offset, end_offset, id", CodingRepository::map);
    }

    /**
     * Every coding as a lean span, ordered by document, start and end offset: one read for the mixed-methods counts (no
     * memo, coder or timestamps). Sorted here rather than in SQL: on 100,000 codings H2's ORDER BY costs four times the read.
     */
    public List<CodingSpan> spans() {
        List<CodingSpan> out = new ArrayList<>(Jdbc.list(access.connection(), "SELECT document_id, code_id, start_offset, end_offset FROM coding",
                                                         rs -> new CodingSpan(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4))));
        out.sort(SPAN_ORDER);
        return out;
    }

    /** The spans of the given codes only, in the same order as {@link #spans()}. */
    public List<CodingSpan> spans(Collection<Long> codeIds) {
        if (codeIds.isEmpty()) {
            return List.of();
        }
        String in = codeIds.stream().map(id -> "?").collect(Collectors.joining(", "));
        List<CodingSpan> out = new ArrayList<>(Jdbc.list(access.connection(),
            "SELECT document_id, code_id, start_offset, end_offset FROM coding WHERE code_id IN (" + in + ")",
            rs -> new CodingSpan(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4)), codeIds.toArray()));
        out.sort(SPAN_ORDER);
        return out;
    }

    public int count() {
        return Jdbc.one(access.connection(), "SELECT COUNT(*) FROM coding", rs -> rs.getInt(1)).orElse(0);
    }

    /** Number of codings per code id (codes without codings are absent). */
    public Map<Long, Integer> countsByCode() {
        Map<Long, Integer> out = new LinkedHashMap<>();
        Jdbc.list(access.connection(), "SELECT code_id, COUNT(*) FROM coding GROUP BY code_id",
                  rs -> out.put(rs.getLong(1), rs.getInt(2)));
        return out;
    }

    private static Coding map(ResultSet rs) throws SQLException {
        return new Coding(rs.getLong("id"), rs.getLong("document_id"), rs.getInt("start_offset"), rs.getInt("end_offset"),
                          rs.getLong("code_id"), rs.getString("coder"), Jdbc.instant(rs, "created"), rs.getString("memo"));
    }
}
