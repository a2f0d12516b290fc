package dev.passage.store;

import dev.passage.model.BlindLock;
import dev.passage.model.CodeDescription;
import dev.passage.model.CoderScope;
import dev.passage.model.DocumentFormat;
import dev.passage.model.Language;
import dev.passage.model.NewDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** V10's blind lock and the coder-scoped reads on PostgreSQL (skipped without PASSAGE_TEST_POSTGRES_URL, as PostgresSchemaTest). */
class PostgresCoderScopeTest {
    private PostgresTestSchema schema;
    private Database db;

    @BeforeEach
    void migrateAFreshSchema() {
        schema = PostgresTestSchema.migrated("passage_scope");
        db = schema.database();
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (schema != null) {
            schema.close();
        }
    }

    @Test
    void theBlindLockAndScopedReadsWorkOnPostgres() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        db.write(tx -> {
            tx.project().create("Team", Language.EN, now);
            return null;
        });
        assertThat(db.<Optional<BlindLock>>read(a -> a.project().blindLock())).isEmpty();
        db.write(tx -> {
            tx.project().setBlindLock(new BlindLock("anna", now));
            return null;
        });
        assertThat(db.<Optional<BlindLock>>read(a -> a.project().blindLock())).contains(new BlindLock("anna", now));

        long doc = db.write(tx -> tx.documents().insert(new NewDocument("One", "We trust each other.", DocumentFormat.TXT, "/1.txt", now,
                                                                         Map.of(), List.of())));
        long code = db.write(tx -> tx.codes().insert(null, "Trust", "#009E73", CodeDescription.EMPTY, 0));
        db.write(tx -> tx.codings().insert(doc, 0, 5, code, "anna", now, null));
        db.write(tx -> tx.codings().insert(doc, 3, 9, code, "ben", now, "ben's memo"));
        CoderScope anna = CoderScope.only("anna");
        assertThat(db.<Integer>read(a -> a.codings(anna).count())).isEqualTo(1);
        assertThat(db.<List<String>>read(a -> a.codings(anna).coders())).containsExactly("anna");
        assertThat(db.<List<String>>read(a -> a.codings(anna).memoAuthors())).isEmpty();
        assertThat(db.<Integer>read(a -> a.codings(anna).forEach(CodingSelection.ALL, c -> { }))).isEqualTo(1);
        assertThat(db.<Integer>read(a -> a.codings(CoderScope.only(List.of())).count())).isZero();
        assertThat(db.<Integer>read(a -> a.codings(CoderScope.EVERYONE).forDocument(doc).size())).isEqualTo(2);

        db.write(tx -> {
            tx.project().setBlindLock(null);
            return null;
        });
        assertThat(db.<Optional<BlindLock>>read(a -> a.project().blindLock())).isEmpty();
    }
}
