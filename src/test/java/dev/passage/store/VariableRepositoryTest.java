package dev.passage.store;

import dev.passage.model.DocumentFormat;
import dev.passage.model.Language;
import dev.passage.model.NewDocument;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;
import dev.passage.model.VariableValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VariableRepositoryTest {
    @TempDir
    Path tmp;

    @Test
    void valuesAreTypedReplacedAndMissingValuesStayAbsent() {
        try (var store = ProjectStore.create(tmp.resolve("v.passage"), "V", Language.DA)) {
            var db = store.database();
            long[] ids = db.write(tx -> {
                long north = tx.units().ensure("North", null);
                long south = tx.units().ensure("South", null);
                long safety = tx.variables().ensure(VariableScope.UNIT, "psych_safety", VariableType.NUMBER);
                long since = tx.variables().ensure(VariableScope.UNIT, "since", VariableType.DATE);
                tx.variables().setAll(List.of(VariableValue.ofNumber(safety, north, 4.25), VariableValue.ofDate(since, north, LocalDate.of(2024, 3, 1))));
                tx.variables().set(VariableValue.ofNumber(safety, north, 4.5));
                return new long[] {north, south, safety, since};
            });
            Map<Long, VariableValue> safety = db.read(a -> a.variables().values(ids[2]));
            assertThat(safety).containsOnlyKeys(ids[0]);
            assertThat(safety.get(ids[0]).number()).isEqualTo(4.5);
            Map<Long, VariableValue> north = db.read(a -> a.variables().valuesOf(VariableScope.UNIT, ids[0]));
            assertThat(north.get(ids[3]).text()).isEqualTo("2024-03-01");
            assertThat(north.get(ids[3]).number()).isEqualTo((double) LocalDate.of(2024, 3, 1).toEpochDay());
            assertThat(VariableValue.ofNumber(1, 1, 4.0).display()).isEqualTo("4");
            assertThat(VariableValue.ofNumber(1, 1, 3.75).display()).isEqualTo("3.75");
            long again = db.write(tx -> tx.variables().ensure(VariableScope.UNIT, "psych_safety", VariableType.TEXT));
            assertThat(again).isEqualTo(ids[2]);
            assertThat(db.read(a -> a.variables().get(ids[2])).orElseThrow().type()).isEqualTo(VariableType.NUMBER);
        }
    }

    @Test
    void variableChangesDoNotTouchDocumentsSoTheIndexIsLeftAlone() {
        try (var store = ProjectStore.create(tmp.resolve("c.passage"), "C", Language.EN)) {
            List<ChangeSet> seen = new ArrayList<>();
            store.database().addListener(seen::add);
            store.database().write(tx -> {
                long unit = tx.units().ensure("U", null);
                long v = tx.variables().ensure(VariableScope.UNIT, "score", VariableType.NUMBER);
                tx.variables().set(VariableValue.ofNumber(v, unit, 3));
                return null;
            });
            assertThat(seen).singleElement().satisfies(c -> {
                assertThat(c.variablesChanged()).isTrue();
                assertThat(c.touchedDocuments()).isEmpty();
            });
        }
    }

    @Test
    void aRespondentsUnitIsCarriedOntoTheirAnswers() {
        try (var store = ProjectStore.create(tmp.resolve("r.passage"), "R", Language.DA)) {
            var db = store.database();
            long[] ids = db.write(tx -> {
                long north = tx.units().ensure("North", null);
                long south = tx.units().ensure("South", null);
                long r = tx.respondents().ensure("R001", north);
                long doc = tx.documents().insert(new NewDocument("R001 · Q1", "Vi taler åbent om fejl.", DocumentFormat.TXT, null,
                                                                 Instant.parse("2026-01-01T00:00:00Z"), Map.of(), List.of()));
                tx.respondents().linkAnswer(doc, r, "Q1");
                return new long[] {north, south, r, doc};
            });
            var answer = db.read(a -> a.documents().cases()).getFirst();
            assertThat(answer.unitId()).isEqualTo(ids[0]);
            assertThat(answer.respondentId()).isEqualTo(ids[2]);
            assertThat(answer.question()).isEqualTo("Q1");
            assertThat(answer.isSurveyAnswer()).isTrue();
            db.write(tx -> tx.respondents().ensure("R001", ids[1]));
            assertThat(db.read(a -> a.documents().cases()).getFirst().unitId()).isEqualTo(ids[1]);
            assertThat(db.<Integer>read(a -> a.respondents().count())).isEqualTo(1);
            db.write(tx -> { tx.units().delete(ids[1]); return null; });
            assertThat(db.read(a -> a.documents().cases()).getFirst().unitId()).isNull();
        }
    }
}
