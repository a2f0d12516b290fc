package dev.passage.store;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.Text;
import dev.passage.model.Language;
import dev.passage.model.ProjectInfo;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import dev.passage.security.ProjectKey;
import dev.passage.security.ProjectPasswordException;
import dev.passage.errors.ProjectLockedException;

/**
 * A project folder ({@code NAME.passage/}) with its embedded H2 database ({@code project.mv.db}), migrated by Flyway on open.
 * One process at a time: a lock file keeps a second process (or a second open in this one) out with a clear message.
 * The derived search index lives beside the database in {@code index/}.
 */
public final class ProjectStore implements ProjectBackend {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectStore.class);
    public static final String DATABASE_NAME = "project";
    public static final String DATABASE_FILE = DATABASE_NAME + ".mv.db";
    public static final String LOCK_FILE = ".passage.lock";

    private final Path folder;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final JdbcConnectionPool pool;
    private final Database database;
    private final boolean encrypted;
    /** A copy of the key of an encrypted project (null for a plain one): backups of it are opened with it to verify them. */
    private final ProjectKey key;
    private final DataVersionMark mark;

    private ProjectStore(Path folder, FileChannel lockChannel, FileLock lock, JdbcConnectionPool pool, ProjectKey key,
                         DataVersionMark mark) {
        this.folder = folder;
        this.encrypted = key != null;
        this.key = key == null ? null : key.copy();
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.pool = pool;
        this.database = new Database(pool);
        this.mark = mark;
        database.addListener(mark);
    }

    /** Creates a new, empty project in {@code folder}, which must not exist or be empty. */
    public static ProjectStore create(Path folder, String name, Language language) {
        return create(folder, name, language, null);
    }

    /** Creates a new project, encrypted with {@code key} (see {@link ProjectCipher}) unless it is null. */
    public static ProjectStore create(Path folder, String name, Language language, ProjectKey key) {
        if (name == null || name.isBlank()) {
            throw new StoreException(Text.of("store.projectNeedsName"));
        }
        try {
            if (Files.exists(folder) && (!Files.isDirectory(folder) || hasEntries(folder))) {
                throw new StoreException(Text.of("store.alreadyExistsEmptyChoose", folder));
            }
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(Text.of("store.createProjectFolder", folder, e.getMessage()), e);
        }
        ProjectStore store = openFolder(folder, key);
        try {
            store.database.write(tx -> {
                tx.project().create(name.strip(), language, Instant.now());
                tx.record(dev.passage.model.EditRecord.of("project.create", "project", null, name.strip())
                                                      .withAfter(dev.passage.model.EditRecord.values("name", name.strip(),
                                                                                                     "language", language.code())));
                return null;
            });
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** Opens an existing project folder (applying any pending schema migrations). */
    public static ProjectStore open(Path folder) {
        return open(folder, null);
    }

    /** Opens a project; {@code key} is needed when it is encrypted (and ignored when it is not). */
    public static ProjectStore open(Path folder, ProjectKey key) {
        if (!Files.isRegularFile(folder.resolve(DATABASE_FILE))) {
            throw new StoreException(Text.of("store.passageProject", folder, DATABASE_FILE));
        }
        OpenChecks.beforeOpen(folder.toAbsolutePath().normalize());
        boolean encrypted = ProjectCipher.isEncrypted(folder);
        if (encrypted && key == null) {
            throw ProjectPasswordException.missing(folder);
        }
        return openFolder(folder, encrypted ? key : null);
    }

    private static ProjectStore openFolder(Path folder, ProjectKey key) {
        Path abs = folder.toAbsolutePath().normalize();
        FileChannel channel = null;
        FileLock lock;
        try {
            channel = FileChannel.open(abs.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw OpenChecks.lockFailure(abs, e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new ProjectLockedException(Text.of("store.projectAlreadyOpenAnother", abs.getFileName()));
        }
        JdbcConnectionPool pool;
        long version;
        try {
            Migrations.putBackInterrupted(abs);
            pool = ProjectCipher.pool(abs.resolve(DATABASE_NAME), key);
        } catch (IOException e) {
            releaseQuietly(lock, channel);
            throw OpenChecks.lockFailure(abs, e);
        }
        try {
            ProjectCipher.checkPassword(pool, abs, key != null);
            version = OpenChecks.checkVersion(abs, pool);
        } catch (RuntimeException e) {
            pool.dispose();
            releaseQuietly(lock, channel);
            throw e;
        }
        try {
            pool = Migrations.migrate(abs, pool, () -> ProjectCipher.pool(abs.resolve(DATABASE_NAME), key));
        } catch (ProjectPasswordException e) {
            releaseQuietly(lock, channel);
            throw e;
        } catch (FlywayException | IllegalStateException | IOException e) {
            releaseQuietly(lock, channel);
            dev.passage.errors.PassageException damaged = OpenChecks.failure(abs, e);
            throw damaged != null ? damaged
                                  : new StoreException(StoreFailure.kindOf(e, ErrorKind.DAMAGED),
                                                       Text.of("store.projectDatabaseCouldPrepared", abs, e.getMessage()), e);
        } catch (RuntimeException e) {
            releaseQuietly(lock, channel);
            throw e;
        }
        DataVersionMark kept;
        try {
            kept = DataVersionMark.keep(abs, pool, version);
        } catch (IOException e) {
            pool.dispose();
            releaseQuietly(lock, channel);
            throw OpenChecks.lockFailure(abs, e);
        }
        LOG.debug("opened project {}", abs);
        return new ProjectStore(abs, channel, lock, pool, key, kept);
    }

    /**
     * The JDBC URL of the project database in {@code folder}. Besides not closing on JVM exit (we close it ourselves):
     * <ul>
     *   <li>{@code WRITE_DELAY=0}: H2 stores each committed transaction (a chunk written to the file) before
     *       {@code commit()} returns. With H2's default of 500 ms a commit lived only in memory for up to half a second,
     *       so a kill -9 or power cut lost edits the user had already seen saved.</li>
     *   <li>{@code MAX_COMPACT_TIME=0}: no compaction (rewriting live chunks) when the database closes; a close is then just
     *       a final store. Compaction at close is the one place where H2 moves committed data around, and a kill during it
     *       is what the crash soak is there to rule out; the background writer still reclaims space.</li>
     *   <li>{@code REUSE_SPACE=FALSE}: new chunks are appended to the file, never written into free space inside it. With
     *       space reuse, H2 2.5.252 lost every commit made after an open of a cleanly closed file when the process was killed
     *       before the file header was next rewritten (the crash soak and docs/upstream/h2-lost-row-after-kill.md): crash
     *       recovery did not find the chunks written into free space. The cost: the file grows until it is compacted.</li>
     *   <li>{@code TRACE_MAX_FILE_SIZE=1}: {@code project.trace.db} (H2's own error log) never grows past 1 MB.</li>
     * </ul>
     */
    static String url(Path folder) {
        return urlOf(folder.resolve(DATABASE_NAME));
    }

    /** As {@link #url(Path)} for the database {@code base} (a path without {@code .mv.db}: a project's, a copy's). */
    static String urlOf(Path base) {
        return "jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;REUSE_SPACE=FALSE;MAX_COMPACT_TIME=0;TRACE_MAX_FILE_SIZE=1";
    }

    @Override
    public ProjectAddress address() {
        return new ProjectAddress.Folder(folder);
    }

    @Override
    public boolean shared() {
        return false;
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public Path indexFolder() {
        return folder.resolve("index");
    }

    /** True when the database is encrypted (see {@link ProjectCipher}); its search index then lives only in memory. */
    @Override
    public boolean encrypted() {
        return encrypted;
    }

    @Override
    public Database database() {
        return database;
    }

    /** The key of an encrypted project (null for a plain one), for {@link DatabaseSnapshot} to open copies of it. */
    ProjectKey key() {
        return key;
    }

    /**
     * The key its backups open with (null for a plain project), for restoring one while this store is open; it is
     * destroyed when the store closes.
     */
    public ProjectKey keyForCopies() {
        return key;
    }

    /** For {@link DatabaseSnapshot}: statements that are not transactions (BACKUP TO). */
    javax.sql.DataSource dataSource() {
        return pool;
    }

    @Override
    public ProjectInfo info() {
        return database.read(a -> a.project().info());
    }

    /**
     * Closes the database by closing the pool's connections: H2 closes a database (one final store, no compaction) when
     * its last connection closes. An explicit SHUTDOWN before {@code dispose()} closed the database under the pool's idle
     * connections, and each of them then logged "Database is already closed" to project.trace.db on every command.
     * Only when a connection is still checked out (a leak) is the database shut down explicitly, so the lock is never
     * released over an open database.
     */
    @Override
    public void close() {
        long version = -1;
        try (var c = pool.getConnection()) {
            version = DataVersionMark.versionOf(c);
        } catch (Exception e) {
            LOG.warn("closing {}: {}", folder, e.getMessage());
        }
        // disposing the pool closes the database (a final store); SHUTDOWN only when a connection leaked and holds it open
        int active = pool.getActiveConnections();
        if (active > 0) {
            LOG.warn("closing {} with {} connection(s) still in use; shutting the database down", folder, active);
            try (var c = pool.getConnection(); var st = c.createStatement()) {
                st.execute("SHUTDOWN");
            } catch (Exception e) {
                LOG.warn("closing {}: {}", folder, e.getMessage());
            }
        }
        pool.dispose();
        if (version >= 0) {
            mark.closeAt(version);
        } else {
            mark.close();
        }
        releaseQuietly(lock, lockChannel);
        if (key != null) {
            key.destroy();
        }
    }

    private static boolean hasEntries(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.findAny().isPresent();
        }
    }

    private static void releaseQuietly(FileLock lock, FileChannel channel) {
        try {
            lock.release();
        } catch (IOException e) {
            LOG.debug("releasing lock", e);
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("closing lock channel", e);
            }
        }
    }
}
