package dev.passage.store;

import dev.passage.model.Adjudication;
import dev.passage.model.CodeDescription;
import dev.passage.model.DocumentFormat;
import dev.passage.model.Language;
import dev.passage.model.NewDocument;
import dev.passage.model.Verdict;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.DriverManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** V9's adjudication table and its repository on PostgreSQL (runs when PASSAGE_TEST_POSTGRES_URL is set, as PostgresSchemaTest). */
class AdjudicationPostgresTest {
    private static final String URL = System.getenv("PASSAGE_TEST_POSTGRES_URL");
    private String schema;
    private Database db;

    @BeforeEach
    void migrateAFreshSchema() {
        assumeTrue(URL != null && !URL.isBlank(), "PASSAGE_TEST_POSTGRES_URL is not set");
        schema = "passage_adj_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(URL);
        ds.setCurrentSchema(schema);
        Flyway.configure().dataSource(ds).schemas(schema).createSchemas(true).locations("classpath:db/migration").load().migrate();
        db = new Database(ds);
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (schema != null && URL != null) {
            try (var c = DriverManager.getConnection(URL); var st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    void decisionsAreStoredFoundDeletedAndRestoredWithTheirIds() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        db.write(tx -> {
            tx.project().create("Team study", Language.EN, now);
            return null;
        });
        long doc = db.write(tx -> tx.documents().insert(new NewDocument("Interview 1", "We trust the manager.", DocumentFormat.TXT,
                                                                         "/in/1.txt", now, Map.of(), List.of())));
        long code = db.write(tx -> tx.codes().insert(null, "Trust", "#009E73", CodeDescription.EMPTY, 0));
        long id = db.write(tx -> tx.adjudications().insert(new Adjudication(0, doc, code, 3, 20, "anna", "ben", "consensus", Verdict.BOTH,
                                                                            "both right", "lead", now)));
        Adjudication stored = db.<java.util.Optional<Adjudication>>read(a -> a.adjudications().find(id)).orElseThrow();
        assertThat(stored.verdict()).isEqualTo(Verdict.BOTH);
        assertThat(stored.decidedAt()).isEqualTo(now);
        assertThat(stored.note()).isEqualTo("both right");
        db.write(tx -> {
            tx.adjudications().delete(stored);
            return null;
        });
        assertThat(db.<Integer>read(a -> a.adjudications().count())).isZero();
        db.write(tx -> {
            tx.adjudications().restore(stored);
            return null;
        });
        assertThat(db.<List<Adjudication>>read(a -> a.adjudications().all())).containsExactly(stored);
    }
}
