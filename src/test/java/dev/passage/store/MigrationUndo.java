package dev.passage.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Takes a project's schema back to an older version, as an older Passage left it: for tests and harnesses that check that
 * old projects still open. Each migration's undo is written here once, newest last; {@link MigrationUndoTest} fails when a
 * migration in db/migration has none, so a new migration cannot be forgotten here.
 */
public final class MigrationUndo {
    /** Version → the statements that undo it (run newest first). V1 and V2 are the oldest schema tests go back to. */
    static final Map<Integer, List<String>> UNDO = new TreeMap<>(Map.of(
        3, List.of("DROP INDEX document_imported_from", "ALTER TABLE document DROP COLUMN turn_count",
                   "ALTER TABLE document DROP COLUMN speaker_count"),
        4, List.of("DROP TABLE edit_history"),
        5, List.of("DROP TABLE document_set_member", "DROP TABLE document_set", "DROP INDEX document_position",
                   "ALTER TABLE document DROP COLUMN position"),
        6, List.of("ALTER TABLE document DROP COLUMN language"),
        7, List.of("ALTER TABLE coding DROP COLUMN memo_author", "ALTER TABLE coding DROP COLUMN memo_updated"),
        8, List.of("ALTER TABLE code DROP COLUMN guid"),
        9, List.of("DROP TABLE adjudication"),
        10, List.of("ALTER TABLE project DROP COLUMN blind_lead", "ALTER TABLE project DROP COLUMN blind_since"),
        11, List.of("DROP TABLE team_member", "ALTER TABLE variable DROP COLUMN row_version",
                    "ALTER TABLE unit DROP COLUMN row_version", "ALTER TABLE memo DROP COLUMN row_version",
                    "ALTER TABLE code DROP COLUMN row_version", "DROP TABLE change_log")));

    private MigrationUndo() {
    }

    /**
     * Undoes every migration after {@code version} (newest first) and deletes their rows from Flyway's history, so that the
     * next open runs them again.
     */
    public static void revertTo(Statement st, int version) throws SQLException {
        List<Integer> newer = UNDO.keySet().stream().filter(v -> v > version).sorted((a, b) -> b - a).toList();
        for (int v : newer) {
            for (String sql : UNDO.get(v)) {
                st.execute(sql);
            }
        }
        st.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL AND CAST(\"version\" AS INT) > " + version);
    }

    /** Undoes the schema changes after {@code version} but leaves Flyway's history rows alone. */
    public static void dropSchemaAfter(Statement st, int version) throws SQLException {
        for (int v : UNDO.keySet().stream().filter(v -> v > version).sorted((a, b) -> b - a).toList()) {
            for (String sql : UNDO.get(v)) {
                st.execute(sql);
            }
        }
    }

    /** The newest version this class can undo. */
    static int newest() {
        return ((TreeMap<Integer, List<String>>) UNDO).lastKey();
    }
}
