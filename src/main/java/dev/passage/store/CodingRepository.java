package dev.passage.store;

import dev.passage.errors.Text;
import dev.passage.model.CoderScope;
import dev.passage.model.Coding;
import dev.passage.model.CodingSpan;

import java.sql.Connection;
import java.sql.PreparedStatement;
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
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Codings: a code on a document range, by a coder. A repository made with a {@link CoderScope} reads only the codings of the
 * coders in it (every read below); writes are never scoped.
 */
public final class CodingRepository {
    private static final String SELECT = "SELECT id, document_id, start_offset, end_offset, code_id, coder, created, memo, memo_author, memo_updated FROM coding";
    private static final int FETCH_SIZE = 500;
    private static final int MAX_BOUND_IDS = 1000;

    private static final Comparator<CodingSpan> SPAN_ORDER = Comparator.comparingLong(CodingSpan::documentId)
        .thenComparingInt(CodingSpan::start).thenComparingInt(CodingSpan::end);

    private final StoreAccess access;
    private final CoderScope scope;

    CodingRepository(StoreAccess access) {
        this(access, CoderScope.EVERYONE);
    }

    CodingRepository(StoreAccess access, CoderScope scope) {
        this.access = access;
        this.scope = scope == null ? CoderScope.EVERYONE : scope;
    }

    /** " AND coder IN (...)" for a narrowed scope (with {@code column} naming the coder column), "" for everyone. */
    private String coderClause(String column) {
        if (scope.everyone()) {
            return "";
        }
        if (scope.coders().isEmpty()) {
            return " AND 1 = 0";
        }
        return " AND " + column + " IN (" + Jdbc.placeholders(scope.coders().size()) + ")";
    }

    private String coderClause() {
        return coderClause("coder");
    }

    /** The parameters followed by the scope's coders (in the order of {@link CoderScope#sortedCoders()}). */
    private Object[] params(Object... fixed) {
        if (scope.everyone() || scope.coders().isEmpty()) {
            return fixed;
        }
        List<Object> all = new ArrayList<>(List.of(fixed));
        all.addAll(scope.sortedCoders());
        return all.toArray();
    }

    /** Inserts a coding; its memo (if any) is credited to the coder at {@code created}. */
    public long insert(long documentId, int start, int end, long codeId, String coder, Instant created, String memo) {
        return insert(documentId, start, end, codeId, coder, created, memo, memo == null ? null : coder, memo == null ? null : created);
    }

    /** Inserts a coding whose memo was written by {@code memoAuthor} at {@code memoUpdated}. */
    public long insert(long documentId, int start, int end, long codeId, String coder, Instant created, String memo,
                       String memoAuthor, Instant memoUpdated) {
        Tx tx = access.tx();
        tx.touchCodings(documentId, start, end);
        return Jdbc.insert(tx.connection(), """
            INSERT INTO coding (document_id, code_id, start_offset, end_offset, coder, created, memo, memo_author, memo_updated)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                           documentId, codeId, start, end, coder, created, memo, memo == null ? null : memoAuthor,
                           memo == null ? null : memoUpdated);
    }

    /** Puts a coding back with its original id (undo). */
    public void restore(Coding c) {
        Tx tx = access.tx();
        tx.touchCodings(c.documentId(), c.start(), c.end());
        Jdbc.update(tx.connection(), """
            INSERT INTO coding (id, document_id, code_id, start_offset, end_offset, coder, created, memo, memo_author, memo_updated)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    c.id(), c.documentId(), c.codeId(), c.start(), c.end(), c.coder(), c.created(), c.memo(), c.memoAuthor(),
                    c.memoUpdated());
    }

