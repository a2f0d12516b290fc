package dev.passage.analysis;

import dev.passage.model.Coding;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CoOccurrenceTest {
    private static long nextId = 1;

    private static Coding c(long doc, int start, int end, long code) {
        return new Coding(nextId++, doc, start, end, code, "anna", Instant.EPOCH, null);
    }

    @Test
    void countsOverlappingPairsPerCodePairAndTheirDocuments() {
        List<Coding> codings = List.of(
            c(1, 0, 100, 10),   // A: long passage
            c(1, 10, 20, 20),   // B inside A
            c(1, 90, 110, 20),  // B overlapping A's end
            c(1, 100, 120, 30), // C touches A's end (no overlap), overlaps the second B
            c(2, 0, 50, 10),    // doc 2: A
            c(2, 40, 60, 20),   // B overlaps A
            c(2, 60, 70, 30),   // C touches B only
            c(2, 5, 6, 10));    // A again inside A: same code, not a pair
        var pairs = CoOccurrence.compute(codings);
        assertThat(pairs).containsExactly(
            new CoOccurrence.Pair(10, 20, 3, 2),
            new CoOccurrence.Pair(20, 30, 1, 1));
    }

    @Test
    void noCodingsNoPairs() {
        assertThat(CoOccurrence.compute(List.of())).isEmpty();
    }

    /** On {@link dev.passage.mixed.StudyFixture}: d1 has Safety [0,20) and [10,30) and Speaking up [50,60) inside Learning [0,100). */
    @Test
    void pairsTheirSegmentsAndConditionsOnTheFixture(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        try (var f = new dev.passage.mixed.StudyFixture(tmp)) {
            var co = f.session.coOccurrence();
            assertThat(co.where(List.of())).containsExactly(new CoOccurrence.Pair(f.a, f.b, 2, 1), new CoOccurrence.Pair(f.a1, f.b, 1, 1));
            var book = f.session.codebook().codebook();
            assertThat(co.segments(book, f.a, f.b, List.of())).extracting(dev.passage.model.Segment::start, dev.passage.model.Segment::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 20), org.assertj.core.groups.Tuple.tuple(0, 100),
                                 org.assertj.core.groups.Tuple.tuple(10, 30));
            assertThat(co.segments(book, f.a, f.a, List.of())).isEmpty();
            f.unitNumber("size", java.util.Map.of(f.north, 10.0, f.south, 30.0));
            // South (d3) has Learning and Safety, but apart: no pair there
            assertThat(co.where(List.of("unit.size > 20"))).isEmpty();
            assertThat(co.where(List.of("unit.size < 20"))).hasSize(2);
            assertThat(co.segments(book, f.a, f.b, List.of("unit.size > 20"))).isEmpty();
        }
    }
}
