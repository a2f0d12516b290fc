package dev.passage.session;

import dev.passage.TestProjects;
import dev.passage.importer.ImportCandidate;
import dev.passage.importer.ImportCandidate.Exclusion;
import dev.passage.importer.ImportListener;
import dev.passage.importer.ImportOutcome;
import dev.passage.importer.ImportOutcome.Status;
import dev.passage.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What a folder import takes, leaves out and names: README-like files, project folders, re-imports, same-named files. */
class FolderImportTest {
    private static final String TALK = "Interviewer: Hvad sker der?\n\nLeder: Vi lærer af fejl.\n";

    @TempDir
    Path tmp;

    @Test
    void thePreviewListsEveryFileWithFormatSizeAndWhyItIsLeftOut() throws Exception {
        TestProjects.write(tmp, "in/a.txt", TALK);
        TestProjects.write(tmp, "in/README.md", "# About these interviews");
        TestProjects.write(tmp, "in/LICENSE", "MIT");
        TestProjects.write(tmp, "in/sub/copying.txt", "GPL");
        TestProjects.write(tmp, "in/.notes.txt", "hidden");
        TestProjects.write(tmp, "in/photo.jpg", "jpeg");
        try (var s = TestProjects.create(tmp, Language.DA)) {
            var found = s.imports().preview(tmp.resolve("in"));
            Map<String, ImportCandidate> byPath = found.files().stream()
                                                       .collect(Collectors.toMap(ImportCandidate::shownPath, Function.identity()));
            assertThat(byPath.keySet()).containsExactlyInAnyOrder("a.txt", "README.md", "LICENSE", "sub/copying.txt", ".notes.txt", "photo.jpg");
            assertThat(byPath.get("a.txt").exclusion()).isEqualTo(Exclusion.NONE);
            assertThat(byPath.get("a.txt").size()).isEqualTo(TALK.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            assertThat(byPath.get("README.md").exclusion()).isEqualTo(Exclusion.LIKELY_NOT_TRANSCRIPT);
            assertThat(byPath.get("sub/copying.txt").exclusion()).isEqualTo(Exclusion.LIKELY_NOT_TRANSCRIPT);
            assertThat(byPath.get(".notes.txt").exclusion()).isEqualTo(Exclusion.HIDDEN);
            assertThat(byPath.get("LICENSE").exclusion()).isEqualTo(Exclusion.UNSUPPORTED);
            assertThat(byPath.get("photo.jpg").importable()).isFalse();
            assertThat(byPath.get("README.md").importable()).isTrue();

            s.imports().importFile(tmp.resolve("in/a.txt"));
            assertThat(s.imports().preview(tmp.resolve("in")).files()).filteredOn(c -> c.shownPath().equals("a.txt"))
                .singleElement().extracting(ImportCandidate::exclusion).isEqualTo(Exclusion.ALREADY_IMPORTED);
        }
    }

    @Test
    void aFolderImportLeavesOutReadmeLikeFilesUnlessAllAreTaken() throws Exception {
        TestProjects.write(tmp, "in/a.txt", TALK);
        TestProjects.write(tmp, "in/README.md", "# About these interviews");
        TestProjects.write(tmp, "in/NOTICE.txt", "Notice");
        try (var s = TestProjects.create(tmp, Language.DA)) {
            var report = s.imports().importPaths(List.of(tmp.resolve("in")), ImportListener.NONE);
            assertThat(report.count(Status.IMPORTED)).isEqualTo(1);
            assertThat(report.outcomes()).filteredOn(ImportOutcome::leftOutByDefault).extracting(o -> o.file().getFileName().toString())
                .containsExactlyInAnyOrder("README.md", "NOTICE.txt");
            assertThat(s.documents().summaries()).extracting(d -> d.name()).containsExactly("a");

            var all = s.imports().importPaths(List.of(tmp.resolve("in")), true, ImportListener.NONE, () -> false);
            assertThat(all.count(Status.IMPORTED)).isEqualTo(2);
            assertThat(all.outcomes()).filteredOn(ImportOutcome::alreadyImported).hasSize(1);
            assertThat(all.failures()).isEmpty();
        }
    }

    @Test
    void reimportingAFolderSkipsWhatIsAlreadyImportedInsteadOfFailing() throws Exception {
        TestProjects.write(tmp, "in/a.txt", TALK);
        TestProjects.write(tmp, "in/b.txt", TALK);
        try (var s = TestProjects.create(tmp, Language.DA)) {
            s.imports().importPaths(List.of(tmp.resolve("in")), ImportListener.NONE);
            TestProjects.write(tmp, "in/c.txt", TALK);
            var again = s.imports().importPaths(List.of(tmp.resolve("in")), ImportListener.NONE);
            assertThat(again.failures()).isEmpty();
            assertThat(again.count(Status.IMPORTED)).isEqualTo(1);
            assertThat(again.outcomes()).filteredOn(ImportOutcome::alreadyImported).hasSize(2);
        }
    }

    @Test
    void aFolderImportNeverWalksIntoAProjectFolder() throws Exception {
        TestProjects.write(tmp, "in/a.txt", TALK);
        TestProjects.write(tmp, "in/old.passage/notes.txt", "a file inside another project");
        TestProjects.write(tmp, "in/unnamed/" + ProjectFolders.DATABASE_FILE, "not really a database");
        TestProjects.write(tmp, "in/unnamed/readme-not.txt", "inside a folder holding a project");
        try (var s = ProjectSession.create(tmp.resolve("in/study.passage"), "Study", Language.DA, "anna")) {
            TestProjects.write(tmp, "in/study.passage/stray.txt", "inside the project being imported into");
            var report = s.imports().importPaths(List.of(tmp.resolve("in")), ImportListener.NONE);
            assertThat(report.outcomes()).filteredOn(o -> o.status() == Status.IMPORTED)
                .extracting(ImportOutcome::documentName).containsExactly("a");
            assertThat(report.failures()).isEmpty();
            assertThat(report.outcomes()).filteredOn(o -> o.status() == Status.SKIPPED).extracting(ImportOutcome::message)
                .anySatisfy(m -> assertThat(m).contains("old.passage").contains("project folder"))
                .anySatisfy(m -> assertThat(m).contains("unnamed").contains("project folder"))
                .anySatisfy(m -> assertThat(m).contains("study.passage").contains("project folder"));
            assertThat(s.imports().importPaths(List.of(tmp.resolve("in/old.passage")), ImportListener.NONE).count(Status.IMPORTED)).isZero();
        }
    }

    @Test
    void sameNamedFilesFromSeveralFoldersGetDistinguishableNames() throws Exception {
        for (String site : List.of("site-a", "site-b", "site-c")) {
            TestProjects.write(tmp, "in/" + site + "/interview.txt", TALK + site);
        }
        TestProjects.write(tmp, "in/site-a/notes.txt", TALK);
        TestProjects.write(tmp, "in/site-a/notes.md", TALK);
        TestProjects.write(tmp, "in/site-b/focus.txt", TALK);
        try (var s = TestProjects.create(tmp, Language.DA)) {
            var report = s.imports().importPaths(List.of(tmp.resolve("in")), ImportListener.NONE);
            assertThat(report.failures()).isEmpty();
            assertThat(report.outcomes()).extracting(ImportOutcome::documentName)
                .containsExactly("site-a/interview", "notes.md", "notes.txt", "focus", "site-b/interview", "site-c/interview");
            // a later single file of a name the project has gets the file name, then its folder
            TestProjects.write(tmp, "later/site-a/interview.txt", TALK);
            TestProjects.write(tmp, "later/focus.txt", TALK);
            assertThat(s.imports().importFile(tmp.resolve("later/focus.txt")).documentName()).isEqualTo("focus.txt");
            assertThat(s.imports().importFile(tmp.resolve("later/site-a/interview.txt")).documentName()).isEqualTo("interview");
        }
    }
}