    /** Writes code, range and memo (with its author and time) of an existing coding. */
    public void update(Coding c) {
        Tx tx = access.tx();
        find(c.id()).ifPresent(before -> tx.touchCodings(before.documentId(), before.start(), before.end()));
        tx.touchCodings(c.documentId(), c.start(), c.end());
        int n = Jdbc.update(tx.connection(), """
            UPDATE coding SET code_id = ?, start_offset = ?, end_offset = ?, memo = ?, memo_author = ?, memo_updated = ? WHERE id = ?""",
                            c.codeId(), c.start(), c.end(), c.memo(), c.memoAuthor(), c.memoUpdated(), c.id());
        if (n != 1) {
            throw new StoreException(Text.of("store.codingIdLongerExists", c.id()));
        }
    }

    public void delete(Coding c) {
        Tx tx = access.tx();
        tx.touchCodings(c.documentId(), c.start(), c.end());
        Jdbc.update(tx.connection(), "DELETE FROM coding WHERE id = ?", c.id());
    }

    public Optional<Coding> find(long id) {
        return Jdbc.one(access.connection(), SELECT + " WHERE id = ?" + coderClause(), CodingRepository::map, params(id));
    }

    public List<Coding> forDocument(long documentId) {
        return Jdbc.list(access.connection(), SELECT + " WHERE document_id = ?" + coderClause() + " ORDER BY start_offset, end_offset, id",
                         CodingRepository::map, params(documentId));
    }

    public List<Coding> forCodes(Collection<Long> codeIds) {
        if (codeIds.isEmpty()) {
            return List.of();
        }
        String in = codeIds.stream().map(id -> "?").collect(Collectors.joining(", "));
        return Jdbc.list(access.connection(), SELECT + " WHERE code_id IN (" + in + ")" + coderClause()
                                              + " ORDER BY document_id, start_offset, end_offset, id",
                         CodingRepository::map, params(codeIds.toArray()));
    }

    /** The codings of many documents by document id, each list ordered by start (documents without codings are absent). */
    public Map<Long, List<Coding>> forDocuments(Collection<Long> documentIds) {
        Map<Long, List<Coding>> out = new LinkedHashMap<>();
        for (List<Long> chunk : Jdbc.chunks(documentIds, 500)) {
            for (Coding c : Jdbc.list(access.connection(), SELECT + " WHERE document_id IN (" + Jdbc.placeholders(chunk.size())
                                                           + ")" + coderClause() + " ORDER BY document_id, start_offset, end_offset, id",
                                      CodingRepository::map, params(chunk.toArray()))) {
                out.computeIfAbsent(c.documentId(), k -> new java.util.ArrayList<>()).add(c);
            }
        }
        return out;
    }

    /** The document's codings that share at least one character with [start, end). */
    public List<Coding> overlapping(long documentId, int start, int end) {
        return Jdbc.list(access.connection(), SELECT + " WHERE document_id = ? AND start_offset < ? AND end_offset > ?" + coderClause()
                                              + " ORDER BY start_offset, end_offset, id",
                         CodingRepository::map, params(documentId, end, start));
    }

    public List<Coding> all() {
        return Jdbc.list(access.connection(), SELECT + " WHERE 1 = 1" + coderClause() + " ORDER BY document_id, start_offset, end_offset, id",
                         CodingRepository::map, params());
    }

