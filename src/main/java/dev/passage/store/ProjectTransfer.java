package dev.passage.store;

import com.zaxxer.hikari.HikariDataSource;
import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;
import dev.passage.security.ProjectKey;
import org.h2.jdbcx.JdbcConnectionPool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * Moves a whole project between a folder and a server, rows and ids as they are (see {@link TableCopy}): into an empty
 * database ({@link #push}), or into a new folder database ({@link #pullInto}). Each is one transaction on the target;
 * a failed push leaves the database empty again.
 */
public final class ProjectTransfer {
    private ProjectTransfer() {
    }

    /**
     * Copies the project in {@code folder} ({@code key} for an encrypted one, else null) into the empty database
     * {@code target}; returns the rows copied per table. Refused when the database holds any table.
     */
    public static Map<String, Long> push(Path folder, ProjectKey key, ProjectAddress.Server target, char[] password) {
        try (ProjectStore source = ProjectStore.open(folder, key)) {
            HikariDataSource pool = ServerStore.connect(target, password);
            try {
                ServerStore.requireEmpty(pool, target);
                try {
                    createTables(pool, target);
                    try (Connection from = source.dataSource().getConnection(); Connection to = pool.getConnection()) {
                        return TableCopy.copy(from, to);
                    }
                } catch (SQLException | RuntimeException e) {
                    emptyAgain(pool, e);
                    throw e;
                }
            } catch (SQLException e) {
                throw ServerStore.translate(e, target);
            } finally {
                pool.close();
            }
        }
    }

    /**
     * Makes a project database in {@code newFolder} (created here; it must not exist) holding a copy of the project on
     * {@code source}, read in one snapshot while others may go on working there; returns the rows copied per table. The
     * caller removes the folder when this fails.
     */
    public static Map<String, Long> pullInto(ProjectAddress.Server source, char[] password, Path newFolder) throws IOException {
        if (Files.exists(newFolder)) {
            throw new StoreException(Text.of("store.alreadyExistsEmptyChoose", newFolder));
        }
        Path abs = newFolder.toAbsolutePath().normalize();
        Files.createDirectories(abs);
        try (ServerStore server = ServerStore.open(source, password, dev.passage.errors.UserDataFolder.cache())) {
            JdbcConnectionPool pool = ProjectCipher.pool(abs.resolve(ProjectStore.DATABASE_NAME), null);
            try {
                pool = Migrations.migrate(abs, pool, () -> ProjectCipher.pool(abs.resolve(ProjectStore.DATABASE_NAME), null));
                try (Connection from = server.dataSource().getConnection(); Connection to = pool.getConnection()) {
                    from.setAutoCommit(false);
                    from.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                    from.setReadOnly(true);
                    try {
                        return TableCopy.copy(from, to);
                    } finally {
                        from.rollback();
                        from.setReadOnly(false);
                        from.setAutoCommit(true);
                    }
                }
            } catch (SQLException e) {
                throw ServerStore.translate(e, source);
            } finally {
                pool.dispose();
            }
        }
    }

    /**
     * Makes the project's tables in the empty database. Refused by the server (since PostgreSQL 15 only a database's owner
     * may create tables in its public schema, unless granted): said so, with the grant that lets it.
     */
    private static void createTables(javax.sql.DataSource ds, ProjectAddress.Server target) {
        try {
            ServerStore.flyway(ds).migrate();
        } catch (org.flywaydb.core.api.FlywayException e) {
            if (SqlStates.permissionDenied(e)) {
                throw new PassageException(ErrorKind.LOCKED, Text.of("copy.pushNotAllowed", target.user(), target.database(),
                                                                     target.display()), e);
            }
            throw new PassageException(ErrorKind.DAMAGED, Text.of("server.migrateFailed", target.display(), e.getMessage()), e);
        }
    }

    /** After a failed push: drops what the migration and the copy made, so the database is as empty as it was. */
    private static void emptyAgain(javax.sql.DataSource ds, Exception cause) {
        try (Connection c = ds.getConnection()) {
            TableCopy.dropAll(c);
        } catch (SQLException | RuntimeException e) {
            cause.addSuppressed(new PassageException(ErrorKind.DISK, Text.of("copy.notEmptied", e.getMessage()), e));
        }
    }
}
