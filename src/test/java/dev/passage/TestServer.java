package dev.passage;

import dev.passage.store.ProjectAddress;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A fresh, empty database on the PostgreSQL server that PASSAGE_TEST_POSTGRES_URL names (.ci/run starts one; the README's
 * "Running the tests" says how to start it locally), for tests of team projects; closing drops it. Without the variable
 * the calling test is skipped (a JUnit assumption) with a message saying so. The test role needs CREATEDB (and CREATEROLE
 * for the role tests): .ci/postgres-up grants both.
 */
public final class TestServer implements AutoCloseable {
    public static final String VARIABLE = "PASSAGE_TEST_POSTGRES_URL";
    private static final String URL = System.getenv(VARIABLE);

    private final String database;
    private final ProjectAddress.Server address;

    private TestServer(String prefix) throws SQLException {
        database = prefix.toLowerCase(java.util.Locale.ROOT) + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection c = DriverManager.getConnection(URL); var st = c.createStatement()) {
            st.execute("CREATE DATABASE " + database);
        }
        address = new ProjectAddress.Server(user(), host(), port(), database, Map.of());
    }

    /** A new empty database named {@code prefix_<random>}; skips the test when no server is named. */
    public static TestServer fresh(String prefix) throws SQLException {
        assumeTrue(available(), VARIABLE + " is not set: no PostgreSQL server to test team projects on");
        return new TestServer(prefix);
    }

    public static boolean available() {
        return URL != null && !URL.isBlank();
    }

    /** The database's address, as the test role. */
    public ProjectAddress.Server address() {
        return address;
    }

    /** The test role's password (from the variable's URL), for opening the project. */
    public static char[] password() {
        return query("password").toCharArray();
    }

    /** A JDBC connection to this database as the test role, for checks behind Passage's back. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(URL.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1"));
    }

    /** A JDBC connection to the test role's own database (not this one), e.g. to create roles. */
    public static Connection connectAdmin() throws SQLException {
        return DriverManager.getConnection(URL);
    }

    public String database() {
        return database;
    }

    private static URI uri() {
        return URI.create(URL.substring("jdbc:".length()));
    }

    private static String host() {
        return uri().getHost();
    }

    private static int port() {
        return uri().getPort() < 0 ? 5432 : uri().getPort();
    }

    private static String user() {
        return query("user");
    }

    private static String query(String name) {
        String q = uri().getQuery();
        if (q != null) {
            for (String pair : q.split("&")) {
                if (pair.startsWith(name + "=")) {
                    return pair.substring(name.length() + 1);
                }
            }
        }
        throw new IllegalStateException(VARIABLE + " has no " + name + "=...: " + URL);
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL); var st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }
}
