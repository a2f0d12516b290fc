package dev.passage.search;

import dev.passage.TestProjects;
import dev.passage.cli.PassageCli;
import dev.passage.model.Language;
import dev.passage.session.ProjectSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Any damage to the derived index (noise, a missing file, a file instead of the folder) ends in a rebuild and a notice, never an error. */
class IndexHealingTest {
    @TempDir
    Path tmp;

    private static final String TEXT = """
        Interviewer: Hvad sker der, når nogen laver en fejl?

        Leder: Vi taler åbent om fejlene. Fejl er noget, vi lærer af, og vi deler erfaringer på tværs af teams.

        Interviewer: Og medarbejderne?

        Medarbejder: Hos os skjuler man sine fejl, fordi man ikke vil hænges ud foran de andre.""";

    private Path project() throws Exception {
        try (ProjectSession s = TestProjects.create(tmp, Language.DA)) {
            for (int i = 0; i < 20; i++) {
                TestProjects.importText(s, tmp, "Interview " + i, TEXT + "\n\nLeder: Nummer " + i + " om læring og fejl.");
            }
            assertThat(s.search().search("fejl", SearchFilters.NONE, 10).totalHits()).isEqualTo(20 * 5);
        }
        return tmp.resolve("test.passage");
    }

    private static Path biggestIndexFile(Path project) throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("index"))) {
            return files.filter(Files::isRegularFile).max(Comparator.comparingLong(IndexHealingTest::size)).orElseThrow();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void noise(Path file, int bytes) throws IOException {
        byte[] junk = new byte[bytes];
        new Random(7).nextBytes(junk);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(Math.max(0, f.length() / 2 - bytes / 2));
            f.write(junk, 0, (int) Math.min(bytes, f.length()));
        }
    }

    private static void assertHealed(Path project) throws Exception {
        try (ProjectSession s = ProjectSession.open(project, "anna")) {
            assertThat(s.search().search("fejl", SearchFilters.NONE, 10).totalHits()).isEqualTo(20 * 5);
            assertThat(s.notices().drain()).singleElement().asString()
                .contains("search index was damaged").contains("rebuilt from the project database");
        }
        try (ProjectSession s = ProjectSession.open(project, "anna")) {
            assertThat(s.search().search("fejl", SearchFilters.NONE, 10).totalHits()).isEqualTo(20 * 5);
            assertThat(s.notices().drain()).as("healed for good: no notice the second time").isEmpty();
        }
    }

    @Test
    void noiseInsideTheBiggestIndexFileIsHealed() throws Exception {
        Path p = project();
        noise(biggestIndexFile(p), 4096);
        assertHealed(p);
    }

    @Test
    void aMissingIndexFileIsHealed() throws Exception {
        Path p = project();
        Files.delete(biggestIndexFile(p));
        assertHealed(p);
    }

    @Test
    void aFileWhereTheIndexFolderShouldBeIsHealed() throws Exception {
        Path p = project();
        try (Stream<Path> files = Files.list(p.resolve("index"))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(p.resolve("index"));
        Files.writeString(p.resolve("index"), "not an index");
        assertHealed(p);
    }

    @Test
    void theCommandLineSaysSoOnStderrAndSearchesAnyway() throws Exception {
        Path p = project();
        noise(biggestIndexFile(p), 4096);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PassageCli.run(new PrintWriter(out), new PrintWriter(err), "search", p.toString(), "fejl");
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("passage: note: The search index was damaged").doesNotContain("at dev.passage");
        assertThat(out.toString()).contains("100");
    }
}
