package dev.passage.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;
import dev.passage.model.EditRecord;
import dev.passage.model.Language;
import dev.passage.model.ProjectInfo;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * A project that lives in a database on a PostgreSQL server (docs/decisions/0019-team-projects-on-postgresql.md). No
 * exclusive lock: any number of sessions work on it at once. Each write is logged to {@code change_log} and announced
 * with NOTIFY (see {@link ChangeLog}); the search index and the window layout live in a local folder in the user's cache,
 * keyed by the project.
 */
public final class ServerStore implements ProjectBackend {
    private static final Logger LOG = LoggerFactory.getLogger(ServerStore.class);
    /** What Passage's connections call themselves on the server; presence adds the coder ({@code passage:ann}). */
    public static final String APPLICATION = "passage";

    private final ProjectAddress.Server address;
    private final char[] password;
    private final HikariDataSource pool;
    private final Database database;
    private final String origin = UUID.randomUUID().toString();
    private final Path folder;

    private ServerStore(ProjectAddress.Server address, char[] password, HikariDataSource pool, Path cacheRoot) {
        this.address = address;
        this.password = password == null ? null : password.clone();
        this.pool = pool;
        this.database = new Database(pool);
        database.setCommitHook((tx, changes, actor) -> ChangeLog.bumpAndAppend(tx, changes, origin, actor));
        database.setWriteFailures(e -> WriteRefusal.translate(e, address));
        this.folder = cacheRoot.resolve("team").resolve(localKey(address, info().created()));
    }

    /**
     * Opens the project in the database {@code address} names ({@code password} may be null when the server needs none),
     * bringing its schema up to date first when this Passage is newer. {@code cacheRoot} holds its local folder.
     */
    public static ServerStore open(ProjectAddress.Server address, char[] password, Path cacheRoot) {
        HikariDataSource pool = connect(address, password);
        try {
            Flyway flyway = flyway(pool);
            if (flyway.info().applied().length == 0) {
                throw new PassageException(ErrorKind.BAD_INPUT, Text.of("server.noProject", address.database(), address.host(),
                                                                         address.display()));
            }
            if (flyway.info().pending().length > 0) {
                migrate(flyway, address);
            }
            if (!hasProjectRow(pool)) {
                throw new PassageException(ErrorKind.DAMAGED, Text.of("server.noProjectRow", address.display()));
            }
            ServerStore store = new ServerStore(address, password, pool, cacheRoot);
            LOG.info("opened the team project {}", address.display());
            return store;
        } catch (RuntimeException e) {
            pool.close();
            throw translate(e, address);
        }
    }

    /**
     * Creates a project in the empty database {@code address} names: the schema, then the project itself. A database that
     * already holds tables is refused, whatever they are.
     */
    public static ServerStore init(ProjectAddress.Server address, char[] password, String name, Language language, Path cacheRoot) {
        if (name == null || name.isBlank()) {
            throw new StoreException(Text.of("store.projectNeedsName"));
        }
        HikariDataSource pool = connect(address, password);
        try {
            requireEmpty(pool, address);
            migrate(flyway(pool), address);
            new Database(pool).write(tx -> {
                tx.project().create(name.strip(), language, Instant.now());
                tx.record(EditRecord.of("project.create", "project", null, name.strip())
                                    .withAfter(EditRecord.values("name", name.strip(), "language", language.code())));
                return null;
            });
            return new ServerStore(address, password, pool, cacheRoot);
        } catch (RuntimeException e) {
            pool.close();
            throw translate(e, address);
        }
    }

    /** Refuses (bad input) unless the database's schema has no tables: a project is only ever created in an empty one. */
    static void requireEmpty(javax.sql.DataSource ds, ProjectAddress.Server address) {
        try (Connection c = ds.getConnection()) {
            long tables = Jdbc.one(c, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()",
                                   rs -> rs.getLong(1)).orElse(0L);
            if (tables > 0) {
                throw new PassageException(ErrorKind.BAD_INPUT, Text.of("server.notEmpty", address.display(), tables));
            }
        } catch (SQLException e) {
            throw translate(e, address);
        }
    }

