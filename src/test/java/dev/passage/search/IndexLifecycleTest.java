package dev.passage.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passage.model.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Near-real-time updates, commits with data versions, reopening and recovering from a corrupt index. */
class IndexLifecycleTest {

    @TempDir
    Path tempDir;

    private static TestDocument anna(String turnText, Set<Long> codes) {
        return new TestDocument(1, "Interview Anna")
                .turn("Interviewer", "Tell me about work.")
                .turn("Anna", turnText, codes, null);
    }

    private static TestDocument bo() {
        return new TestDocument(2, "Interview Bo").turn("Bo", "The coffee was bad.", Set.of(20L), null);
    }

    private static SearchQuery codes(Long... ids) {
        return new SearchQuery("", Set.of(ids), Set.of(), Set.of(), Set.of(), 100);
    }

    @Test
    void replaceDocumentIsVisibleToTheNextSearchWithoutCommit() throws Exception {
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory(Language.EN)) {
            index.rebuild(TestDocument.all(anna("The coffee was good.", Set.of()), bo()), 4);

            index.replaceDocument(1, anna("The espresso was good.", Set.of()).segments());

            assertThat(index.search(SearchQuery.of("espresso")).totalSegments()).isEqualTo(1);
            SearchResult coffee = index.search(SearchQuery.of("coffee"));
            assertThat(coffee.hits()).extracting(KwicHit::documentId).containsExactly(2L);
            assertThat(index.committedDataVersion()).isEqualTo(4);
        }
    }

    @Test
    void replacingSegmentsWithNewCodesChangesCodeFilterResults() throws Exception {
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory(Language.EN)) {
            index.rebuild(TestDocument.all(anna("Coffee.", Set.of(10L)), bo()), 1);
            assertThat(index.search(codes(10L)).totalSegments()).isEqualTo(1);

            index.replaceDocument(1, anna("Coffee.", Set.of(11L, 20L)).segments());

            assertThat(index.search(codes(10L)).totalSegments()).isZero();
            assertThat(index.search(codes(11L)).hits()).extracting(KwicHit::hit).containsExactly("Coffee.");
            assertThat(index.search(codes(20L)).totalSegments()).isEqualTo(2);
        }
    }

    @Test
    void replacingWithAnEmptyListRemovesTheDocumentOnly() throws Exception {
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory(Language.EN)) {
            index.rebuild(TestDocument.all(anna("The coffee was good.", Set.of()), bo()), 1);

            index.replaceDocument(1, List.of());

            SearchResult all = index.search(new SearchQuery("", Set.of(), Set.of(), Set.of(), Set.of(), 0));
            assertThat(all.hits()).extracting(KwicHit::documentId).containsExactly(2L);
            assertThat(index.search(SearchQuery.of("good")).hits()).isEmpty();
        }
    }

    @Test
    void segmentsOfAnotherDocumentAreRejected() {
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory(Language.EN)) {
            assertThatThrownBy(() -> index.replaceDocument(3, bo().segments()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("belongs to document 2");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void rebuildDropsEverythingElse() throws Exception {
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory(Language.EN)) {
            index.rebuild(TestDocument.all(anna("The coffee was good.", Set.of()), bo()), 1);

            index.rebuild(bo().segments(), 2);

            assertThat(index.search(new SearchQuery("", Set.of(), Set.of(), Set.of(), Set.of(), 0)).totalSegments())
                    .isEqualTo(1);
            assertThat(index.committedDataVersion()).isEqualTo(2);
        }
    }

    @Test
    void aFailedRebuildIsNeverCommittedAsAValidVersion() throws Exception {
        Path dir = tempDir.resolve("index");
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir, Language.EN)) {
            index.rebuild(bo().segments(), 1);
            Iterable<IndexedSegment> failing = () -> Stream.concat(
                    anna("Coffee.", Set.of()).segments().stream(),
                    Stream.<IndexedSegment>generate(() -> {
                        throw new IllegalStateException("database gone");
                    }).limit(1)).iterator();

            assertThatThrownBy(() -> index.rebuild(failing, 2)).hasMessage("database gone");
            index.commit(2);

            assertThat(index.committedDataVersion()).isEqualTo(-1);
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir, Language.EN)) {
            assertThat(index.committedDataVersion()).isEqualTo(-1);
            index.rebuild(bo().segments(), 3);
            assertThat(index.committedDataVersion()).isEqualTo(3);
        }
    }

    @Test
    void newIndexHasNoDataVersion() throws Exception {
        Path dir = tempDir.resolve("not/yet/there");
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir, Language.DA)) {
            assertThat(index.committedDataVersion()).isEqualTo(-1);
            assertThat(index.search(SearchQuery.of("fejl")).hits()).isEmpty();
        }
        assertThat(dir).isDirectory();
        try (LuceneSearchIndex reopened = LuceneSearchIndex.open(dir, Language.DA)) {
            assertThat(reopened.committedDataVersion()).isEqualTo(-1);
        }
    }

    @Test
    void dataVersionAndContentSurviveCloseAndReopen() throws Exception {
        Path dir = tempDir.resolve("index");
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir, Language.EN)) {
            index.rebuild(TestDocument.all(anna("The coffee was good.", Set.of()), bo()), 7);
            assertThat(index.committedDataVersion()).isEqualTo(7);
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir, Language.EN)) {
            assertThat(index.committedDataVersion()).isEqualTo(7);
            assertThat(index.search(SearchQuery.of("coffee")).totalSegments()).isEqualTo(2);

            index.replaceDocument(1, anna("The espresso was good.", Set.of()).segments());
            index.commit(8);
            assertThat(index.committedDataVersion()).isEqualTo(8);
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir, Language.EN)) {
            assertThat(index.committedDataVersion()).isEqualTo(8);
            assertThat(index.search(SearchQuery.of("espresso")).totalSegments()).isEqualTo(1);
            assertThat(index.search(SearchQuery.of("coffee")).totalSegments()).isEqualTo(1);
        }
    }

    @Test
    void commitWithoutChangesStillRecordsTheVersion() throws Exception {
        Path dir = tempDir.resolve("index");
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir, Language.EN)) {
            index.commit(3);
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir, Language.EN)) {
            assertThat(index.committedDataVersion()).isEqualTo(3);
            index.commit(4);
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir, Language.EN)) {
            assertThat(index.committedDataVersion()).isEqualTo(4);
        }
    }

    @Test
    void uncommittedChangesAreDiscardedOnClose() throws Exception {
        Path dir = tempDir.resolve("index");
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir, Language.EN)) {
            index.rebuild(TestDocument.all(anna("The coffee was good.", Set.of()), bo()), 5);
            index.replaceDocument(1, anna("The espresso was good.", Set.of()).segments());
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir, Language.EN)) {
            assertThat(index.committedDataVersion()).isEqualTo(5);
            assertThat(index.search(SearchQuery.of("espresso")).hits()).isEmpty();
            assertThat(index.search(SearchQuery.of("coffee")).totalSegments()).isEqualTo(2);
        }
    }

    @Test
    void garbageInTheIndexFolderGivesAnEmptyIndexToRebuild() throws Exception {
        Path dir = Files.createDirectories(tempDir.resolve("index"));
        byte[] garbage = new byte[512];
        new Random(42).nextBytes(garbage);
        Files.write(dir.resolve("segments_1"), garbage);
        Files.write(dir.resolve("_0.cfs"), garbage);
        Files.writeString(dir.resolve("_0.si"), "not an index");

        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir, Language.EN)) {
            assertThat(index.committedDataVersion()).isEqualTo(-1);
            assertThat(index.search(new SearchQuery("", Set.of(), Set.of(), Set.of(), Set.of(), 0)).hits()).isEmpty();
            index.rebuild(bo().segments(), 12);
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir, Language.EN)) {
            assertThat(index.committedDataVersion()).isEqualTo(12);
            assertThat(index.search(SearchQuery.of("coffee")).totalSegments()).isEqualTo(1);
        }
    }

    @Test
    void aCommittedIndexWhoseFilesWereDamagedOpensEmpty() throws Exception {
        Path dir = tempDir.resolve("index");
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir, Language.EN)) {
            index.rebuild(TestDocument.all(anna("The coffee was good.", Set.of()), bo()), 9);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            }
        }

        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir, Language.EN)) {
            assertThat(index.committedDataVersion()).isEqualTo(-1);
            assertThat(index.search(SearchQuery.of("coffee")).hits()).isEmpty();
        }
    }

    @Test
    void aMissingSegmentFileCountsAsCorrupt() throws Exception {
        Path dir = tempDir.resolve("index");
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir, Language.EN)) {
            index.rebuild(TestDocument.all(anna("The coffee was good.", Set.of()), bo()), 9);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("segments")
                    && !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.delete(file);
            }
        }

        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir, Language.EN)) {
            assertThat(index.committedDataVersion()).isEqualTo(-1);
        }
    }

    @Test
    void anIndexInUseByAnotherOpenerIsNotMistakenForCorruptAndKept() throws Exception {
        Path dir = tempDir.resolve("index");
        try (LuceneSearchIndex first = LuceneSearchIndex.open(dir, Language.EN)) {
            first.rebuild(bo().segments(), 6);

            assertThatThrownBy(() -> LuceneSearchIndex.open(dir, Language.EN)).isInstanceOf(IOException.class);

            assertThat(first.search(SearchQuery.of("coffee")).totalSegments()).isEqualTo(1);
        }
        try (LuceneSearchIndex again = LuceneSearchIndex.open(dir, Language.EN)) {
            assertThat(again.committedDataVersion()).isEqualTo(6);
        }
    }

    @Test
    void searchAfterCloseFails() throws Exception {
        LuceneSearchIndex index = LuceneSearchIndex.inMemory(Language.EN);
        index.close();

        assertThatThrownBy(() -> index.search(SearchQuery.of("coffee"))).isInstanceOf(RuntimeException.class);
    }
}
