package dev.passage.mixed;

import dev.passage.TestProjects;
import dev.passage.model.CodeDescription;
import dev.passage.model.DocumentFormat;
import dev.passage.model.Language;
import dev.passage.model.NewDocument;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;
import dev.passage.model.VariableValue;
import dev.passage.session.ProjectSession;
import dev.passage.session.SessionStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class JointDisplayTest {
    @TempDir
    Path tmp;

    /**
     * Units U1..U5 each have one 100-char interview coded 10, 20, 30, 40, 50 chars: prevalence (chars) x = .1 .. .5;
     * scores y = 2, 1, 4, 3, 5. Centred x: -.2 -.1 0 .1 .2; centred y: -1 -2 1 0 2; sum xy = .8, sum x^2 = .1, sum y^2 = 10,
     * r = .8 / sqrt(1) = 0.8. Ranks equal the values' order, sum d^2 = 4, rho = 1 - 24/120 = 0.8.
     * t = 0.8 * sqrt(3 / 0.36) = 2.3094, p (3 df, two-sided) = 0.1040880.
     * Left out: "No text" (score but no document), "No score" (text, no score), "Neither" (no text and no score).
     */
    @Test
    void prevalenceAgainstScoreWithExcludedUnitsAndBothCorrelations() throws Exception {
        try (ProjectSession s = TestProjects.create(tmp, Language.EN)) {
            var db = SessionStores.of(s).database();
            long[] ids = db.write(tx -> {
                long code = tx.codes().insert(null, "Psychological safety", "#E69F00", CodeDescription.EMPTY, 0);
                long score = tx.variables().ensure(VariableScope.UNIT, "safety_score", VariableType.NUMBER);
                double[] y = {2, 1, 4, 3, 5};
                for (int i = 0; i < 5; i++) {
                    long unit = tx.units().ensure("U" + (i + 1), null);
                    long doc = tx.documents().insert(new NewDocument("doc " + i, StudyFixture.text("doc " + i, 100), DocumentFormat.TXT, null,
                                                                     Instant.EPOCH, Map.of(), List.of()));
                    tx.documents().setUnit(doc, unit);
                    tx.codings().insert(doc, 0, 10 * (i + 1), code, "anna", Instant.EPOCH, null);
                    tx.variables().set(VariableValue.ofNumber(score, unit, y[i]));
                }
                tx.variables().set(VariableValue.ofNumber(score, tx.units().ensure("No text", null), 9));
                long noScore = tx.units().ensure("No score", null);
                long doc = tx.documents().insert(new NewDocument("extra", "some text", DocumentFormat.TXT, null, Instant.EPOCH, Map.of(), List.of()));
                tx.documents().setUnit(doc, noScore);
                tx.units().ensure("Neither", null);
                return new long[] {code, score};
            });
            JointDisplay j = s.mixed().joint(ids[0], s.mixed().variable("safety_score"), PrevalenceMeasure.CHARS, CodeAggregation.AGGREGATED,
                                             BootstrapSettings.DEFAULT);
            assertThat(j.points()).extracting(UnitPoint::unitName).containsExactly("U1", "U2", "U3", "U4", "U5");
            assertThat(j.points()).extracting(UnitPoint::prevalence).containsExactly(0.1, 0.2, 0.3, 0.4, 0.5);
            assertThat(j.points()).extracting(UnitPoint::score).containsExactly(2.0, 1.0, 4.0, 3.0, 5.0);
            assertThat(j.excluded()).extracting(ExcludedUnit::unitName, ExcludedUnit::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Neither", "no text and no score"), org.assertj.core.groups.Tuple.tuple("No score", "no score"),
                org.assertj.core.groups.Tuple.tuple("No text", "no text"));
            assertThat(j.pearson().n()).isEqualTo(5);
            assertThat(j.pearson().coefficient()).isCloseTo(0.8, within(1e-12));
            assertThat(j.pearson().pValue()).isCloseTo(0.1040880, within(1e-7));
            assertThat(j.spearman().coefficient()).isCloseTo(0.8, within(1e-12));
            assertThat(j.spearman().pValue()).isCloseTo(0.1040880, within(1e-7));
            assertThat(j.spearman().definition()).startsWith("Spearman's rho").contains("N = 5 units with both text and a score")
                                                 .contains("N-2 = 3 df").contains("2000 resamples").contains("seed 42");
            assertThat(j.definition()).contains("share of the unit's characters").contains("3 unit(s) left out");

            // by carriers every unit's single interview carries the code: prevalence 1.0 everywhere, so no correlation
            JointDisplay carriers = s.mixed().joint(ids[0], s.mixed().variable("unit.safety_score"), PrevalenceMeasure.CARRIERS,
                                                    CodeAggregation.AGGREGATED, BootstrapSettings.DEFAULT);
            assertThat(carriers.pearson().notComputable()).isEqualTo("not computable: every unit has the same prevalence (1), so it does not vary");
        }
    }

    @Test
    void aScoreMustBeANumberUnitVariable() throws Exception {
        try (var f = new StudyFixture(tmp)) {
            f.variable(VariableScope.UNIT, "region", VariableType.CATEGORY, Map.of(f.north, "urban"));
            assertThatThrownBy(() -> f.mixed().joint(f.a, f.variable("region"), PrevalenceMeasure.CARRIERS, CodeAggregation.AGGREGATED,
                                                     BootstrapSettings.DEFAULT))
                .isInstanceOf(MixedMethodsException.class)
                .hasMessage("A correlation needs a NUMBER unit variable (a score per unit); 'region' is a CATEGORY unit variable");
            assertThatThrownBy(() -> f.variable("size")).hasMessageContaining("There is no variable 'size'. Variables: unit.region (CATEGORY)");
        }
    }
}
