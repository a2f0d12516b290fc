package dev.passage.search;

import dev.passage.model.Language;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Re-tagging segments after a coding edit, without re-indexing their document; and the index format marker. */
class SegmentCodesUpdateTest {
    @TempDir
    Path tmp;

    private static IndexedSegment seg(int ordinal, int start, String text, Set<Long> codes) {
        return new IndexedSegment(7, "Interview 7", ordinal, start, start + text.length(), "Leder", text, codes, "Vej og Park");
    }

    private static SearchQuery codes(String text, long... ids) {
        Set<Long> set = new java.util.HashSet<>();
        for (long id : ids) {
            set.add(id);
        }
        return new SearchQuery(text, set, Set.of(), Set.of(), Set.of(), 0);
    }

    @Test
    void retaggedSegmentsKeepTheirTextAndFieldsAndOnlyTheyChange() throws Exception {
        try (var index = LuceneSearchIndex.inMemory(Language.DA)) {
            index.replaceDocument(7, List.of(seg(0, 0, "Vi taler om fejl.", Set.of(1L)), seg(1, 19, "Ingen bliver hængt ud.", Set.of()),
                                             seg(2, 43, "Fejl er til at lære af.", Set.of(1L))));
            index.updateSegmentCodes(7, Map.of(1, Set.of(2L, 3L), 2, Set.of()));

            assertThat(index.search(codes("", 1)).hits()).extracting(KwicHit::segmentStart).containsExactly(0);
            assertThat(index.search(codes("", 2)).hits()).singleElement().satisfies(h -> {
                assertThat(h.hit()).isEqualTo("Ingen bliver hængt ud.");
                assertThat(h.segmentStart()).isEqualTo(19);
                assertThat(h.speaker()).isEqualTo("Leder");
                assertThat(h.documentName()).isEqualTo("Interview 7");
            });
            var unit = index.search(new SearchQuery("hængt", Set.of(), Set.of(), Set.of(), Set.of("Vej og Park"), 0));
            assertThat(unit.totalSegments()).isEqualTo(1);
            assertThat(index.search(SearchQuery.of("fejl")).totalSegments()).isEqualTo(2); // nothing duplicated or lost
            index.updateSegmentCodes(7, Map.of(99, Set.of(5L))); // not in the index: ignored
            assertThat(index.search(SearchQuery.of("")).totalSegments()).isEqualTo(3);
        }
    }

    @Test
    void anIndexWithoutTheCurrentFormatMarkerReportsMinusOne() throws Exception {
        Path dir = tmp.resolve("index");
        try (var d = FSDirectory.open(dir); var w = new IndexWriter(d, new IndexWriterConfig())) {
            w.setLiveCommitData(Map.of(LuceneSearchIndex.DATA_VERSION_KEY, "12").entrySet()); // an older Passage's index
            w.commit();
        }
        try (var index = LuceneSearchIndex.open(dir, Language.EN)) {
            assertThat(index.committedDataVersion()).isEqualTo(-1);
            index.commit(13);
        }
        try (var index = LuceneSearchIndex.open(dir, Language.EN)) {
            assertThat(index.committedDataVersion()).isEqualTo(13);
        }
    }

    @Test
    void anIndexOfTheOneFieldLayoutIsStaleAndRebuilt() throws Exception {
        Path dir = tmp.resolve("format3");
        try (var d = FSDirectory.open(dir); var w = new IndexWriter(d, new IndexWriterConfig())) {
            // an index of Passage before each document had its language: one "text" field in the project's language
            w.setLiveCommitData(Map.of(LuceneSearchIndex.DATA_VERSION_KEY, "12", LuceneSearchIndex.FORMAT_KEY, "3").entrySet());
            w.commit();
        }
        try (var index = LuceneSearchIndex.open(dir, Language.DA)) {
            assertThat(index.committedDataVersion()).isEqualTo(-1);
        }
    }
}
