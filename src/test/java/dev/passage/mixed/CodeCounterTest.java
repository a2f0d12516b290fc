package dev.passage.mixed;

import dev.passage.model.CodingSpan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodeCounterTest {
    private static final CodeSet A = new CodeSet(1L, "A", Set.of(1L));
    private static final CodeSet A_AND_CHILD = new CodeSet(1L, "A", Set.of(1L, 2L));

    @Test
    void mergesOverlappingAndTouchingRangesPerSetAndClipsToTheText() {
        List<CodingSpan> spans = List.of(
            new CodingSpan(7, 1, 0, 10),   // A
            new CodingSpan(7, 2, 5, 15),   // child overlaps A: the aggregated set covers [0,15)
            new CodingSpan(7, 1, 15, 20),  // touches: [0,20) -> 20 chars aggregated; A alone: [0,10) + [15,20) = 15
            new CodingSpan(7, 1, 30, 99),  // runs past the text (length 40): clipped to [30,40)
            new CodingSpan(8, 2, 0, 5));   // doc 8: only the child
        var counts = CodeCounter.perDocument(List.of(A, A_AND_CHILD), spans, Map.of(7L, 40, 8L, 5));
        assertThat(counts.get(0)).containsExactly(Map.entry(7L, new CodeCounter.DocCount(3, 25)));
        assertThat(counts.get(1)).containsOnly(Map.entry(7L, new CodeCounter.DocCount(4, 30)), Map.entry(8L, new CodeCounter.DocCount(1, 5)));
    }

    @Test
    void refusesUnorderedSpans() {
        assertThatThrownBy(() -> CodeCounter.perDocument(List.of(A), List.of(new CodingSpan(1, 1, 10, 20), new CodingSpan(1, 1, 0, 5)), Map.of()))
            .isInstanceOf(IllegalStateException.class);
    }
}
