package dev.passage.team;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every table of a project database as plain text rows, independent of the copier's own metadata reading: to compare two
 * databases (H2 and PostgreSQL) table by table.
 */
final class TableDump {
    /** Never copied: Flyway's own history, and the server's change log. */
    static final Set<String> NOT_COPIED = Set.of("flyway_schema_history", "change_log");

    private TableDump() {
    }

    static Connection folder(java.nio.file.Path folder) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + folder.toAbsolutePath().resolve("project"), "sa", "");
    }

    /** The copied tables (lower-case) of the connection's schema, each with its rows as sorted text lines. */
    static Map<String, List<String>> dump(Connection c) throws SQLException {
        Map<String, List<String>> out = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name FROM information_schema.tables WHERE table_schema = ? "
                                                       + "AND table_type = 'BASE TABLE'")) {
            ps.setString(1, c.getSchema());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
        }
        for (String table : tables) {
            String key = table.toLowerCase(Locale.ROOT);
            if (NOT_COPIED.contains(key)) {
                continue;
            }
            List<String> rows = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    Map<String, String> row = new TreeMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.put(md.getColumnName(i).toLowerCase(Locale.ROOT), text(rs, i, md));
                    }
                    rows.add(row.toString());
                }
            }
            rows.sort(Comparator.naturalOrder());
            out.put(key, rows);
        }
        return out;
    }

    /** Row counts per table. */
    static Map<String, Integer> counts(Map<String, List<String>> dump) {
        Map<String, Integer> out = new TreeMap<>();
        dump.forEach((t, rows) -> out.put(t, rows.size()));
        return out;
    }

    private static String text(ResultSet rs, int i, ResultSetMetaData md) throws SQLException {
        int type = md.getColumnType(i);
        String name = md.getColumnTypeName(i).toLowerCase(Locale.ROOT);
        if (type == Types.TIMESTAMP_WITH_TIMEZONE || name.contains("timestamptz") || name.contains("with time zone")) {
            OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
            return t == null ? "null" : t.toInstant().toString();
        }
        Object v = rs.getObject(i);
        if (v == null) {
            return "null";
        }
        if (v instanceof java.sql.Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (v instanceof Double || v instanceof Float) {
            return Double.toString(((Number) v).doubleValue());
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        return v.toString();
    }
}
