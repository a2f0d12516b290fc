package dev.passage.analysis;

import dev.passage.analysis.CodeFrequencies.Count;
import dev.passage.analysis.CodeFrequencies.GroupBy;
import dev.passage.analysis.CodeFrequencies.Request;
import dev.passage.analysis.CodeFrequencies.Result;
import dev.passage.mixed.StudyFixture;
import dev.passage.model.Segment;
import dev.passage.session.SessionStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Code frequencies on {@link StudyFixture} (codes Safety, Safety/Speaking up, Learning; all coded by anna), counted by hand:
 * Safety's own codings: d1 x2, d3, d4, d5, d7; Speaking up: d1, d2; Learning: d1, d3 x2, d6.
 */
class CodeFrequenciesTest {
    @TempDir
    Path tmp;

    private static Result count(StudyFixture f, Request r) {
        return f.session.codeFrequencies().compute(f.session.codebook().codebook(), r);
    }

    @Test
    void countsSegmentsAndDocumentsPerUnitWithSubCodes() throws Exception {
        try (var f = new StudyFixture(tmp)) {
            Result r = count(f, new Request(null, true, GroupBy.UNIT, List.of()));
            // units by name, then the documents in no unit (d7)
            assertThat(r.groups()).extracting(CodeFrequencies.Group::name).containsExactly("East", "North", "South", "West", "");
            assertThat(r.rows()).extracting(CodeFrequencies.Row::path).containsExactly("Safety", "Safety/Speaking up", "Learning");
            assertThat(r.documents()).isEqualTo(7);
            var safety = r.rows().get(0);
            // with Speaking up: d1 3 + d2 1 (North), d3 1 (South), d4 + d5 (West), d7 (no unit) = 8 in 6 documents
            assertThat(safety.total()).isEqualTo(new Count(8, 6));
            assertThat(safety.groups()).containsExactly(new Count(0, 0), new Count(4, 2), new Count(1, 1), new Count(2, 2), new Count(1, 1));
            assertThat(r.rows().get(1).total()).isEqualTo(new Count(2, 2));
            // Learning: d1 (North), d3 twice (South), d6 (West)
            assertThat(r.rows().get(2).groups()).containsExactly(new Count(0, 0), new Count(1, 1), new Count(2, 1), new Count(1, 1),
                                                                 new Count(0, 0));
            assertThat(r.rows().get(2).total()).isEqualTo(new Count(4, 3));
        }
    }

    @Test
    void codeOnlyCountsTheCodesOwnCodingsAndABranchNarrowsTheRows() throws Exception {
        try (var f = new StudyFixture(tmp)) {
            Result r = count(f, new Request(f.a, false, GroupBy.DOCUMENT, List.of()));
            assertThat(r.rows()).extracting(CodeFrequencies.Row::path).containsExactly("Safety", "Safety/Speaking up");
            assertThat(r.rows().get(0).total()).isEqualTo(new Count(6, 5));
            // documents by name: Interview North 1 first (Safety twice there)
            assertThat(r.groups()).hasSize(7);
            assertThat(r.groups().get(0).name()).isEqualTo("Interview North 1");
            assertThat(r.rows().get(0).groups().get(0)).isEqualTo(new Count(2, 1));
        }
    }

    @Test
    void byCoderSplitsTheCodingsOfEachCoder() throws Exception {
        try (var f = new StudyFixture(tmp)) {
            SessionStores.of(f.session).database().write(tx -> tx.codings().insert(f.doc[3], 150, 160, f.b, "ben", Instant.EPOCH, null));
            Result r = count(f, new Request(null, true, GroupBy.CODER, List.of()));
            assertThat(r.groups()).extracting(CodeFrequencies.Group::name).containsExactly("anna", "ben");
            assertThat(r.rows().get(2).groups()).containsExactly(new Count(4, 3), new Count(1, 1));
            assertThat(r.rows().get(2).total()).isEqualTo(new Count(5, 3));
            assertThat(f.session.codeFrequencies().segments(f.session.codebook().codebook(), f.b, true, GroupBy.CODER, "ben", List.of()))
                .extracting(Segment::start).containsExactly(150);
        }
    }

    @Test
    void conditionsNarrowTheDocumentsCounted() throws Exception {
        try (var f = new StudyFixture(tmp)) {
            f.unitNumber("size", Map.of(f.north, 10.0, f.south, 30.0));
            Result r = count(f, new Request(null, true, GroupBy.UNIT, List.of("unit.size > 20")));
            // only d3 (South) is counted: Safety 1, Learning 2 in one document; no document is in no unit any more
            assertThat(r.documents()).isEqualTo(1);
            assertThat(r.groups()).extracting(CodeFrequencies.Group::name).containsExactly("East", "North", "South", "West");
            assertThat(r.rows().get(0).total()).isEqualTo(new Count(1, 1));
            assertThat(r.rows().get(2).total()).isEqualTo(new Count(2, 1));
        }
    }

    @Test
    void theSegmentsOfAUnitsBarAreTheCodesCodingsInItsDocuments() throws Exception {
        try (var f = new StudyFixture(tmp)) {
            var book = f.session.codebook().codebook();
            List<Segment> north = f.session.codeFrequencies().segments(book, f.a, true, GroupBy.UNIT, Long.toString(f.north), List.of());
            assertThat(north).hasSize(4).allSatisfy(s -> assertThat(s.documentId()).isIn(f.doc[1], f.doc[2]));
            assertThat(f.session.codeFrequencies().segments(book, f.a, true, GroupBy.UNIT, "", List.of()))
                .extracting(Segment::documentId).containsExactly(f.doc[7]);
            assertThat(f.session.codeFrequencies().segments(book, f.a, true, GroupBy.UNIT, null, List.of())).hasSize(8);
        }
    }
}
