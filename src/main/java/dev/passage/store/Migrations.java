package dev.passage.store;

import java.util.function.Supplier;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Brings a project's schema up to date, all or nothing. On H2 every DDL statement commits at once, so a migration is not
 * one transaction: a crash half-way through V3 left its columns without its history row, and every later open failed
 * with "Duplicate column name TURN_COUNT" (issue 11). So Flyway runs only when a migration is due, and then on a database
 * whose closed file was first copied to {@code project.mv.db.migrating}; the copy is deleted once Flyway has finished. If
 * the copy is still there at the next open, the migration was interrupted: the copy is put back and the migration runs
 * again from the start.
 */
final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    static final String BEFORE_MIGRATION = ProjectStore.DATABASE_FILE + ".migrating";

    private Migrations() {
    }

    /** A migration interrupted by a crash left its copy of the database: put it back (before anything opens the file). */
    static void putBackInterrupted(Path folder) throws IOException {
        Path before = folder.resolve(BEFORE_MIGRATION);
        if (Files.exists(before)) {
            LOG.warn("A schema migration of {} was interrupted; putting back the database from before it", folder);
            Files.move(before, folder.resolve(ProjectStore.DATABASE_FILE), StandardCopyOption.REPLACE_EXISTING,
                       StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /**
     * Migrates the database {@code pool} is open on when a migration is due, and returns the pool to use from then on
     * ({@code reopen} makes a new one after the database was closed to copy its file). The caller holds the project's lock
     * and has called {@link #putBackInterrupted}. On failure the pool is disposed.
     */
    static JdbcConnectionPool migrate(Path folder, JdbcConnectionPool pool, Supplier<JdbcConnectionPool> reopen) throws IOException {
        Path database = folder.resolve(ProjectStore.DATABASE_FILE);
        Path before = folder.resolve(BEFORE_MIGRATION);
        try {
            if (flyway(pool).info().pending().length == 0) {
                return pool;
            }
            boolean existing = Files.exists(database) && Files.size(database) > 0 && hasSchema(pool);
            if (existing) {
                pool.dispose(); // closes the database, so that its file can be copied whole
                copyDurably(database, before);
                pool = reopen.get();
            }
            flyway(pool).migrate();
            if (existing) {
                Files.delete(before);
            }
            return pool;
        } catch (IOException | RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** True when the database has a schema already (an existing project), false for a new, empty one. */
    private static boolean hasSchema(JdbcConnectionPool pool) {
        return flyway(pool).info().applied().length > 0;
    }

    private static Flyway flyway(JdbcConnectionPool pool) {
        return Flyway.configure(Migrations.class.getClassLoader())
                     .dataSource(pool)
                     .locations("classpath:db/migration")
                     .loggers("slf4j")
                     .load();
    }

    /** Copies to a temporary name, forces it to disk, then renames: the copy exists whole or not at all. */
    private static void copyDurably(Path from, Path to) throws IOException {
        Path part = to.resolveSibling(to.getFileName() + ".part");
        Files.copy(from, part, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(part, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
