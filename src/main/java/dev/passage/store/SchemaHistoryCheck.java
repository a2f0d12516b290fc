package dev.passage.store;

import dev.passage.model.Finding;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import dev.passage.security.ProjectKey;

/**
 * Checks Flyway's schema history against the migrations on the classpath and against the real tables and columns: the
 * columns must be exactly those of a fresh database migrated to the version the history records. A lost history row
 * (issue 11: V3's row gone while its TURN_COUNT column was there, so every open failed with "Duplicate column name")
 * shows up as columns the recorded version does not have.
 */
final class SchemaHistoryCheck {
    static final String AREA = "schema history";
    private static final String HISTORY = "flyway_schema_history";

    private SchemaHistoryCheck() {
    }

    static void check(Connection c, Path folder, ProjectKey key, List<Finding> findings) {
        try {
            if (!hasHistory(c)) {
                findings.add(Finding.damaged(AREA, "The schema history table (" + HISTORY + ") is missing"));
                return;
            }
            MigrationVersion recorded = checkHistory(folder, key, findings);
            if (recorded != null) {
                compareColumns(c, recorded, findings);
            }
        } catch (SQLException | RuntimeException e) {
            findings.add(Finding.damaged(AREA, "The schema history cannot be checked: " + DatabaseCheck.firstLine(e)));
        }
    }

    private static boolean hasHistory(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                                            + " AND TABLE_NAME = '" + HISTORY + "'")) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }

    /** Reports gaps, failures and changed migrations; returns the highest version applied, or null when there is none. */
    private static MigrationVersion checkHistory(Path folder, ProjectKey key, List<Finding> findings) {
        JdbcDataSource ds = ProjectCipher.dataSource("jdbc:h2:file:" + folder.resolve(ProjectStore.DATABASE_NAME)
                                                     + ";IFEXISTS=TRUE;DB_CLOSE_ON_EXIT=FALSE", key);
        Flyway flyway = flyway().dataSource(ds).load();
        MigrationVersion highest = null;
        for (MigrationInfo m : flyway.info().all()) {
            MigrationState state = m.getState();
            if (state.isApplied() && !state.isFailed() && m.getVersion() != null
                && (highest == null || m.getVersion().compareTo(highest) > 0)) {
                highest = m.getVersion();
            }
        }
        for (MigrationInfo m : flyway.info().all()) {
            String name = "V" + m.getVersion() + " (" + m.getDescription() + ")";
            switch (m.getState()) {
                case FAILED, FUTURE_FAILED -> findings.add(Finding.damaged(AREA, "Migration " + name + " is recorded as failed"));
                case IGNORED -> findings.add(Finding.damaged(AREA, "The schema history has no row for " + name
                                                                   + " although later versions are recorded: the row was lost"));
                case MISSING_SUCCESS -> findings.add(Finding.damaged(AREA, "The schema history records " + name
                                                                           + ", which this Passage does not know"));
                case FUTURE_SUCCESS -> findings.add(Finding.note(AREA, "The project was last opened by a newer Passage (schema "
                                                                       + name + ")"));
                case PENDING -> findings.add(Finding.note(AREA, "Migration " + name + " will be applied on the next open"));
                default -> {
                    if (m.getState().isApplied() && m.getChecksum() != null && m.getResolvedChecksum() != null
                        && !m.getChecksum().equals(m.getResolvedChecksum())) {
                        findings.add(Finding.damaged(AREA, "Migration " + name + " was recorded with checksum " + m.getChecksum()
                                                           + " but this Passage's script has " + m.getResolvedChecksum()));
                    }
                }
            }
        }
        return highest;
    }

    /** Compares the project's columns with those of a fresh in-memory database migrated to {@code recorded}. */
    private static void compareColumns(Connection c, MigrationVersion recorded, List<Finding> findings) throws SQLException {
        Set<String> actual = columns(c);
        Set<String> expected;
        String url = "jdbc:h2:mem:passage-check-" + UUID.randomUUID();
        try (Connection ref = DriverManager.getConnection(url, "sa", "")) { // kept open while Flyway migrates it
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(url);
            ds.setUser("sa");
            ds.setPassword("");
            flyway().dataSource(ds).target(recorded).load().migrate();
            expected = columns(ref);
        }
        for (String column : actual) {
            if (!expected.contains(column)) {
                findings.add(Finding.damaged(AREA, "Column " + column + " exists, but the schema version the history records (V"
                                                   + recorded + ") has no such column: a history row was lost"));
            }
        }
        for (String column : expected) {
            if (!actual.contains(column)) {
                findings.add(Finding.damaged(AREA, "Column " + column + " is missing although the history records V" + recorded));
            }
        }
    }

    private static Set<String> columns(Connection c) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'"
                                            + " AND TABLE_NAME <> '" + HISTORY + "'")) {
            while (rs.next()) {
                out.add(rs.getString(1) + "." + rs.getString(2));
            }
        }
        return out;
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure(SchemaHistoryCheck.class.getClassLoader())
                     .locations("classpath:db/migration")
                     .loggers("slf4j");
    }
}
