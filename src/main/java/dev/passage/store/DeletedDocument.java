package dev.passage.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every stored row of one deleted document, as it was: the document row, its speaker turns, attributes, codings, the memos
 * on it and on its codings, its DOCUMENT variable values and its set memberships. Undo puts the rows back as they were (ids
 * and all), so memos that hang on a coding's id stay valid. Rows are kept column by column, so columns added by later
 * migrations come back too.
 */
public final class DeletedDocument {
    /** One table's rows, in the order they are put back (a table after the tables it refers to). */
    private record Rows(String table, List<String> columns, List<Object[]> values) {
    }

    private final long documentId;
    private final String name;
    private final List<Rows> tables;

    private DeletedDocument(long documentId, String name, List<Rows> tables) {
        this.documentId = documentId;
        this.name = name;
        this.tables = tables;
    }

    public long documentId() {
        return documentId;
    }

    public String name() {
        return name;
    }

    public int codings() {
        return count("coding");
    }

    /** Memos on the document and on its codings. */
    public int memos() {
        return count("memo");
    }

    public int turns() {
        return count("speaker_turn");
    }

    /** The names of the sets the document was in. */
    public int setMemberships() {
        return count("document_set_member");
    }

    private int count(String table) {
        return tables.stream().filter(r -> r.table().equals(table)).mapToInt(r -> r.values().size()).sum();
    }

    /** Reads every row of the document (nothing is changed). */
    static DeletedDocument read(Connection c, long id) {
        List<Rows> tables = new ArrayList<>();
        tables.add(rows(c, "document", "SELECT * FROM document WHERE id = ?", id));
        tables.add(rows(c, "speaker_turn", "SELECT * FROM speaker_turn WHERE document_id = ? ORDER BY ordinal", id));
        tables.add(rows(c, "document_attribute", "SELECT * FROM document_attribute WHERE document_id = ? ORDER BY position", id));
        tables.add(rows(c, "coding", "SELECT * FROM coding WHERE document_id = ? ORDER BY id", id));
        tables.add(rows(c, "memo", "SELECT * FROM memo WHERE (target_type = 'CODING' AND target_id IN (SELECT id FROM coding WHERE document_id = ?))"
                                   + " OR (target_type = 'DOCUMENT' AND target_id = ?) ORDER BY id", id, id));
        tables.add(rows(c, "variable_value", "SELECT * FROM variable_value WHERE owner_id = ?"
                                             + " AND variable_id IN (SELECT id FROM variable WHERE scope = 'DOCUMENT')", id));
        tables.add(rows(c, "document_set_member", "SELECT * FROM document_set_member WHERE document_id = ?", id));
        String name = (String) tables.getFirst().values().stream().findFirst()
                                     .map(row -> row[tables.getFirst().columns().indexOf("NAME")]).orElse(null);
        return new DeletedDocument(id, name, tables);
    }

    /** Deletes the rows read (the document's own rows go with it by the foreign keys' cascades). */
    void delete(Connection c) {
        Jdbc.update(c, "DELETE FROM memo WHERE (target_type = 'CODING' AND target_id IN (SELECT id FROM coding WHERE document_id = ?))"
                       + " OR (target_type = 'DOCUMENT' AND target_id = ?)", documentId, documentId);
        Jdbc.update(c, "DELETE FROM variable_value WHERE owner_id = ? AND variable_id IN (SELECT id FROM variable WHERE scope = 'DOCUMENT')",
                    documentId);
        Jdbc.update(c, "DELETE FROM document WHERE id = ?", documentId);
    }

    /** Puts every row back. */
    void restore(Connection c) {
        for (Rows r : tables) {
            AddedRows.insert(c, r.table(), r.columns(), r.values());
        }
    }

    private static Rows rows(Connection c, String table, String sql, Object... params) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i).toUpperCase(java.util.Locale.ROOT));
                }
                List<Object[]> values = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = AddedRows.detached(rs.getObject(i + 1));
                    }
                    values.add(row);
                }
                return new Rows(table, columns, values);
            }
        } catch (SQLException e) {
            throw Jdbc.fail(sql, e);
        }
    }
}
