package dev.passage.store;

import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A fresh schema on the PostgreSQL server that PASSAGE_TEST_POSTGRES_URL names (.ci/run starts one and sets it), with every
 * migration applied; closing drops it. Without the variable the calling test is skipped (a JUnit assumption).
 */
final class PostgresTestSchema implements AutoCloseable {
    private static final String URL = System.getenv("PASSAGE_TEST_POSTGRES_URL");
    private final String schema;
    private final Database database;

    private PostgresTestSchema(String prefix) {
        schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(URL);
        ds.setCurrentSchema(schema);
        Flyway.configure().dataSource(ds).schemas(schema).createSchemas(true).locations("classpath:db/migration").load().migrate();
        database = new Database(ds);
    }

    /** A migrated schema named {@code prefix_<random>}; skips the test when no server is named. */
    static PostgresTestSchema migrated(String prefix) {
        assumeTrue(URL != null && !URL.isBlank(), "PASSAGE_TEST_POSTGRES_URL is not set");
        return new PostgresTestSchema(prefix);
    }

    Database database() {
        return database;
    }

    @Override
    public void close() throws SQLException {
        try (var c = DriverManager.getConnection(URL); var st = c.createStatement()) {
            st.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
