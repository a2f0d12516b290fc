package dev.passage.store;

import dev.passage.model.Code;
import dev.passage.model.CodeDescription;
import dev.passage.model.Coding;
import dev.passage.model.DocumentFormat;
import dev.passage.model.Language;
import dev.passage.model.Memo.MemoTarget;
import dev.passage.model.NewDocument;
import dev.passage.model.SpeakerTurn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same migrations and repositories on PostgreSQL (the engine for shared team projects). Runs when
 * PASSAGE_TEST_POSTGRES_URL names a database (.ci/run starts a local server and sets it); skipped otherwise.
 */
class PostgresSchemaTest {
    private PostgresTestSchema schema;
    private Database db;

    @BeforeEach
    void migrateAFreshSchema() {
        schema = PostgresTestSchema.migrated("passage_test");
        db = schema.database();
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (schema != null) {
            schema.close();
        }
    }

    @Test
    void repositoriesWorkUnchangedOnPostgres() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        db.write(tx -> {
            tx.project().create("Team study", Language.SV, now);
            return null;
        });
        long doc = db.write(tx -> tx.documents().insert(new NewDocument("Intervju 1", "Vi lär oss av misstagen 😀.", DocumentFormat.TXT,
                                                                         "/in/1.txt", now, Map.of("roll", "chef"),
                                                                         List.of(new SpeakerTurn(0, 26, "Chef", 1200L)))));
        long code = db.write(tx -> tx.codes().insert(null, "Lärande", "#009E73", CodeDescription.of("def"), 0));
        long coding = db.write(tx -> tx.codings().insert(doc, 3, 12, code, "anna", now, null));
        db.write(tx -> tx.memos().insert(MemoTarget.CODING, coding, "t", "memo", "anna", now));

        assertThat(db.<Language>read(a -> a.project().info().language())).isEqualTo(Language.SV);
        assertThat(db.<List<SpeakerTurn>>read(a -> a.documents().find(doc).orElseThrow().turns())).containsExactly(new SpeakerTurn(0, 26, "Chef", 1200L));
        assertThat(db.<Map<String, String>>read(a -> a.documents().attributes(doc))).containsEntry("roll", "chef");
        List<Coding> codings = db.read(a -> a.codings().forDocument(doc));
        assertThat(codings).singleElement().satisfies(c -> assertThat(c.created()).isEqualTo(now));

        // undo paths put rows back with their original ids
        Coding c = codings.getFirst();
        db.write(tx -> {
            tx.codings().delete(c);
            return null;
        });
        db.write(tx -> {
            tx.codings().restore(c);
            return null;
        });
        assertThat(db.<java.util.Optional<Coding>>read(a -> a.codings().find(c.id()))).contains(c);
        Code restored = new Code(9999, null, "Restored", "#000000", CodeDescription.EMPTY, 1);
        db.write(tx -> {
            tx.codes().restore(restored);
            return null;
        });
        // put back one row version past the one it was read at: an editor still holding the deleted row is stale
        assertThat(db.<java.util.Optional<Code>>read(a -> a.codes().find(9999)))
            .contains(new Code(9999, null, "Restored", "#000000", CodeDescription.EMPTY, 1, restored.version() + 1));
        assertThat(db.<Map<Long, Integer>>read(a -> a.codings().countsByCode())).containsEntry(code, 1);
        assertThat(db.dataVersion()).isEqualTo(8); // one per write above

        // variables upsert through ON CONFLICT on PostgreSQL (MERGE ... KEY on H2)
        long[] ids = db.write(tx -> {
            long unit = tx.units().ensure("Nord", null);
            long v = tx.variables().ensure(dev.passage.model.VariableScope.UNIT, "trygghet", dev.passage.model.VariableType.NUMBER);
            tx.variables().set(dev.passage.model.VariableValue.ofNumber(v, unit, 3.5));
            tx.variables().set(dev.passage.model.VariableValue.ofNumber(v, unit, 4.0));
            long r = tx.respondents().ensure("R1", unit);
            tx.respondents().linkAnswer(doc, r, "Q1");
            return new long[] {unit, v};
        });
        assertThat(db.<Map<Long, dev.passage.model.VariableValue>>read(a -> a.variables().values(ids[1])).get(ids[0]).number()).isEqualTo(4.0);
        assertThat(db.<List<dev.passage.model.DocumentCase>>read(a -> a.documents().cases()))
            .singleElement().satisfies(dc -> assertThat(dc.unitId()).isEqualTo(ids[0]));
    }
}
