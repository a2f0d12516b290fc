package dev.passage.store;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Copies every row of a project's tables from one database to another whose schema Flyway brought to the same version
 * (H2 to PostgreSQL and back), ids included, in one transaction on the target; then moves each identity column's
 * sequence past the largest id copied. Which tables and columns there are comes from {@link SchemaTables}.
 */
final class TableCopy {
    /**
     * Not copied: Flyway writes its own history when it migrates the target; the change log is a server's record of the
     * edits made on it, which the copy did not go through.
     */
    static final Set<String> NOT_COPIED = Set.of("flyway_schema_history", "change_log");
    private static final int BATCH = 500;

    private TableCopy() {
    }

    /** Copies the rows; returns the count per table (lower-case name), in the order they were copied. */
    static Map<String, Long> copy(Connection from, Connection to) throws SQLException {
        List<SchemaTables.Table> sources = SchemaTables.of(from, NOT_COPIED);
        Map<String, SchemaTables.Table> targets = new LinkedHashMap<>();
        for (SchemaTables.Table t : SchemaTables.of(to, NOT_COPIED)) {
            targets.put(t.key(), t);
        }
        if (!sources.stream().map(SchemaTables.Table::key).collect(Collectors.toSet()).equals(targets.keySet())) {
            throw new PassageException(ErrorKind.INTERNAL, Text.of("copy.schemasDiffer", tableKeys(sources), targets.keySet()));
        }
        boolean autoCommit = to.getAutoCommit();
        to.setAutoCommit(false);
        Map<String, Long> counts = new LinkedHashMap<>();
        try {
            for (SchemaTables.Table source : sources) {
                SchemaTables.Table target = targets.get(source.key());
                try {
                    counts.put(source.key(), copyTable(from, to, source, target));
                } catch (SQLException | RuntimeException e) {
                    throw new PassageException(StoreFailure.kindOf(e, ErrorKind.INTERNAL),
                                               Text.of("copy.tableFailed", source.key(), SqlStates.message(e)), e);
                }
            }
            to.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                to.rollback();
            } catch (SQLException r) {
                e.addSuppressed(r);
            }
            throw e;
        } finally {
            to.setAutoCommit(autoCommit);
        }
        restartIdentities(to, targets.values());
        return counts;
    }

    private static List<String> tableKeys(List<SchemaTables.Table> tables) {
        return tables.stream().map(SchemaTables.Table::key).toList();
    }

    private static long copyTable(Connection from, Connection to, SchemaTables.Table source, SchemaTables.Table target)
            throws SQLException {
        Map<String, String> targetColumns = new LinkedHashMap<>();
        target.columns().forEach(c -> targetColumns.put(c.toLowerCase(Locale.ROOT), c));
        for (String c : source.columns()) {
            if (!targetColumns.containsKey(c.toLowerCase(Locale.ROOT))) {
                throw new PassageException(ErrorKind.INTERNAL, Text.of("copy.columnMissing", source.key(), c.toLowerCase(Locale.ROOT)));
            }
        }
        List<String> columns = source.columns();
        String select = "SELECT " + columns.stream().map(TableCopy::quote).collect(Collectors.joining(", ")) + " FROM "
                        + quote(source.name())
                        + (source.primaryKey().isEmpty() ? ""
                                                         : " ORDER BY " + source.primaryKey().stream().map(TableCopy::quote)
                                                                                .collect(Collectors.joining(", ")));
        String insert = "INSERT INTO " + quote(target.name()) + " ("
                        + columns.stream().map(c -> quote(targetColumns.get(c.toLowerCase(Locale.ROOT))))
                                 .collect(Collectors.joining(", "))
                        + ") VALUES (" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        long n = 0;
        try (Statement st = from.createStatement(); PreparedStatement ps = to.prepareStatement(insert)) {
            st.setFetchSize(BATCH);
            try (ResultSet rs = st.executeQuery(select)) {
                ResultSetMetaData md = rs.getMetaData();
                int[] types = new int[columns.size()];
                for (int i = 0; i < types.length; i++) {
                    types[i] = kindOf(md.getColumnType(i + 1), md.getColumnTypeName(i + 1));
                }
                List<Object[]> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[types.length];
                    for (int i = 0; i < types.length; i++) {
                        row[i] = read(rs, i + 1, types[i]);
                    }
                    if (source.selfReferences().isEmpty()) {
                        n += add(ps, row, types, n);
                    } else {
                        rows.add(row);
                    }
                }
                for (Object[] row : parentsFirst(rows, columns, source.selfReferences())) {
                    n += add(ps, row, types, n);
                }
            }
            if (n % BATCH != 0) {
                ps.executeBatch();
            }
        }
        return n;
    }

    private static int add(PreparedStatement ps, Object[] row, int[] types, long before) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            if (row[i] == null) {
                ps.setNull(i + 1, types[i] == Types.VARCHAR ? Types.VARCHAR : Types.NULL);
            } else if (types[i] == Types.VARCHAR) {
                ps.setString(i + 1, (String) row[i]);
            } else {
                ps.setObject(i + 1, row[i]);
            }
        }
        ps.addBatch();
        if ((before + 1) % BATCH == 0) {
            ps.executeBatch();
        }
        return 1;
    }

    /** How a column is read and written: text, a moment, a local date-time, or as the driver gives it. */
    private static int kindOf(int sqlType, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        return switch (sqlType) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                 Types.NCLOB -> Types.VARCHAR;
            case Types.TIMESTAMP_WITH_TIMEZONE -> Types.TIMESTAMP_WITH_TIMEZONE;
            case Types.TIMESTAMP -> name.contains("tz") || name.contains("time zone") ? Types.TIMESTAMP_WITH_TIMEZONE : Types.TIMESTAMP;
            default -> Types.OTHER;
        };
    }

    private static Object read(ResultSet rs, int i, int kind) throws SQLException {
        Object value = switch (kind) {
            case Types.VARCHAR -> rs.getString(i);
            case Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(i, OffsetDateTime.class);
            case Types.TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
            default -> rs.getObject(i);
        };
        return rs.wasNull() ? null : value;
    }

    /** The rows of a table that refers to itself (a code's parent), each after the row it refers to. */
    private static List<Object[]> parentsFirst(List<Object[]> rows, List<String> columns, Map<String, String> selfReferences) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<int[]> links = new ArrayList<>(); // {child column, parent column}
        for (Map.Entry<String, String> e : selfReferences.entrySet()) {
            links.add(new int[] {columns.indexOf(e.getKey()), columns.indexOf(e.getValue())});
        }
        List<Object[]> out = new ArrayList<>(rows.size());
        List<Object[]> waiting = new ArrayList<>(rows);
        Set<List<Object>> placed = new HashSet<>(); // (parent column index, value) pairs now present
        while (!waiting.isEmpty()) {
            List<Object[]> next = new ArrayList<>();
            for (Object[] row : waiting) {
                boolean ready = links.stream().allMatch(l -> row[l[0]] == null || placed.contains(List.of(l[1], key(row[l[0]]))));
                if (ready) {
                    out.add(row);
                    links.forEach(l -> placed.add(List.of(l[1], key(row[l[1]]))));
                } else {
                    next.add(row);
                }
            }
            if (next.size() == waiting.size()) {
                out.addAll(next); // refers to a row that is not there: let the database say so
                break;
            }
            waiting = next;
        }
        return out;
    }

    private static Object key(Object value) {
        return value instanceof Number n ? (Object) n.longValue() : Objects.toString(value);
    }

    /** Moves each identity column's next value past the largest id in it (PostgreSQL: setval; H2: RESTART WITH). */
    private static void restartIdentities(Connection to, Iterable<SchemaTables.Table> tables) throws SQLException {
        boolean postgres = to.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        try (Statement st = to.createStatement()) {
            for (SchemaTables.Table t : tables) {
                for (String column : t.identity()) {
                    long next;
                    try (ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(" + quote(column) + "), 0) + 1 FROM " + quote(t.name()))) {
                        rs.next();
                        next = rs.getLong(1);
                    }
                    if (postgres) {
                        try (PreparedStatement ps = to.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?), ?, false)")) {
                            ps.setString(1, quote(t.name()));
                            ps.setString(2, column);
                            ps.setLong(3, next);
                            ps.execute();
                        }
                    } else {
                        st.execute("ALTER TABLE " + quote(t.name()) + " ALTER COLUMN " + quote(column) + " RESTART WITH " + next);
                    }
                }
            }
        }
    }

    /** Drops every table of the connection's current schema (what a failed push's migration created). */
    static void dropAll(Connection c) throws SQLException {
        List<String> names = SchemaTables.tableNames(c, c.getSchema());
        try (Statement st = c.createStatement()) {
            for (String name : names) {
                st.execute("DROP TABLE IF EXISTS " + quote(name) + " CASCADE");
            }
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
