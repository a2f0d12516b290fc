package dev.passage.session;

import dev.passage.TestProjects;
import dev.passage.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The documents' read side: the list the workbench shows, a part of it, the transcript snapshot, and the first document to open. */
class DocumentQueriesTest {
    @TempDir
    Path tmp;

    @Test
    void theListingCarriesUnitsAttributesAndCodingsOfEveryDocument() throws Exception {
        try (var s = TestProjects.create(tmp, Language.EN)) {
            long b = TestProjects.importText(s, tmp, "B interview", "Interviewer: How is it?\n\nLeader: We learn from mistakes.\n");
            long a = TestProjects.importText(s, tmp, "A interview", "Interviewer: And here?\n\nStaff: We hide them.\n");
            s.caseEditor().linkDocuments(List.of(a), "North");
            long code = s.codebook().add(null, "Learning", null, null).id();
            s.coding().apply(b, 0, 11, code);

            List<DocumentListing> all = s.documents().listing();
            // in the project's stored order: the order of import until someone moves a document
            assertThat(all).extracting(DocumentListing::name).containsExactly("B interview", "A interview");
            assertThat(all.get(1).unit()).isEqualTo("North");
            assertThat(all.get(1).codings()).isEmpty();
            assertThat(all.get(0).unit()).isNull();
            assertThat(all.get(0).codings()).singleElement().satisfies(c -> assertThat(c.codeId()).isEqualTo(code));

            var some = s.documents().listing(Set.of(b, 9_999L));
            assertThat(some.rows()).extracting(DocumentListing::id).containsExactly(b);
            assertThat(some.gone()).containsExactly(9_999L);

            assertThat(s.documents().counts()).isEqualTo(new ProjectCounts(2, 1, 1));
            assertThat(s.documents().lastOrFirst(b)).contains(b);
            assertThat(s.documents().lastOrFirst(9_999L)).contains(b); // the first in the stored order
            assertThat(a).isNotEqualTo(b);
        }
    }

    @Test
    void aTranscriptSnapshotHoldsTheTextItsCodingsAndTheCodebook() throws Exception {
        try (var s = TestProjects.create(tmp, Language.EN)) {
            long doc = TestProjects.importText(s, tmp, "Leader 1", "Interviewer: How is it?\n\nLeader: We learn from mistakes.\n");
            long code = s.codebook().add(null, "Learning", null, null).id();
            s.coding().apply(doc, 0, 11, code);

            TranscriptSnapshot t = s.documents().transcript(doc).orElseThrow();
            assertThat(t.document().name()).isEqualTo("Leader 1");
            assertThat(t.codings()).singleElement().satisfies(c -> assertThat(c.end()).isEqualTo(11));
            assertThat(t.codes()).extracting(c -> c.name()).containsExactly("Learning");
            assertThat(t.counts()).containsEntry(code, 1);

            assertThat(s.documents().transcriptUpdate(doc, false).orElseThrow().codings()).isNull();
            assertThat(s.documents().transcriptUpdate(doc, true).orElseThrow().codings()).hasSize(1);
            assertThat(s.documents().transcript(9_999L)).isEmpty();
        }
    }
}
