package dev.passage.store;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rows one bulk edit (a merge) added, read back column by column right after it, so that undo can delete exactly them
 * and redo can put them back as they were (ids and all). Tables are given in the order their rows can be put back (a table
 * after the tables it refers to); undo deletes in the reverse order. Columns added by later migrations come along.
 */
public final class AddedRows {
    /** The rows of one table to keep: each key is the values of {@code keyColumns} of one row. */
    public record Selection(String table, List<String> keyColumns, List<Object[]> keys) {
        public Selection {
            keyColumns = List.copyOf(keyColumns);
            keys = List.copyOf(keys);
        }

        /** Rows of {@code table} by their {@code id}. */
        public static Selection byId(String table, List<Long> ids) {
            return new Selection(table, List.of("id"), ids.stream().map(id -> new Object[] {id}).toList());
        }
    }

    private record Rows(Selection selection, List<String> columns, List<Object[]> values) {
    }

    private final List<Rows> tables;

    private AddedRows(List<Rows> tables) {
        this.tables = tables;
    }

    /** Reads every selected row as it is now. */
    public static AddedRows read(Tx tx, List<Selection> selections) {
        List<Rows> out = new ArrayList<>();
        for (Selection s : selections) {
            out.add(read(tx, s));
        }
        return new AddedRows(out);
    }

    /** How many rows of {@code table} are kept. */
    public int count(String table) {
        return tables.stream().filter(r -> r.selection().table().equals(table)).mapToInt(r -> r.values().size()).sum();
    }

    /** Deletes the rows, the last table first. */
    public void delete(Tx tx) {
        for (Rows r : tables.reversed()) {
            Selection s = r.selection();
            if (s.keys().isEmpty()) {
                continue;
            }
            String sql = "DELETE FROM " + s.table() + " WHERE " + where(s);
            Jdbc.batch(tx.connection(), sql, s.keys().reversed());
        }
    }

    /** Puts the rows back as they were read, the first table first. */
    public void restore(Tx tx) {
        for (Rows r : tables) {
            insert(tx.connection(), r.selection().table(), r.columns(), r.values());
        }
    }

    /** Inserts rows read column by column (ids and all), in one batch. */
    static void insert(java.sql.Connection c, String table, List<String> columns, List<Object[]> values) {
        if (values.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + Jdbc.placeholders(columns.size()) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : values) {
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Jdbc.fail(sql, e);
        }
    }

    private static String where(Selection s) {
        return String.join(" AND ", s.keyColumns().stream().map(c -> c + " = ?").toList());
    }

    private static Rows read(Tx tx, Selection s) {
        String sql = "SELECT * FROM " + s.table() + " WHERE " + where(s);
        List<String> columns = new ArrayList<>();
        List<Object[]> values = new ArrayList<>();
        try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            for (Object[] key : s.keys()) {
                Jdbc.bind(ps, key);
                try (ResultSet rs = ps.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    if (columns.isEmpty()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            columns.add(meta.getColumnName(i).toUpperCase(Locale.ROOT));
                        }
                    }
                    while (rs.next()) {
                        Object[] row = new Object[columns.size()];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = detached(rs.getObject(i + 1));
                        }
                        values.add(row);
                    }
                }
            }
        } catch (SQLException e) {
            throw Jdbc.fail(sql, e);
        }
        return new Rows(s, columns, values);
    }

    /** Large objects are read now: they are not valid after the transaction. */
    static Object detached(Object value) throws SQLException {
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        return value;
    }
}