    /**
     * Every coding as a lean span, ordered by document, start and end offset: one read for the mixed-methods counts (no
     * memo, coder or timestamps). Sorted here rather than in SQL: on 100,000 codings H2's ORDER BY costs four times the read.
     */
    public List<CodingSpan> spans() {
        List<CodingSpan> out = new ArrayList<>(Jdbc.list(access.connection(),
                                                         "SELECT document_id, code_id, start_offset, end_offset FROM coding WHERE 1 = 1" + coderClause(),
                                                         rs -> new CodingSpan(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4)),
                                                         params()));
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
            "SELECT document_id, code_id, start_offset, end_offset FROM coding WHERE code_id IN (" + in + ")" + coderClause(),
            rs -> new CodingSpan(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4)), params(codeIds.toArray())));
        out.sort(SPAN_ORDER);
        return out;
    }

    public int count() {
        return Jdbc.one(access.connection(), "SELECT COUNT(*) FROM coding WHERE 1 = 1" + coderClause(), rs -> rs.getInt(1), params())
                   .orElse(0);
    }

    /** Every coder who has made a coding (in the scope), by name. */
    public List<String> coders() {
        return Jdbc.list(access.connection(), "SELECT DISTINCT coder FROM coding WHERE 1 = 1" + coderClause() + " ORDER BY coder",
                         rs -> rs.getString(1), params());
    }

    /** Everyone who wrote a coding memo, by name. */
    public List<String> memoAuthors() {
        return Jdbc.list(access.connection(), "SELECT DISTINCT memo_author FROM coding WHERE memo_author IS NOT NULL" + coderClause()
                                              + " ORDER BY memo_author", rs -> rs.getString(1), params());
    }

    /** Number of codings per code id (codes without codings are absent). */
    public Map<Long, Integer> countsByCode() {
        Map<Long, Integer> out = new LinkedHashMap<>();
        Jdbc.list(access.connection(), "SELECT code_id, COUNT(*) FROM coding WHERE 1 = 1" + coderClause() + " GROUP BY code_id",
                  rs -> out.put(rs.getLong(1), rs.getInt(2)), params());
        return out;
    }

    /**
     * Streams the selected codings through a database cursor, in the documents' stored order (then document id, start, end, id),
     * so that any number of them can be exported without holding them all. {@code each} may read through the same access
     * (e.g. a document's text) while the cursor is open. Returns how many codings were passed on.
     */
    public int forEach(CodingSelection selection, Consumer<Coding> each) {
        if (selection.isEmpty() || (!scope.everyone() && scope.coders().isEmpty())) {
            return 0;
        }
        StringBuilder sql = new StringBuilder("""
            SELECT c.id, c.document_id, c.start_offset, c.end_offset, c.code_id, c.coder, c.created, c.memo, c.memo_author, c.memo_updated
            FROM coding c JOIN document d ON d.id = c.document_id WHERE 1 = 1""");
        List<Object> params = new ArrayList<>();
        in(sql, params, "c.code_id", selection.codeIds());
        in(sql, params, "c.coder", selection.coders());
        in(sql, params, "c.coder", scope.everyone() ? null : scope.sortedCoders());
        // a long id list (e.g. a variable-condition scope) is checked here rather than bound as thousands of parameters
        boolean docsInSql = selection.documentIds() != null && selection.documentIds().size() <= MAX_BOUND_IDS;
        if (docsInSql) {
            in(sql, params, "c.document_id", selection.documentIds());
        }
        sql.append(" ORDER BY d.position, d.name, d.id, c.start_offset, c.end_offset, c.id");
        Connection c = access.connection();
        try {
            boolean autoCommit = c.getAutoCommit();
            if (autoCommit) {
                c.setAutoCommit(false); // PostgreSQL only streams with a fetch size inside a transaction
            }
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                ps.setFetchSize(FETCH_SIZE);
                Jdbc.bind(ps, params.toArray());
                int n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Coding coding = map(rs);
                        if (docsInSql || selection.documentIds() == null || selection.documentIds().contains(coding.documentId())) {
                            each.accept(coding);
                            n++;
                        }
                    }
                }
                return n;
            } finally {
                if (autoCommit) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw Jdbc.fail(sql.toString(), e);
        }
    }

    private static void in(StringBuilder sql, List<Object> params, String column, Collection<?> values) {
        if (values != null) {
            sql.append(" AND ").append(column).append(" IN (").append(values.stream().map(v -> "?").collect(Collectors.joining(", "))).append(')');
            params.addAll(values);
        }
    }

    private static Coding map(ResultSet rs) throws SQLException {
        return new Coding(rs.getLong("id"), rs.getLong("document_id"), rs.getInt("start_offset"), rs.getInt("end_offset"),
                          rs.getLong("code_id"), rs.getString("coder"), Jdbc.instant(rs, "created"), rs.getString("memo"),
                          rs.getString("memo_author"), Jdbc.instant(rs, "memo_updated"));
    }
}
