package dev.passage.ui.exchange;

import dev.passage.interop.QdpxExporter;
import dev.passage.model.Language;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.SynchronousTasks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class RefiImportViewModelTest {
    @TempDir
    Path dir;
    UiFixtures.ScriptedDialogs dialogs;
    List<Path> opened;
    RefiImportViewModel vm;

    @BeforeAll
    static void buildSample(@TempDir Path warm) throws Exception {
        UiFixtures.sample(warm).close();
    }

    @BeforeEach
    void setUp() {
        dialogs = new UiFixtures.ScriptedDialogs();
        opened = new ArrayList<>();
        vm = new RefiImportViewModel(new SynchronousTasks(), dialogs, Messages.english(), "anna", opened::add);
    }

    @Test
    void importsAnExportedProjectReportsItAndOpensIt() throws Exception {
        Path qdpx = dir.resolve("study.qdpx");
        int documents;
        try (ProjectSession sample = UiFixtures.sample(dir)) {
            sample.interop().exportProject(qdpx);
            documents = sample.documents().count();
        }
        dialogs.pathAnswers.add(qdpx);
        vm.chooseFile();
        assertThat(vm.folderProperty().get()).isEqualTo(dir.resolve("study.passage"));
        dialogs.folderAnswers.add(dir.resolve("imported.passage"));
        vm.chooseFolder();
        vm.languageProperty().set(Language.DA);

        assertThat(vm.importProject()).isTrue();

        Path folder = dir.resolve("imported.passage");
        assertThat(opened).containsExactly(folder);
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.infos).singleElement().asString()
            .startsWith("Project imported: Imported study.qdpx into the new project " + folder)
            .contains(documents + " documents").contains("codings");
        try (ProjectSession imported = ProjectSession.open(folder, "anna")) {
            assertThat(imported.documents().count()).isEqualTo(documents);
            assertThat(imported.info().language()).isEqualTo(Language.DA);
        }
        assertThat(vm.lastReportProperty().get().count("documents")).isEqualTo(documents);
    }

    @Test
    void anNvivoProjectListsWhatCouldNotBeCarriedOver() {
        Path nvivo = Path.of(System.getProperty("passage.test.shared", "../shared")).resolve("refi-qda/samples/nvivo12win-oltas.qdpx");
        assumeTrue(Files.exists(nvivo), "the shared REFI-QDA sample " + nvivo + " is not here");
        vm.fileProperty().set(nvivo);
        vm.folderProperty().set(dir.resolve("oltas.passage"));

        vm.importProject();

        assertThat(dialogs.errors).isEmpty();
        assertThat(opened).containsExactly(dir.resolve("oltas.passage"));
        var report = vm.lastReportProperty().get();
        assertThat(report.count("documents")).isPositive();
        String info = dialogs.infos.getFirst();
        assertThat(info).contains("Carried over: ");
        report.losses().forEach(l -> assertThat(info).contains(l.item() + ": " + l.reason()));
        report.warnings().forEach(w -> assertThat(info).contains(w));
    }

    @Test
    void aBrokenFileShowsItsNameAndOpensNothing() throws Exception {
        Path broken = dir.resolve("broken.qdpx");
        Files.writeString(broken, "this is not a zip file");
        vm.fileProperty().set(broken);
        vm.folderProperty().set(dir.resolve("new.passage"));

        vm.importProject();

        assertThat(opened).isEmpty();
        assertThat(dialogs.infos).isEmpty();
        assertThat(dialogs.errors).singleElement().asString().startsWith("Could not import broken.qdpx: ").contains("broken.qdpx");
        assertThat(dir.resolve("new.passage")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void needsAFileAndAFolderBeforeItCanImport() {
        assertThat(vm.canImportProperty().get()).isFalse();
        assertThat(vm.importProject()).isFalse();
        vm.fileProperty().set(dir.resolve("x.qdpx"));
        assertThat(vm.canImportProperty().get()).isFalse();
        vm.folderProperty().set(dir.resolve("x.passage"));
        assertThat(vm.canImportProperty().get()).isTrue();
    }

    @Test
    void suggestsAFreeFolderBesideTheFile() throws Exception {
        Path file = dir.resolve("nvivo study.qdpx");
        assertThat(RefiImportViewModel.suggestedFolder(file)).isEqualTo(dir.resolve("nvivo study.passage"));
        Files.createDirectories(dir.resolve("nvivo study.passage"));
        assertThat(RefiImportViewModel.suggestedFolder(file)).isEqualTo(dir.resolve("nvivo study-2.passage"));
    }

    @Test
    void theLanguageFollowsTheWorkbenchLanguage() {
        assertThat(vm.languageProperty().get()).isEqualTo(Language.EN);
        assertThat(RefiImportViewModel.defaultLanguage(Locale.of("da"))).isEqualTo(Language.DA);
        assertThat(RefiImportViewModel.defaultLanguage(Locale.of("sv", "SE"))).isEqualTo(Language.SV);
    }
}
