package dev.passage.interop;

import dev.passage.model.CodeDescription;
import dev.passage.model.Language;
import dev.passage.session.ProjectSession;
import dev.passage.session.SessionStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** V8's code.guid: old projects open with none (exports generate them as before); imports keep the file's; exports use it. */
class CodeGuidTest {
    @TempDir
    Path tmp;

    private static Map<Long, String> stored(ProjectSession s) {
        return SessionStores.of(s).database().read(a -> a.codes().guids());
    }

    private static String exportedGuid(Path qdpx, String codeName) throws Exception {
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("<Code guid=\"([^\"]+)\" name=\"" + Pattern.quote(codeName) + "\"").matcher(xml);
            assertThat(m.find()).as("code %s in the export", codeName).isTrue();
            return m.group(1);
        }
    }

    @Test
    void anOldProjectOpensWithoutGuidsAndExportsTheGeneratedOnes() throws Exception {
        Path folder = tmp.resolve("old.passage");
        long work;
        try (ProjectSession s = ProjectSession.create(folder, "Old", Language.EN, "anna")) {
            work = s.codebook().addPath("Work", "#336699", CodeDescription.EMPTY).id();
        }
        // back to the schema before V8, as an older Passage left it
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("project"), "sa", "");
             var st = c.createStatement()) {
            dev.passage.store.MigrationUndo.revertTo(st, 7);   // V8 and everything after it
        }
        try (ProjectSession s = ProjectSession.open(folder, "anna")) {
            assertThat(stored(s)).isEmpty();
            assertThat(s.codebook().resolve("Work").id()).isEqualTo(work);
            Path out = tmp.resolve("old.qdpx");
            s.interop().exportProject(out);
            assertThat(exportedGuid(out, "Work")).isEqualTo(Guids.forProject(s.info()).of("code", work));
            long made = s.codebook().addPath("Made later", "#111111", CodeDescription.EMPTY).id();
            assertThat(stored(s)).containsOnlyKeys(made);
        }
    }

    @Test
    void importsKeepTheFilesGuidsAndExportsWriteThemAgain() throws Exception {
        Path first = tmp.resolve("first.passage");
        Path qdpx = tmp.resolve("first.qdpx");
        try (ProjectSession s = ProjectSession.create(first, "First", Language.EN, "anna")) {
            s.codebook().addPath("Feelings/Hope", "#336699", CodeDescription.EMPTY);
            s.interop().exportProject(qdpx);
            s.interop().exportCodebook(tmp.resolve("first.qdc"));
        }
        String hope = exportedGuid(qdpx, "Hope");
        Path second = tmp.resolve("second.passage");
        QdpxImporter.importProject(qdpx, second, ImportOptions.of(Language.EN, "ben"));
        try (ProjectSession s = ProjectSession.open(second, "ben")) {
            assertThat(stored(s)).containsEntry(s.codebook().resolve("Feelings/Hope").id(), hope);
            Path again = tmp.resolve("second.qdpx");
            s.interop().exportProject(again);
            assertThat(exportedGuid(again, "Hope")).isEqualTo(hope);
        }
        try (ProjectSession s = ProjectSession.create(tmp.resolve("third.passage"), "Third", Language.EN, "ben")) {
            s.interop().importCodebook(tmp.resolve("first.qdc"));
            assertThat(stored(s)).containsEntry(s.codebook().resolve("Feelings/Hope").id(), hope);
        }
    }
}
