package dev.passage.session;

import dev.passage.TestProjects;
import dev.passage.errors.ErrorKind;
import dev.passage.importer.ImportListener;
import dev.passage.importer.ImportOutcome;
import dev.passage.importer.ImportOutcome.Status;
import dev.passage.model.Language;
import dev.passage.search.SearchFilters;
import dev.passage.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files of a pathological shape import in bounded time and memory, and a project folder deleted mid-import stops the run. */
class PathologicalImportTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void moreLabelledLinesThanTheLimitAreStoredAsPlainTextKeepingTheLabels() throws Exception {
        Path file = tmp.resolve("chat.txt");
        try (Writer w = Files.newBufferedWriter(file)) {
            for (int i = 0; i < 25_000; i++) {
                w.write((i % 2 == 0 ? "Anna" : "Bo") + ": line " + i + "\n");
            }
        }
        try (var s = TestProjects.create(tmp, Language.EN)) {
            ImportOutcome o = s.imports().importFile(file);
            assertThat(o.status()).isEqualTo(Status.IMPORTED);
            assertThat(o.warnings()).anySatisfy(w -> assertThat(w).startsWith("25,000 speaker turns are more than the 20,000"));
            assertThat(o.warnings()).anySatisfy(w -> assertThat(w).startsWith("25,000 paragraphs are more than the 20,000")
                                                                  .endsWith("every 2 consecutive ones were joined into one"));
            var doc = SessionStores.of(s).database().read(a -> a.documents().find(o.documentId())).orElseThrow();
            assertThat(doc.turns()).hasSize(12_500).allSatisfy(t -> assertThat(t.speaker()).isNull());
            assertThat(doc.text()).startsWith("Anna: line 0\nBo: line 1\n\nAnna: line 2\nBo: line 3\n\n");
            assertThat(s.search().search("\"line 24999\"", SearchFilters.NONE, 10).totalHits()).isEqualTo(1);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void subtitlesOverTheLimitAreRefusedNamingFileAndLimit() throws Exception {
        Path file = tmp.resolve("endless.srt");
        try (Writer w = Files.newBufferedWriter(file)) {
            for (int i = 0; i < 25_000; i++) {
                long ms = i * 1000L;
                String t = String.format("%02d:%02d:%02d,000", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60);
                w.write((i + 1) + "\n" + t + " --> " + t + "\nline " + i + "\n\n");
            }
        }
        try (var s = TestProjects.create(tmp, Language.EN)) {
            ImportOutcome o = s.imports().importFile(file);
            assertThat(o.status()).isEqualTo(Status.FAILED);
            assertThat(o.message()).isEqualTo("endless.srt: the file has 25,000 subtitle cues, more than the 20,000 turns a document may have;"
                                              + " split it into shorter files");
            int documents = s.documents().count();
            assertThat(documents).isZero();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theProjectFolderDeletedDuringAnImportStopsItWithADiskError() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String name : List.of("a", "b", "c")) {
            Files.writeString(in.resolve(name + ".txt"), "Interviewer: Hello " + name + ".\n\nAnna: Hi.\n");
        }
        var s = TestProjects.create(tmp, Language.EN);
        Path project = s.folder();
        try {
            List<String> done = new java.util.ArrayList<>();
            assertThatThrownBy(() -> s.imports().importPaths(List.of(in), new ImportListener() {
                @Override
                public void fileDone(ImportOutcome o, int index, int count) {
                    done.add(o.file().getFileName() + " " + o.status());
                    if (index == 0) {
                        deleteTree(project);
                    }
                }
            })).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.kind()).isEqualTo(ErrorKind.DISK);
                assertThat(e.getMessage()).contains(project.toString()).contains("is gone").contains("b.txt");
            });
            assertThat(done).containsExactly("a.txt IMPORTED");
        } finally {
            s.close();
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
