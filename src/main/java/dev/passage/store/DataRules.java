package dev.passage.store;

import dev.passage.model.Finding;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * The rules a project's data keeps, each as one query that lists the rows breaking it, and a sentence per row. Checked
 * explicitly (not trusted to the constraints) because damage and lost rows bypass constraints.
 */
final class DataRules {
    /** At most this many rows of one rule are described; the rest are counted. */
    static final int SHOWN = 20;

    @FunctionalInterface
    private interface Describe {
        String row(ResultSet rs) throws SQLException;
    }

    /** {@code table}: a table added by a later migration that the rule reads (null: one every project has); absent, the rule is skipped. */
    private record Rule(String sql, Describe describe, String table) {
        Rule(String sql, Describe describe) {
            this(sql, describe, null);
        }
    }

    private static final List<Rule> RULES = List.of(
        new Rule("SELECT COUNT(*) FROM project HAVING COUNT(*) <> 1",
                 rs -> "The project table has " + rs.getLong(1) + " rows instead of one (the project's name and language)"),
        new Rule("SELECT d.name, d.text_length, LENGTH(d.body) FROM document d WHERE d.text_length <> LENGTH(d.body)",
                 rs -> doc(rs, 1) + " records " + n(rs.getLong(2)) + " characters but its text has " + n(rs.getLong(3))),
        new Rule("SELECT c.id, c.document_id FROM coding c LEFT JOIN document d ON d.id = c.document_id WHERE d.id IS NULL",
                 rs -> "Coding " + rs.getLong(1) + " belongs to document " + rs.getLong(2) + ", which does not exist"),
        new Rule("SELECT c.id, d.name, c.code_id FROM coding c JOIN document d ON d.id = c.document_id"
                 + " LEFT JOIN code k ON k.id = c.code_id WHERE k.id IS NULL",
                 rs -> doc(rs, 2) + ": coding " + rs.getLong(1) + " uses code " + rs.getLong(3) + ", which does not exist"),
        new Rule("SELECT c.id, d.name, c.start_offset, c.end_offset, LENGTH(d.body) FROM coding c JOIN document d ON d.id = c.document_id"
                 + " WHERE c.start_offset < 0 OR c.end_offset <= c.start_offset OR c.end_offset > LENGTH(d.body)",
                 rs -> doc(rs, 2) + ": coding " + rs.getLong(1) + range(rs.getLong(3), rs.getLong(4), rs.getLong(5))),
        new Rule("SELECT t.document_id, t.ordinal FROM speaker_turn t LEFT JOIN document d ON d.id = t.document_id WHERE d.id IS NULL",
                 rs -> "Speaker turn " + rs.getLong(2) + " belongs to document " + rs.getLong(1) + ", which does not exist"),
        new Rule("SELECT t.ordinal, d.name, t.start_offset, t.end_offset, LENGTH(d.body) FROM speaker_turn t"
                 + " JOIN document d ON d.id = t.document_id"
                 + " WHERE t.start_offset < 0 OR t.end_offset < t.start_offset OR t.end_offset > LENGTH(d.body)",
                 rs -> doc(rs, 2) + ": speaker turn " + rs.getLong(1) + range(rs.getLong(3), rs.getLong(4), rs.getLong(5))),
        new Rule("SELECT d.name, d.turn_count, (SELECT COUNT(*) FROM speaker_turn t WHERE t.document_id = d.id) AS n FROM document d"
                 + " WHERE d.turn_count <> (SELECT COUNT(*) FROM speaker_turn t WHERE t.document_id = d.id)",
                 rs -> doc(rs, 1) + " records " + n(rs.getLong(2)) + " speaker turns but has " + n(rs.getLong(3))),
        new Rule("SELECT a.document_id, a.name FROM document_attribute a LEFT JOIN document d ON d.id = a.document_id WHERE d.id IS NULL",
                 rs -> "Attribute '" + rs.getString(2) + "' belongs to document " + rs.getLong(1) + ", which does not exist"),
        new Rule("SELECT d.name, d.unit_id FROM document d LEFT JOIN unit u ON u.id = d.unit_id WHERE d.unit_id IS NOT NULL AND u.id IS NULL",
                 rs -> doc(rs, 1) + " is linked to unit " + rs.getLong(2) + ", which does not exist"),
        new Rule("SELECT d.name, d.respondent_id FROM document d LEFT JOIN respondent r ON r.id = d.respondent_id"
                 + " WHERE d.respondent_id IS NOT NULL AND r.id IS NULL",
                 rs -> doc(rs, 1) + " is the answer of respondent " + rs.getLong(2) + ", who does not exist"),
        new Rule("SELECT r.external_id, r.unit_id FROM respondent r LEFT JOIN unit u ON u.id = r.unit_id WHERE r.unit_id IS NOT NULL AND u.id IS NULL",
                 rs -> "Respondent '" + rs.getString(1) + "' is linked to unit " + rs.getLong(2) + ", which does not exist"),
        new Rule("SELECT k.name, k.parent_id FROM code k LEFT JOIN code p ON p.id = k.parent_id WHERE k.parent_id IS NOT NULL AND p.id IS NULL",
                 rs -> "Code '" + rs.getString(1) + "' has parent code " + rs.getLong(2) + ", which does not exist"),
        new Rule("SELECT a.id, d.name, a.start_offset, a.end_offset, LENGTH(d.body) FROM adjudication a JOIN document d ON d.id = a.document_id"
                 + " WHERE a.start_offset < 0 OR a.end_offset <= a.start_offset OR a.end_offset > LENGTH(d.body)",
                 rs -> doc(rs, 2) + ": adjudication decision " + rs.getLong(1) + range(rs.getLong(3), rs.getLong(4), rs.getLong(5)),
                 "ADJUDICATION"),
        new Rule("SELECT a.id, a.decision FROM adjudication a WHERE a.decision NOT IN ('A', 'B', 'BOTH', 'NEITHER')",
                 rs -> "Adjudication decision " + rs.getLong(1) + " has an unknown verdict '" + rs.getString(2) + "'", "ADJUDICATION"),
        new Rule("SELECT v.variable_id, v.owner_id FROM variable_value v LEFT JOIN variable x ON x.id = v.variable_id WHERE x.id IS NULL",
                 rs -> "A value (owner " + rs.getLong(2) + ") belongs to variable " + rs.getLong(1) + ", which does not exist")
    );

