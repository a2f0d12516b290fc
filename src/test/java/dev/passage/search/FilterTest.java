package dev.passage.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passage.model.Language;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Code, document, speaker and unit filters, alone, combined, and with or without query text. */
class FilterTest {

    private final TestDocument anna = new TestDocument(1, "Interview Anna")
            .turn("Interviewer", "Tell me about the coffee at work.", Set.of(10L), "site-A")
            .turn("Anna", "The coffee machine broke every week.", Set.of(11L, 12L), "site-A")
            .turn("Interviewer", "And the tea?", Set.of(), null)
            .turn("Anna", "Tea was fine, coffee was not.", Set.of(12L), "site-B");
    private final TestDocument bo = new TestDocument(2, "Interview Bo")
            .turn("Interviewer", "Tell me about the coffee.", Set.of(), "site-B")
            .turn("Bo", "I never drink coffee at work.", Set.of(13L), "site-B")
            .turn(null, "[end of recording]", Set.of(), null);

    private LuceneSearchIndex index;

    @BeforeEach
    void setUp() throws Exception {
        index = LuceneSearchIndex.inMemory(Language.EN);
        index.rebuild(TestDocument.all(anna, bo), 1);
    }

    @AfterEach
    void tearDown() throws Exception {
        index.close();
    }

    private SearchResult search(String text, Set<Long> codes, Set<Long> documents, Set<String> speakers,
                                Set<String> units) throws Exception {
        return index.search(new SearchQuery(text, codes, documents, speakers, units, 100));
    }

    private static Set<IndexedSegment> segmentsOf(SearchResult result, TestDocument... documents) {
        return result.hits().stream()
                .map(h -> {
                    for (TestDocument d : documents) {
                        for (IndexedSegment s : d.segments()) {
                            if (s.documentId() == h.documentId() && s.start() == h.segmentStart()) {
                                return s;
                            }
                        }
                    }
                    throw new AssertionError("No segment for " + h);
                })
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void codeFilterMatchesSegmentsWithAnyOfTheCodes() throws Exception {
        SearchResult result = search("", Set.of(11L, 13L), Set.of(), Set.of(), Set.of());

        assertThat(segmentsOf(result, anna, bo)).containsExactlyInAnyOrder(anna.segment(1), bo.segment(1));
        assertThat(segmentsOf(search("", Set.of(12L), Set.of(), Set.of(), Set.of()), anna, bo))
                .containsExactlyInAnyOrder(anna.segment(1), anna.segment(3));
        assertThat(search("", Set.of(99L), Set.of(), Set.of(), Set.of()).hits()).isEmpty();
    }

    @Test
    void filterOnlySearchGivesOneWholeSegmentRowPerSegmentInReadingOrder() throws Exception {
        SearchResult result = search("  ", Set.of(12L, 13L), Set.of(), Set.of(), Set.of());

        assertThat(result.totalSegments()).isEqualTo(3);
        assertThat(result.totalHits()).isEqualTo(3);
        assertThat(result.hits()).extracting(KwicHit::hit).containsExactly(
                anna.segment(1).text(), anna.segment(3).text(), bo.segment(1).text());
        KwicHit row = result.hits().get(1);
        assertThat(row.left()).isEmpty();
        assertThat(row.right()).isEmpty();
        assertThat(row.start()).isEqualTo(anna.segment(3).start());
        assertThat(row.end()).isEqualTo(anna.segment(3).end());
        assertThat(row.segmentStart()).isEqualTo(row.start());
        assertThat(row.segmentEnd()).isEqualTo(row.end());
        assertThat(row.speaker()).isEqualTo("Anna");
        assertThat(row.documentName()).isEqualTo("Interview Anna");
    }

    @Test
    void blankQueryWithoutFiltersListsEverySegment() throws Exception {
        SearchResult result = index.search(new SearchQuery("", Set.of(), Set.of(), Set.of(), Set.of(), 0));

        assertThat(result.totalSegments()).isEqualTo(7);
        assertThat(result.hits()).hasSize(7);
        assertThat(result.hits().getLast().speaker()).isNull();
    }

    @Test
    void documentFilter() throws Exception {
        SearchResult result = search("coffee", Set.of(), Set.of(2L), Set.of(), Set.of());

        assertThat(result.totalSegments()).isEqualTo(2);
        assertThat(result.hits()).allSatisfy(h -> assertThat(h.documentId()).isEqualTo(2L));
        assertThat(search("", Set.of(), Set.of(1L, 2L), Set.of(), Set.of()).totalSegments()).isEqualTo(7);
        assertThat(search("", Set.of(), Set.of(3L), Set.of(), Set.of()).totalSegments()).isZero();
    }

    @Test
    void speakerFilterIgnoresCase() throws Exception {
        SearchResult result = search("coffee", Set.of(), Set.of(), Set.of("anna"), Set.of());

        assertThat(segmentsOf(result, anna, bo)).containsExactlyInAnyOrder(anna.segment(1), anna.segment(3));
        assertThat(search("", Set.of(), Set.of(), Set.of("INTERVIEWER", "Bo"), Set.of()).totalSegments())
                .isEqualTo(4);
        assertThat(search("", Set.of(), Set.of(), Set.of("Ann"), Set.of()).totalSegments()).isZero();
    }

    @Test
    void unitFilter() throws Exception {
        assertThat(segmentsOf(search("", Set.of(), Set.of(), Set.of(), Set.of("site-A")), anna, bo))
                .containsExactlyInAnyOrder(anna.segment(0), anna.segment(1));
        assertThat(search("coffee", Set.of(), Set.of(), Set.of(), Set.of("site-B")).totalSegments()).isEqualTo(3);
        assertThat(search("", Set.of(), Set.of(), Set.of(), Set.of("site-a")).totalSegments()).isZero();
    }

    @Test
    void filtersCombineWithEachOtherAndTheText() throws Exception {
        assertThat(segmentsOf(search("coffee", Set.of(12L), Set.of(1L), Set.of("anna"), Set.of("site-B")), anna, bo))
                .containsExactly(anna.segment(3));
        assertThat(segmentsOf(search("coffee", Set.of(), Set.of(), Set.of("interviewer"), Set.of("site-B")), anna, bo))
                .containsExactly(bo.segment(0));
        assertThat(search("", Set.of(13L), Set.of(1L), Set.of(), Set.of()).hits()).isEmpty();
        assertThat(search("tea", Set.of(10L, 11L, 12L), Set.of(), Set.of(), Set.of()).totalSegments()).isEqualTo(1);
    }
}
