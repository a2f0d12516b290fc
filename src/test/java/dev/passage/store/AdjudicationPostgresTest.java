package dev.passage.store;

import dev.passage.model.Adjudication;
import dev.passage.model.CodeDescription;
import dev.passage.model.DocumentFormat;
import dev.passage.model.Language;
import dev.passage.model.NewDocument;
import dev.passage.model.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** V9's adjudication table and its repository on PostgreSQL (runs when PASSAGE_TEST_POSTGRES_URL is set, as PostgresSchemaTest). */
class AdjudicationPostgresTest {
    private PostgresTestSchema schema;
    private Database db;

    @BeforeEach
    void migrateAFreshSchema() {
        schema = PostgresTestSchema.migrated("passage_adj");
        db = schema.database();
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (schema != null) {
            schema.close();
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
