package dev.passage.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passage.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** One writer replacing a document while others search: searches see the old or the new segments, never a mix. */
class ConcurrencyTest {

    private static List<IndexedSegment> version(String word) {
        TestDocument doc = new TestDocument(1, "Doc");
        for (int i = 0; i < 3; i++) {
            doc.turn("Anna", "turn " + i + " about " + word);
        }
        return doc.segments();
    }

    @Test
    void searchesDuringReplacementsSeeWholeDocuments() throws Exception {
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory(Language.EN);
             ExecutorService pool = Executors.newFixedThreadPool(4)) {
            index.rebuild(version("alpha"), 1);
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Future<Integer>> searchers = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                searchers.add(pool.submit(() -> {
                    int searches = 0;
                    while (writing.get() || searches == 0) {
                        SearchResult r = index.search(new SearchQuery("alpha OR beta", Set.of(), Set.of(1L),
                                Set.of(), Set.of(), 0));
                        assertThat(r.totalSegments()).isEqualTo(3);
                        assertThat(r.hits()).extracting(KwicHit::hit).containsOnly(r.hits().getFirst().hit());
                        searches++;
                    }
                    return searches;
                }));
            }
            for (int i = 0; i < 200; i++) {
                index.replaceDocument(1, version(i % 2 == 0 ? "beta" : "alpha"));
            }
            writing.set(false);
            for (Future<Integer> f : searchers) {
                assertThat(f.get()).isPositive();
            }
        }
    }

    /**
     * The index refreshes its reader lazily, when a search needs it. A search that starts after a change returned must see
     * it even while another thread is in the middle of a refresh that began before the change.
     */
    @Test
    void aSearchStartedAfterAChangeSeesItWhileOthersRefresh() throws Exception {
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory(Language.EN);
             ExecutorService pool = Executors.newFixedThreadPool(2)) {
            index.rebuild(List.of(), 1);
            AtomicBoolean running = new AtomicBoolean(true);
            List<Future<?>> busy = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                busy.add(pool.submit(() -> {
                    while (running.get()) {
                        index.search(SearchQuery.of("word"));
                    }
                    return null;
                }));
            }
            try {
                for (long id = 1; id <= 300; id++) {
                    index.replaceDocument(id, new TestDocument(id, "d" + id).turn("Anna", "word marker" + id).segments());
                    assertThat(index.search(SearchQuery.of("marker" + id)).totalSegments()).as("document %d", id).isEqualTo(1);
                }
            } finally {
                running.set(false);
            }
            for (Future<?> f : busy) {
                f.get();
            }
        }
    }
}
