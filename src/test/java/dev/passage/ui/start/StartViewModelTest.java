package dev.passage.ui.start;

import dev.passage.model.Language;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.SynchronousTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StartViewModelTest {
    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final SynchronousTasks tasks = new SynchronousTasks();
    private final List<Path> opened = new ArrayList<>();
    private RecentProjects recents;

    private StartViewModel vm() {
        recents = new RecentProjects(dir.resolve("settings"));
        return new StartViewModel(tasks, dialogs, Messages.english(), recents, dir.resolve("home"), opened::add);
    }

    @Test
    void createsANewProjectInTheChosenFolderAndOpensIt() throws Exception {
        StartViewModel vm = vm();
        vm.showNewProjectForm();
        assertThat(vm.formOpenProperty().get()).isTrue();
        assertThat(vm.canCreateProperty().get()).isFalse();
        vm.newNameProperty().set("Læringskultur 2027");
        vm.newLanguageProperty().set(Language.SV);
        Path folder = dir.resolve("studies/lk.passage");
        dialogs.folderAnswers.push(folder);
        vm.chooseNewProjectFolder();
        assertThat(vm.newFolderProperty().get()).isEqualTo(folder);

        vm.createProject();

        assertThat(dialogs.errors).isEmpty();
        assertThat(opened).containsExactly(folder);
        assertThat(vm.formOpenProperty().get()).isFalse();
        try (ProjectSession s = ProjectSession.open(folder, "anna")) {
            assertThat(s.info().name()).isEqualTo("Læringskultur 2027");
            assertThat(s.info().language()).isEqualTo(Language.SV);
        }
        assertThat(recents.list()).extracting(RecentProjects.Entry::name).containsExactly("Læringskultur 2027");
        assertThat(vm.recentProjects()).extracting(StartViewModel.RecentRow::missing).containsExactly(false);
        assertThat(tasks.titles()).contains("Creating the project");
    }

    @Test
    void withoutAChosenFolderTheProjectGoesToTheProjectsFolder() {
        StartViewModel vm = vm();
        vm.showNewProjectForm();
        vm.newNameProperty().set("Team Learning / Pilot");
        assertThat(vm.newFolderProperty().get()).isEqualTo(dir.resolve("home/team-learning-pilot.passage"));
        vm.createProject();
        assertThat(opened).containsExactly(dir.resolve("home/team-learning-pilot.passage"));
        assertThat(Files.isRegularFile(dir.resolve("home/team-learning-pilot.passage/project.mv.db"))).isTrue();
    }

    @Test
    void creatingInAFolderThatIsNotEmptySaysSoAndOpensNothing() throws Exception {
        StartViewModel vm = vm();
        Path busyFolder = Files.createDirectories(dir.resolve("taken.passage"));
        Files.writeString(busyFolder.resolve("notes.txt"), "mine");
        vm.showNewProjectForm();
        vm.newNameProperty().set("Taken");
        dialogs.folderAnswers.push(busyFolder);
        vm.chooseNewProjectFolder();
        vm.createProject();
        assertThat(opened).isEmpty();
        assertThat(dialogs.errors).singleElement().asString()
            .startsWith("The project could not be created: ").contains("taken.passage").contains("not empty");
        assertThat(vm.formOpenProperty().get()).as("the form stays for another try").isTrue();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void opensAChosenProjectAndRemembersIt() throws Exception {
        Path folder = dir.resolve("existing.passage");
        ProjectSession.create(folder, "Existing study", Language.DA, "anna").close();
        StartViewModel vm = vm();
        dialogs.folderAnswers.push(folder);
        vm.openProject();
        assertThat(opened).containsExactly(folder);
        assertThat(vm.lastOpenedProperty().get()).isEqualTo(folder);
        assertThat(vm.recentProjects()).extracting(StartViewModel.RecentRow::name).containsExactly("Existing study");
    }

    @Test
    void aFolderThatIsNoProjectOrIsAlreadyOpenGivesAClearMessage() throws Exception {
        StartViewModel vm = vm();
        Path plain = Files.createDirectories(dir.resolve("plain"));
        dialogs.folderAnswers.push(plain);
        vm.openProject();
        assertThat(dialogs.errors).singleElement().asString()
            .isEqualTo("The project could not be opened: " + plain + " is not a Passage project (it has no project.mv.db)");

        Path folder = dir.resolve("busy.passage");
        try (ProjectSession elsewhere = ProjectSession.create(folder, "Busy", Language.EN, "bo")) {
            dialogs.folderAnswers.push(folder);
            vm.openProject();
        }
        assertThat(dialogs.errors).hasSize(2);
        assertThat(dialogs.errors.get(1)).contains("already open in another Passage window");
        assertThat(opened).isEmpty();
        assertThat(recents.list()).isEmpty();
    }

    @Test
    void aMissingRecentProjectIsShownAsMissingAndCanBeRemoved() throws Exception {
        Path folder = dir.resolve("kept.passage");
        ProjectSession.create(folder, "Kept", Language.EN, "anna").close();
        RecentProjects seeded = new RecentProjects(dir.resolve("settings"));
        seeded.add(dir.resolve("gone.passage"), "Gone study");
        seeded.add(folder, "Kept");
        StartViewModel vm = vm();
        assertThat(vm.recentProjects()).extracting(StartViewModel.RecentRow::name, StartViewModel.RecentRow::missing)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("Kept", false), org.assertj.core.groups.Tuple.tuple("Gone study", true));

        StartViewModel.RecentRow gone = vm.recentProjects().get(1);
        dialogs.confirmAnswers.push(false);
        vm.open(gone);
        assertThat(dialogs.confirmations).singleElement().asString().contains("Gone study").contains("gone.passage");
        assertThat(vm.recentProjects()).hasSize(2);
        assertThat(opened).isEmpty();

        vm.remove(gone);
        assertThat(vm.recentProjects()).extracting(StartViewModel.RecentRow::name).containsExactly("Kept");
        assertThat(new RecentProjects(dir.resolve("settings")).list()).extracting(RecentProjects.Entry::name).containsExactly("Kept");

        vm.open(vm.recentProjects().getFirst());
        assertThat(opened).containsExactly(folder.toAbsolutePath().normalize());
    }

    @Test
    void theSampleStudyIsBuiltOnceThenOpened() throws Exception {
        StartViewModel vm = vm();
        vm.openSample();
        Path sample = dir.resolve("home/sample.passage");
        assertThat(dialogs.errors).isEmpty();
        assertThat(opened).containsExactly(sample);
        assertThat(tasks.titles()).contains("Preparing the sample study");
        try (ProjectSession s = ProjectSession.open(sample, "anna")) {
            assertThat((int) s.documents().count()).isEqualTo(16 + 679); // interviews and survey answers
            s.codebook().add(null, "Marker added after the first opening", null, null);
        }
        assertThat(Files.list(dir.resolve("home")).map(p -> p.getFileName().toString()).toList())
            .as("no staging folder is left behind").containsExactly("sample.passage");

        vm.openSample();
        assertThat(opened).containsExactly(sample, sample);
        try (ProjectSession s = ProjectSession.open(sample, "anna")) {
            assertThat(s.codebook().codebook().findByPath("Marker added after the first opening")).as("not rebuilt").isPresent();
        }
        assertThat(vm.recentProjects()).extracting(StartViewModel.RecentRow::name)
            .containsExactly("Learning culture in Søndervig Kommune 2026");
    }

    @Test
    void aFailingShellCallbackBecomesADialog() throws Exception {
        Path folder = dir.resolve("p.passage");
        ProjectSession.create(folder, "P", Language.EN, "anna").close();
        recents = new RecentProjects(dir.resolve("settings"));
        StartViewModel vm = new StartViewModel(tasks, dialogs, Messages.english(), recents, dir.resolve("home"), p -> {
            throw new IllegalStateException("The workbench window could not be shown");
        });
        dialogs.folderAnswers.push(folder);
        vm.openProject();
        assertThat(dialogs.errors).containsExactly("The project could not be opened: The workbench window could not be shown");
        assertThat(vm.busyProperty().get()).isFalse();
    }
}
