package dev.passage.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables of a project's schema as the database itself describes them (JDBC metadata and information_schema, the
 * same on H2 and PostgreSQL): their columns, primary key, identity columns and foreign keys, in an order where every
 * table comes after the tables it refers to. A table a later migration adds is found here without code changes.
 */
final class SchemaTables {
    /** One table; names are as the database spells them (H2: upper case, PostgreSQL: lower case). */
    record Table(String name, List<String> columns, List<String> primaryKey, List<String> identity,
                 Set<String> references, Map<String, String> selfReferences) {
        /** The name in lower case: how Passage's SQL and reports spell it. */
        String key() {
            return name.toLowerCase(Locale.ROOT);
        }
    }

    private SchemaTables() {
    }

    /** Every base table of the connection's current schema except {@code skip} (lower-case names), parents first. */
    static List<Table> of(Connection c, Set<String> skip) throws SQLException {
        String schema = c.getSchema();
        Map<String, Table> byKey = new TreeMap<>();
        for (String name : tableNames(c, schema)) {
            if (!skip.contains(name.toLowerCase(Locale.ROOT))) {
                Table t = describe(c, schema, name);
                byKey.put(t.key(), t);
            }
        }
        return ordered(byKey);
    }

    /** Every base table's name in {@code schema}, whatever it is (to see that a database is empty, or to empty it). */
    static List<String> tableNames(Connection c, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name FROM information_schema.tables "
                                                       + "WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private static Table describe(Connection c, String schema, String name) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = md.getColumns(null, schema, name, null)) {
            TreeMap<Integer, String> byPosition = new TreeMap<>();
            while (rs.next()) {
                byPosition.put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
            }
            columns.addAll(byPosition.values());
        }
        List<String> primaryKey = new ArrayList<>();
        try (ResultSet rs = md.getPrimaryKeys(null, schema, name)) {
            TreeMap<Integer, String> bySeq = new TreeMap<>();
            while (rs.next()) {
                bySeq.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
            primaryKey.addAll(bySeq.values());
        }
        List<String> identity = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT column_name FROM information_schema.columns WHERE table_schema = ? "
                                                       + "AND table_name = ? AND is_identity = 'YES' ORDER BY column_name")) {
            ps.setString(1, schema);
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    identity.add(rs.getString(1));
                }
            }
        }
        Set<String> references = new TreeSet<>();
        Map<String, String> selfReferences = new LinkedHashMap<>();
        try (ResultSet rs = md.getImportedKeys(null, schema, name)) {
            while (rs.next()) {
                String parent = rs.getString("PKTABLE_NAME");
                if (parent.equalsIgnoreCase(name)) {
                    selfReferences.put(rs.getString("FKCOLUMN_NAME"), rs.getString("PKCOLUMN_NAME"));
                } else {
                    references.add(parent.toLowerCase(Locale.ROOT));
                }
            }
        }
        return new Table(name, List.copyOf(columns), List.copyOf(primaryKey), List.copyOf(identity), Set.copyOf(references),
                         Map.copyOf(selfReferences));
    }

    /** Parents before children (alphabetical among equals); a cycle between tables is a schema Passage does not make. */
    private static List<Table> ordered(Map<String, Table> byKey) {
        List<Table> out = new ArrayList<>();
        Set<String> done = new TreeSet<>();
        while (done.size() < byKey.size()) {
            boolean progressed = false;
            for (Table t : byKey.values()) {
                if (!done.contains(t.key()) && t.references().stream().allMatch(r -> done.contains(r) || !byKey.containsKey(r))) {
                    out.add(t);
                    done.add(t.key());
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new IllegalStateException("The tables' foreign keys form a cycle: " + byKey.keySet());
            }
        }
        return out;
    }
}
