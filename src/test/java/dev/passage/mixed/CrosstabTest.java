package dev.passage.mixed;

import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Crosstabs on {@link StudyFixture}. Carriers: North d1 d2, South d3, West r1 r2 (respondents), d7 in no unit.
 * Safety (aggregated) is carried by d1 d2 d3 r1 d7; Learning by d1 d3 r2.
 */
class CrosstabTest {
    @TempDir
    Path tmp;

    @Test
    void byAUnitCategoryWithMissingAsItsOwnGroup() throws Exception {
        try (var f = new StudyFixture(tmp)) {
            f.variable(VariableScope.UNIT, "region", VariableType.CATEGORY, Map.of(f.north, "urban", f.south, "rural", f.west, "urban"));
            Crosstab x = f.mixed().crosstab(f.variable("region"), null, List.of(f.a, f.b), CodeAggregation.AGGREGATED);
            // rural {d3}; urban {d1, d2, r1, r2}; missing {d7} (no unit)
            assertThat(x.groups()).extracting(CrosstabGroup::label, CrosstabGroup::size, CrosstabGroup::textChars).containsExactly(
                org.assertj.core.groups.Tuple.tuple("rural", 1, 200L), org.assertj.core.groups.Tuple.tuple("urban", 4, 350L),
                org.assertj.core.groups.Tuple.tuple("missing", 1, 30L));
            assertThat(x.split()).isEqualTo("labels");
            // Safety: rural d3 1/1 (1 segment); urban d1 d2 r1 3/4 = 75% (d1 3 + d2 1 + r1 2 = 6 segments); missing d7 1/1
            assertThat(x.rows().get(0).cells()).containsExactly(new CrosstabCell("rural", 1, 1, 100.0, 1),
                new CrosstabCell("urban", 3, 4, 75.0, 6), new CrosstabCell("missing", 1, 1, 100.0, 1));
            assertThat(x.rows().get(0).total()).isEqualTo(new CrosstabCell("all", 5, 6, 500.0 / 6, 8));
            // Learning: rural d3 1/1 (2 segments); urban d1 r2 2/4 = 50% (2 segments); missing 0/1
            assertThat(x.rows().get(1).cells()).containsExactly(new CrosstabCell("rural", 1, 1, 100.0, 2),
                new CrosstabCell("urban", 2, 4, 50.0, 2), new CrosstabCell("missing", 0, 1, 0.0, 0));
            assertThat(x.outOfScope()).isZero();
            assertThat(x.definition()).contains("labels of the unit variable region").contains("column %");
        }
    }

    /** Unit scores North 1, South 2, West 3 (East has no text): R type 7 cut points 1.6667 and 2.3333. */
    @Test
    void aNumberSplitIntoTertilesOfTheUnitsWithText() throws Exception {
        try (var f = new StudyFixture(tmp)) {
            f.unitNumber("score", Map.of(f.north, 1.0, f.south, 2.0, f.west, 3.0, f.east, 4.0));
            Crosstab x = f.mixed().crosstab(f.variable("score"), new GroupSplit.Tertiles(), List.of(f.a), CodeAggregation.AGGREGATED);
            assertThat(x.groups()).extracting(CrosstabGroup::label, CrosstabGroup::size).containsExactly(
                org.assertj.core.groups.Tuple.tuple("low (≤ 1.6667)", 2), org.assertj.core.groups.Tuple.tuple("middle (1.6667 < x ≤ 2.3333)", 1),
                org.assertj.core.groups.Tuple.tuple("high (> 2.3333)", 2), org.assertj.core.groups.Tuple.tuple("missing", 1));
            assertThat(x.groups().get(1).above()).isEqualTo(5.0 / 3, org.assertj.core.api.Assertions.within(1e-12));
            assertThat(x.rows().getFirst().cells()).extracting(CrosstabCell::carriers).containsExactly(2, 1, 1, 1);
        }
    }

    /** Interview dates split into tertiles read as dates, not as day numbers ("low (≤ 20517)"). */
    @Test
    void aDateSplitIntoTertilesNamesItsGroupsByDate() throws Exception {
        try (var f = new StudyFixture(tmp)) {
            java.time.LocalDate day = java.time.LocalDate.of(2026, 3, 2);
            Map<Long, java.time.LocalDate> dates = Map.of(f.doc[1], day, f.doc[2], day.plusDays(1), f.doc[3], day.plusDays(2),
                                                          f.doc[4], day.plusDays(3), f.doc[5], day.plusDays(4), f.doc[6], day.plusDays(5));
            f.variable(VariableScope.DOCUMENT, "interview_date", VariableType.DATE, dates);
            Crosstab x = f.mixed().crosstab(f.variable("interview_date"), null, List.of(f.a), CodeAggregation.AGGREGATED);
            // R type 7 over days 0..5 from 2 March: cut points 1.6667 and 3.3333, i.e. the 3rd and the 5th
            assertThat(x.groups()).extracting(CrosstabGroup::label).containsExactly(
                "low (≤ 2026-03-03)", "middle (2026-03-03 < x ≤ 2026-03-05)", "high (> 2026-03-05)", "missing");
            assertThat(x.groups()).extracting(CrosstabGroup::size).containsExactly(2, 2, 2, 1);
            Crosstab at = f.mixed().crosstab(f.variable("interview_date"), new GroupSplit.Threshold(day.plusDays(2).toEpochDay()), List.of(f.a),
                                             CodeAggregation.AGGREGATED);
            assertThat(at.groups()).extracting(CrosstabGroup::label).containsExactly("≤ 2026-03-04", "> 2026-03-04", "missing");
        }
    }

