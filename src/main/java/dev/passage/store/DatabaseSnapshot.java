package dev.passage.store;

import org.h2.jdbcx.JdbcConnectionPool;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.Text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import dev.passage.security.ProjectKey;
import dev.passage.security.ProjectPasswordException;

/**
 * Consistent copies of a project's database while it is in use, and a look inside such a copy. H2's {@code BACKUP TO}
 * copies the database file as it is (so an encrypted database stays encrypted in its backup) into a zip holding one entry,
 * {@value ProjectStore#DATABASE_FILE}, while other connections go on reading and writing.
 */
public final class DatabaseSnapshot {
    /** What a copy holds: its data version and the newest schema migration applied to it. */
    public record Facts(long dataVersion, String schemaVersion, String projectName) {
    }

    private static final String[] READ_EVERY_ROW = {
        "SELECT SUM(LENGTH(body)) FROM document", "SELECT SUM(end_offset) FROM coding", "SELECT SUM(LENGTH(name)) FROM code",
        "SELECT SUM(LENGTH(body)) FROM memo", "SELECT SUM(end_offset) FROM speaker_turn", "SELECT COUNT(text_value) FROM variable_value"};

    private DatabaseSnapshot() {
    }

    /**
     * Writes a consistent copy of {@code store}'s database to {@code zip} (which must not exist). It holds at least every
     * commit made before the call (a CHECKPOINT first puts the commits H2 still holds in memory into the file, which is what
     * BACKUP copies), perhaps later ones too: read its data version with {@link #inspect}. Returns the data version that the
     * copy holds at least.
     */
    public static long backup(ProjectStore store, Path zip) {
        try (Connection c = store.dataSource().getConnection(); Statement st = c.createStatement()) {
            long version = DataVersionMark.versionOf(c);
            st.execute("CHECKPOINT");
            st.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
            return version;
        } catch (SQLException e) {
            throw new StoreException(StoreFailure.kindOf(e, ErrorKind.DISK), Text.of("store.writeBackup", zip, e.getMessage()), e);
        }
    }

    /**
     * Opens the database in {@code folder} (a copy, never an open project: it is not migrated and not locked) and reads its
     * facts; fails with DAMAGED when it cannot be read.
     */
    public static Facts inspect(Path folder) {
        return inspect(folder, null);
    }

    /** As {@link #inspect(Path)}, for a copy of {@code store}'s database (encrypted with its key when it is encrypted). */
    public static Facts inspectCopyOf(ProjectStore store, Path folder) {
        return inspect(folder, store.key());
    }

    /**
     * As {@link #inspect(Path)}, with the key of an encrypted copy; an encrypted copy without a key, or with the wrong one,
     * fails with a {@link ProjectPasswordException}.
     */
    public static Facts inspect(Path folder, ProjectKey key) {
        Path base = folder.toAbsolutePath().normalize().resolve(ProjectStore.DATABASE_NAME);
        if (!Files.isRegularFile(folder.resolve(ProjectStore.DATABASE_FILE))) {
            throw new StoreException(ErrorKind.DAMAGED, Text.of("store.holds", folder, ProjectStore.DATABASE_FILE));
        }
        boolean encrypted = ProjectCipher.isEncryptedFile(folder.resolve(ProjectStore.DATABASE_FILE));
        if (encrypted && key == null) {
            throw ProjectPasswordException.missing(folder);
        }
        JdbcConnectionPool pool = ProjectCipher.pool(base, encrypted ? key : null);
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            try {
                long version;
                String name;
                try (var rs = st.executeQuery("SELECT data_version, name FROM project WHERE id = 1")) {
                    if (!rs.next()) {
                        throw new StoreException(ErrorKind.DAMAGED, Text.of("store.databaseProjectRow", folder));
                    }
                    version = rs.getLong(1);
                    name = rs.getString(2);
                }
                String schema = "";
                try (var rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL"
                                              + " ORDER BY \"installed_rank\" DESC LIMIT 1")) {
                    if (rs.next()) {
                        schema = rs.getString(1);
                    }
                }
                // touches every row of the big tables once: a copy whose pages cannot be read fails here, not at restore
                for (String sql : READ_EVERY_ROW) {
                    try (var rs = st.executeQuery(sql)) {
                        rs.next();
                    }
                }
                return new Facts(version, schema, name);
            } finally {
                st.execute("SHUTDOWN");
            }
        } catch (SQLException | RuntimeException e) {
            if (e instanceof dev.passage.errors.PassageException se) {
                throw se;
            }
            if (encrypted && e instanceof SQLException sql && ProjectCipher.isPasswordError(sql)) {
                throw ProjectPasswordException.wrong(folder);
            }
            throw new StoreException(ErrorKind.DAMAGED, Text.of("store.databaseCopyRead", folder, e.getMessage()), e);
        } finally {
            pool.dispose();
        }
    }
}
