package dev.passage.mixed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The code x unit matrix on {@link StudyFixture}; every expected number is worked out by hand in the comments. */
class CodeUnitMatrixTest {
    @TempDir
    Path tmp;

    @Test
    void countsSegmentsMergedCharactersAndCarriersPerUnitWithTotals() throws Exception {
        try (var f = new StudyFixture(tmp)) {
            CodeUnitMatrix m = f.mixed().matrix(List.of(), CodeAggregation.AGGREGATED);
            // units by name: East, North, South, West; codes in codebook order: Safety, Safety/Speaking up, Learning
            assertThat(m.units()).extracting(MatrixUnit::name).containsExactly("East", "North", "South", "West");
            assertThat(m.units()).extracting(MatrixUnit::textChars).containsExactly(0L, 150L, 200L, 200L);
            assertThat(m.units().get(3)).isEqualTo(new MatrixUnit(f.west, "West", 3, 0, 2, 200));
            assertThat(m.rows()).extracting(MatrixRow::codePath).containsExactly("Safety", "Safety/Speaking up", "Learning");

            MatrixRow safety = m.rows().get(0);
            // East: no text, present with n = 0
            assertThat(safety.cells().get(0)).isEqualTo(new Tally(0, 0, 0, null, 0, 0, null, "no text"));
            // North: d1 A[0,20) + A[10,30) merge to 30 chars, A1[50,60) adds 10 (aggregated) = 40; d2 A1[0,10) = 10.
            // 4 segments, 50 of 150 chars, both interviews carry it
            assertThat(safety.cells().get(1)).isEqualTo(Tally.of(4, 50, 150, 2, 2));
            assertThat(safety.cells().get(1).shareChars()).isCloseTo(1.0 / 3, within(1e-12));
            // South: A[100,110): 1 segment, 10 of 200 = 0.05, 1 of 1 interview
            assertThat(safety.cells().get(2)).isEqualTo(new Tally(1, 10, 200, 0.05, 1, 1, 1.0, ""));
            // West: r1's answers 10 + 60 chars (2 segments); r2 none: 70 of 200 = 0.35; 1 of 2 respondents
            assertThat(safety.cells().get(3)).isEqualTo(new Tally(2, 70, 200, 0.35, 1, 2, 0.5, ""));
            // row total: 7 segments, 130 of 550 chars, 4 of 5 carriers; d7 (no unit) is in no total
            assertThat(safety.total()).isEqualTo(Tally.of(7, 130, 550, 4, 5));
            assertThat(safety.total().shareCarriers()).isEqualTo(0.8);

            // Speaking up alone: North d1 [50,60) + d2 [0,10) = 20 chars, 2 segments, 2 of 2
            assertThat(m.rows().get(1).cells().get(1)).isEqualTo(Tally.of(2, 20, 150, 2, 2));
            MatrixRow learning = m.rows().get(2);
            // North: d1 B[0,100): 100 of 150, 1 of 2 interviews; South: B[0,50) ∪ [25,75) = 75 of 200, 2 segments;
            // West: r2's B[0,50): 50 of 200, 1 of 2 respondents
            assertThat(learning.cells()).containsExactly(Tally.of(0, 0, 0, 0, 0), Tally.of(1, 100, 150, 1, 2), Tally.of(2, 75, 200, 1, 1),
                                                         Tally.of(1, 50, 200, 1, 2));

            // totals row = any listed code, each text and coding counted once:
            // North d1 [0,100) ∪ ... = 100, d2 10 -> 110, 5 codings; South [0,75) ∪ [100,110) = 85, 3 codings; West 10+60+50 = 120, 3
            assertThat(m.total().codeId()).isNull();
            assertThat(m.total().cells()).containsExactly(Tally.of(0, 0, 0, 0, 0), Tally.of(5, 110, 150, 2, 2), Tally.of(3, 85, 200, 1, 1),
                                                          Tally.of(3, 120, 200, 2, 2));
            assertThat(m.total().total()).isEqualTo(Tally.of(11, 315, 550, 5, 5));
            assertThat(m.documentsWithoutUnit()).isEqualTo(1);
            assertThat(m.definition()).contains("merged first").contains("1 document(s) belong to no unit").contains("aggregated");
        }
    }

    @Test
    void codeOnlyLeavesSubCodesOut() throws Exception {
        try (var f = new StudyFixture(tmp)) {
            CodeUnitMatrix m = f.mixed().matrix(List.of(f.a), CodeAggregation.CODE_ONLY);
            assertThat(m.rows()).singleElement().satisfies(r -> {
                // North without A1: d1 [0,30) only, 2 segments; d2 carries only the sub-code -> 1 of 2
                assertThat(r.cells().get(1)).isEqualTo(Tally.of(2, 30, 150, 1, 2));
                assertThat(r.cells().get(1).shareChars()).isEqualTo(0.2);
            });
            assertThat(m.definition()).contains("without its sub-codes");
        }
    }

    @Test
    void anEmptyProjectGivesAnEmptyMatrix() throws Exception {
        try (var s = dev.passage.TestProjects.create(tmp, dev.passage.model.Language.EN)) {
            CodeUnitMatrix m = s.mixed().matrix(List.of(), CodeAggregation.AGGREGATED);
            assertThat(m.units()).isEmpty();
            assertThat(m.rows()).isEmpty();
            assertThat(m.total().total()).isEqualTo(Tally.of(0, 0, 0, 0, 0));
        }
    }
}
