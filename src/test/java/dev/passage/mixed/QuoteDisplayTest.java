package dev.passage.mixed;

import dev.passage.model.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Side-by-side quotes on {@link StudyFixture}, scores North 1, South 2, West 3, East 4 (East has no text). */
class QuoteDisplayTest {
    @TempDir
    Path tmp;

    @Test
    void ranksUnitsAndQuotesBothEnds() throws Exception {
        try (var f = new StudyFixture(tmp)) {
            f.unitNumber("score", Map.of(f.north, 1.0, f.south, 2.0, f.west, 3.0, f.east, 4.0));
            QuoteDisplay q = f.mixed().quotes(f.a, f.variable("score"), QuoteSelection.FIRST, 1, 1, CodeAggregation.AGGREGATED);
            assertThat(q.ranking()).extracting(RankedUnit::rank, RankedUnit::unitName, RankedUnit::score).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "West", 3.0), org.assertj.core.groups.Tuple.tuple(2, "South", 2.0),
                org.assertj.core.groups.Tuple.tuple(3, "North", 1.0));
            assertThat(q.excluded()).containsExactly(new ExcludedUnit(f.east, "East", "no text"));
            // highest: West; first in document order: "R1 · Q1" [0,10)
            assertThat(q.highest()).singleElement().satisfies(u -> {
                assertThat(u.unitName()).isEqualTo("West");
                assertThat(u.score()).isEqualTo(3.0);
                assertThat(u.segments()).isEqualTo(2);
                assertThat(u.quotes()).extracting(Segment::documentName, Segment::start, Segment::end, Segment::text)
                                      .containsExactly(org.assertj.core.groups.Tuple.tuple("R1 · Q1", 0, 10, "R1 · Q1: w"));
            });
            // lowest: North; first in document order is d1's A[0,20); with sub-codes North has 4 segments
            assertThat(q.lowest()).singleElement().satisfies(u -> {
                assertThat(u.unitName()).isEqualTo("North");
                assertThat(u.segments()).isEqualTo(4);
                assertThat(u.quotes()).extracting(Segment::start, Segment::end).containsExactly(org.assertj.core.groups.Tuple.tuple(0, 20));
            });
            assertThat(q.definition()).contains("the first 1 coded segment(s) in document order");

            QuoteDisplay longest = f.mixed().quotes(f.a, f.variable("score"), QuoteSelection.LONGEST, 2, 3, CodeAggregation.AGGREGATED);
            // 3 ranked units: 2 on the high side (West, South), 1 on the low side (North), never the same unit twice
            assertThat(longest.highest()).extracting(UnitQuotes::unitName).containsExactly("West", "South");
            assertThat(longest.lowest()).extracting(UnitQuotes::unitName).containsExactly("North");
            // West longest: R1 · Q2 [0,60) (60), then R1 · Q1 [0,10); North: d1 [0,20) and [10,30) tie at 20 -> document order
            assertThat(longest.highest().getFirst().quotes()).extracting(Segment::documentName).containsExactly("R1 · Q2", "R1 · Q1");
            assertThat(longest.lowest().getFirst().quotes()).extracting(Segment::start, Segment::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 20), org.assertj.core.groups.Tuple.tuple(10, 30));
        }
    }

    @Test
    void equalScoresShareARank() throws Exception {
        try (var f = new StudyFixture(tmp)) {
            f.unitNumber("score", Map.of(f.north, 2.0, f.south, 2.0, f.west, 1.0));
            QuoteDisplay q = f.mixed().quotes(f.b, f.variable("score"), QuoteSelection.FIRST, 1, 1, CodeAggregation.AGGREGATED);
            assertThat(q.ranking()).extracting(RankedUnit::rank, RankedUnit::unitName).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "North"), org.assertj.core.groups.Tuple.tuple(1, "South"),
                org.assertj.core.groups.Tuple.tuple(3, "West"));
        }
    }
}