    private DataRules() {
    }

    static void check(Connection c, List<Finding> findings) {
        for (Rule rule : RULES) {
            if (rule.table() != null && !hasTable(c, rule.table())) {
                continue; // a project not yet migrated to the version that adds it (the schema history says so)
            }
            int count = 0;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(rule.sql())) {
                while (rs.next()) {
                    if (count < SHOWN) {
                        findings.add(Finding.damaged(DatabaseCheck.AREA, rule.describe().row(rs)));
                    }
                    count++;
                }
            } catch (SQLException | RuntimeException e) {
                findings.add(Finding.damaged(DatabaseCheck.AREA, "A consistency query failed (" + rule.sql() + "): "
                                                                 + DatabaseCheck.firstLine(e)));
            }
            if (count > SHOWN) {
                findings.add(Finding.damaged(DatabaseCheck.AREA, "… and " + n(count - SHOWN) + " more like the above"));
            }
        }
    }

    private static boolean hasTable(Connection c, String table) {
        try (var ps = c.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            return true; // let the rule itself report what is wrong
        }
    }

    private static String doc(ResultSet rs, int column) throws SQLException {
        return "Document '" + rs.getString(column) + "'";
    }

    private static String range(long start, long end, long length) {
        if (start < 0) {
            return " starts at " + n(start) + ", before the start of its text";
        }
        if (end < start) {
            return " ends at " + n(end) + ", before it starts (" + n(start) + ")";
        }
        if (end == start) {
            return " is empty (" + n(start) + " to " + n(end) + ")";
        }
        return " ends at " + n(end) + ", past the end of its " + n(length) + "-character text";
    }

    static String n(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
