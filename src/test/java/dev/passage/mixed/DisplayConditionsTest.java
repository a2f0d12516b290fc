package dev.passage.mixed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where conditions on the joint displays, on {@link StudyFixture} with unit.size North 10, South 30 (East and West
 * missing): {@code unit.size > 20} keeps only South's interview d3 (200 chars: B[0,50) B[25,75) A[100,110)).
 */
class DisplayConditionsTest {
    @TempDir
    Path tmp;

    @Test
    void theMatrixCountsOnlyTheDocumentsMeetingTheConditions() throws Exception {
        try (var f = new StudyFixture(tmp)) {
            f.unitNumber("size", Map.of(f.north, 10.0, f.south, 30.0));
            CodeUnitMatrix all = f.mixed().matrix(List.of(), CodeAggregation.AGGREGATED);
            CodeUnitMatrix m = f.mixed().matrix(List.of(), CodeAggregation.AGGREGATED, List.of("unit.size > 20"));
            assertThat(m.units()).extracting(MatrixUnit::textChars).containsExactly(0L, 0L, 200L, 0L);
            // Safety in South: A[100,110): 1 segment, 10 of 200 chars; North now has no text
            assertThat(m.rows().get(0).cells().get(2)).isEqualTo(Tally.of(1, 10, 200, 1, 1));
            assertThat(m.rows().get(0).cells().get(1).hasText()).isFalse();
            assertThat(m.rows().get(0).total()).isEqualTo(Tally.of(1, 10, 200, 1, 1));
            assertThat(m.definition()).contains("Only the 1 document(s) meeting unit.size > 20");
            assertThat(all.definition()).doesNotContain("meeting");
            // no conditions: the same matrix as before
            assertThat(f.mixed().matrix(List.of(), CodeAggregation.AGGREGATED, List.of())).isEqualTo(all);
        }
    }

    @Test
    void theDocumentMatrixHasAColumnPerDocumentMeetingThem() throws Exception {
        try (var f = new StudyFixture(tmp)) {
            f.unitNumber("size", Map.of(f.north, 10.0, f.south, 30.0));
            CodeUnitMatrix m = f.mixed().documentMatrix(List.of(), CodeAggregation.AGGREGATED, List.of("unit.size <= 10"));
            assertThat(m.units()).extracting(MatrixUnit::name).containsExactly("Interview North 1", "Interview North 2");
        }
    }

    @Test
    void theCrosstabAndTheCorrelationHonourThem() throws Exception {
        try (var f = new StudyFixture(tmp)) {
            f.unitNumber("size", Map.of(f.north, 10.0, f.south, 30.0));
            Crosstab c = f.mixed().crosstab(f.variable("size"), new GroupSplit.Threshold(20), List.of(f.b), CodeAggregation.AGGREGATED,
                                            List.of("unit.size > 20"));
            // groups ≤ 20 (no carrier left) and > 20 (d3 carries Learning)
            assertThat(c.groups()).extracting(CrosstabGroup::size).containsExactly(0, 1);
            assertThat(c.definition()).contains("meeting unit.size > 20");
            JointDisplay d = f.mixed().joint(f.a, f.variable("size"), PrevalenceMeasure.CARRIERS, CodeAggregation.AGGREGATED,
                                             BootstrapSettings.DEFAULT, List.of("unit.size > 20"));
            // North loses its text: only South is a point
            assertThat(d.points()).extracting(UnitPoint::unitName).containsExactly("South");
            assertThat(d.definition()).contains("meeting unit.size > 20");
        }
    }
}