    /**
     * Document values 1, 2, 2, 2, 3, 4 (d1..d6; d7 missing). R type 7: q1 = 2 (h = 2.67 between two 2s), q2 = 2 + 1/3 (h = 4.33,
     * between 2 and 3). Ties at the cut point go to the lower group: low = d1..d4, middle is empty, high = d5 d6.
     * At document level every answer counts on its own: Safety low 4/4, high d5 only 1/2, missing d7 1/1.
     */
    @Test
    void tiesAtACutPointGoToTheLowerGroupAndAnEmptyGroupStays() throws Exception {
        try (var f = new StudyFixture(tmp)) {
            Map<Long, Double> ages = Map.of(f.doc[1], 1.0, f.doc[2], 2.0, f.doc[3], 2.0, f.doc[4], 2.0, f.doc[5], 3.0, f.doc[6], 4.0);
            f.variable(VariableScope.DOCUMENT, "age", VariableType.NUMBER, ages);
            Crosstab x = f.mixed().crosstab(f.variable("age"), null, List.of(f.a), CodeAggregation.AGGREGATED);
            assertThat(x.split()).isEqualTo("tertiles");
            assertThat(x.carriers()).startsWith("documents");
            assertThat(x.groups()).extracting(CrosstabGroup::label, CrosstabGroup::size).containsExactly(
                org.assertj.core.groups.Tuple.tuple("low (≤ 2)", 4), org.assertj.core.groups.Tuple.tuple("middle (2 < x ≤ 2.3333)", 0),
                org.assertj.core.groups.Tuple.tuple("high (> 2.3333)", 2), org.assertj.core.groups.Tuple.tuple("missing", 1));
            assertThat(x.rows().getFirst().cells()).containsExactly(new CrosstabCell("low (≤ 2)", 4, 4, 100.0, 6),
                new CrosstabCell("middle (2 < x ≤ 2.3333)", 0, 0, null, 0), new CrosstabCell("high (> 2.3333)", 1, 2, 50.0, 1),
                new CrosstabCell("missing", 1, 1, 100.0, 1));
            assertThat(x.definition()).contains("goes to the lower group");
        }
    }

    @Test
    void aThresholdSplitsAtLessOrEqual() throws Exception {
        try (var f = new StudyFixture(tmp)) {
            f.unitNumber("score", Map.of(f.north, 1.0, f.south, 2.0, f.west, 3.0));
            Crosstab x = f.mixed().crosstab(f.variable("score"), GroupSplit.parse("2"), List.of(f.a), CodeAggregation.AGGREGATED);
            // <= 2: North, South -> d1 d2 d3 all carry Safety; > 2: West r1 yes, r2 no; missing: d7
            assertThat(x.rows().getFirst().cells()).containsExactly(new CrosstabCell("≤ 2", 3, 3, 100.0, 5),
                new CrosstabCell("> 2", 1, 2, 50.0, 2), new CrosstabCell("missing", 1, 1, 100.0, 1));
            assertThat(x.split()).isEqualTo("threshold 2");
        }
    }

    @Test
    void aRespondentVariableCountsRespondentsAndLeavesInterviewsOut() throws Exception {
        try (var f = new StudyFixture(tmp)) {
            f.variable(VariableScope.RESPONDENT, "gender", VariableType.CATEGORY, Map.of(f.r1, "f"));
            Crosstab x = f.mixed().crosstab(f.variable("respondent:gender"), null, List.of(f.a), CodeAggregation.AGGREGATED);
            assertThat(x.rows().getFirst().cells()).containsExactly(new CrosstabCell("f", 1, 1, 100.0, 2), new CrosstabCell("missing", 0, 1, 0.0, 0));
            assertThat(x.outOfScope()).isEqualTo(4);
            assertThat(x.definition()).contains("4 interview document(s) have no respondent");
        }
    }

    @Test
    void badSplitsAreExplained() throws Exception {
        try (var f = new StudyFixture(tmp)) {
            f.variable(VariableScope.UNIT, "region", VariableType.CATEGORY, Map.of(f.north, "urban"));
            assertThatThrownBy(() -> f.mixed().crosstab(f.variable("region"), new GroupSplit.Tertiles(), List.of(), CodeAggregation.AGGREGATED))
                .hasMessage("'region' is a CATEGORY variable: its groups are its labels; --split works for NUMBER and DATE variables");
            assertThatThrownBy(() -> GroupSplit.parse("thirds")).hasMessageContaining("not \"thirds\"");
            f.variable(VariableScope.DOCUMENT, "region", VariableType.CATEGORY, Map.of());
            assertThatThrownBy(() -> f.variable("region")).hasMessageContaining("several scopes (document, unit): write one of document.region, unit.region");
        }
    }
}