    static void migrate(Flyway flyway, ProjectAddress.Server address) {
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            if (SqlStates.permissionDenied(e)) {
                throw new PassageException(ErrorKind.LOCKED, Text.of("server.migrateNeedsLead", address.display()), e);
            }
            throw new PassageException(ErrorKind.DAMAGED, Text.of("server.migrateFailed", address.display(), e.getMessage()), e);
        }
    }

    private static boolean hasProjectRow(javax.sql.DataSource ds) {
        try (Connection c = ds.getConnection()) {
            return Jdbc.one(c, "SELECT COUNT(*) FROM project", rs -> rs.getLong(1)).orElse(0L) == 1;
        } catch (SQLException e) {
            throw new StoreException(StoreFailure.kindOf(e, ErrorKind.INTERNAL), Text.of("store.projectDatabaseCouldRead", e.getMessage()), e);
        }
    }

    static Flyway flyway(javax.sql.DataSource ds) {
        return Flyway.configure(ServerStore.class.getClassLoader()).dataSource(ds).locations("classpath:db/migration")
                     .loggers("slf4j").load();
    }

    static HikariDataSource connect(ProjectAddress.Server address, char[] password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(address.jdbcUrl());
        config.setUsername(address.user());
        if (password != null) {
            config.setPassword(new String(password));
        }
        config.setPoolName("passage " + address.display());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(15_000);
        config.addDataSourceProperty("ApplicationName", APPLICATION);
        config.setInitializationFailTimeout(1);
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw translate(e.getCause() != null ? e.getCause() : e, address);
        } catch (RuntimeException e) {
            throw translate(e, address);
        }
    }

    /** A failure to reach or use the server, in words that name the server and what to do. */
    static RuntimeException translate(Throwable e, ProjectAddress.Server address) {
        if (e instanceof PassageException p) {
            return p;
        }
        String state = SqlStates.of(e);
        String where = address.display();
        Text text;
        ErrorKind kind;
        if ("08004".equals(state) && SqlStates.message(e).toLowerCase(Locale.ROOT).contains("password")) {
            // the server asks for a password and none was given: it was reached, and nothing was refused yet
            kind = ErrorKind.LOCKED;
            text = Text.of("server.passwordNeeded", address.user(), address.host(), where);
        } else if ("28P01".equals(state) || "28000".equals(state)) {
            kind = ErrorKind.LOCKED;
            text = Text.of("server.passwordRefused", address.user(), address.host(), where);
        } else if ("3D000".equals(state)) {
            kind = ErrorKind.BAD_INPUT;
            text = Text.of("server.noDatabase", address.database(), address.host(), where);
        } else if ("42501".equals(state)) {
            kind = ErrorKind.LOCKED;
            text = Text.of("server.notAllowed", address.user(), where, SqlStates.message(e));
        } else if (state != null && state.startsWith("08") || SqlStates.unreachable(e)) {
            kind = ErrorKind.DISK;
            text = Text.of("server.unreachable", address.host() + ":" + address.port(), where, SqlStates.message(e));
        } else {
            kind = StoreFailure.kindOf(e, ErrorKind.INTERNAL);
            text = Text.of("server.failed", where, SqlStates.message(e));
        }
        return new PassageException(kind, text, e);
    }

    /** The local folder's name: readable (the database's name) and unique (the server, database and project's birth). */
    static String localKey(ProjectAddress.Server address, Instant created) {
        String id = address.host().toLowerCase(Locale.ROOT) + ":" + address.port() + "/" + address.database() + "@" + created;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            String safe = address.database().replaceAll("[^A-Za-z0-9._-]", "_");
            return safe + "-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A connection of its own outside the pool, for a session's long-lived LISTEN and its presence on the server
     * ({@code application_name} = {@code applicationName}). The caller closes it.
     */
    public Connection dedicatedConnection(String applicationName) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", address.user());
        if (password != null) {
            props.setProperty("password", new String(password));
        }
        props.setProperty("ApplicationName", applicationName);
        return DriverManager.getConnection(address.jdbcUrl(), props);
    }

    /** This session's id in {@code change_log.origin}: its own changes need not be announced to it again. */
    public String origin() {
        return origin;
    }

    /** For {@link ProjectTransfer}: the pool, to read the whole project in one snapshot. */
    javax.sql.DataSource dataSource() {
        return pool;
    }

    public ProjectAddress.Server server() {
        return address;
    }

    @Override
    public ProjectAddress address() {
        return address;
    }

    @Override
    public Database database() {
        return database;
    }

    @Override
    public ProjectInfo info() {
        return database.read(a -> a.project().info());
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public Path indexFolder() {
        return folder.resolve("index");
    }

    @Override
    public boolean encrypted() {
        return false;
    }

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public void close() {
        pool.close();
        if (password != null) {
            java.util.Arrays.fill(password, '\0');
        }
    }
}
