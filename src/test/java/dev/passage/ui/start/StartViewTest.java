package dev.passage.ui.start;

import atlantafx.base.theme.PrimerLight;
import dev.passage.model.Language;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.SynchronousTasks;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class StartViewTest {
    private Path dir;
    private Path existing;
    private Path gone;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Path> opened = new ArrayList<>();
    private StartViewModel vm;

    @BeforeAll
    static void buildTheSampleOnce(@TempDir Path tmp) throws Exception {
        UiFixtures.sample(tmp).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        dir = Files.createTempDirectory("start-view");
        existing = dir.resolve("existing.passage");
        ProjectSession.create(existing, "Existing study", Language.DA, "anna").close();
        gone = dir.resolve("gone.passage");
        RecentProjects recents = new RecentProjects(dir.resolve("settings"));
        recents.add(gone, "Moved away");
        recents.add(existing, "Existing study");
        UiFixtures.sample(dir.resolve("home")).close(); // the sample study is already there: the button only opens it
        vm = new StartViewModel(new SynchronousTasks(), dialogs, Messages.english(), recents, dir.resolve("home"), opened::add);
        StartView view = new StartView(vm, Messages.english());
        stage.setScene(new Scene((Parent) view.root(), 960, 640));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void clean() throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @SuppressWarnings("unchecked")
    private ListView<StartViewModel.RecentRow> recentList(FxRobot robot) {
        return robot.lookup("#start-recent").queryAs(ListView.class);
    }

    @Test
    void openProjectAsksForAFolderAndOpensIt(FxRobot robot) {
        dialogs.folderAnswers.push(existing);
        robot.clickOn("#start-open");
        assertThat(opened).containsExactly(existing);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void openingAFolderThatIsNoProjectShowsWhy(FxRobot robot) throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        dialogs.folderAnswers.push(plain);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        assertThat(opened).isEmpty();
        assertThat(dialogs.errors).singleElement().asString().contains("is not a Passage project");
    }

    @Test
    void theNewProjectFormCreatesTheProject(FxRobot robot) throws Exception {
        assertThat(robot.lookup(".start-form").query().isVisible()).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        assertThat(robot.lookup(".start-form").query().isVisible()).isTrue();
        assertThat(robot.lookup("#start-create").queryButton().isDisabled()).as("a name is needed").isTrue();

        robot.write("Pilot study");
        assertThat(robot.lookup("#start-folder").queryLabeled().getText()).endsWith("pilot-study.passage");
        Path folder = dir.resolve("chosen/pilot.passage");
        dialogs.folderAnswers.push(folder);
        robot.clickOn("#start-choose-folder");
        assertThat(robot.lookup("#start-folder").queryLabeled().getText()).isEqualTo(folder.toString());
        robot.clickOn("#start-language").clickOn(LabeledMatchers.hasText("English"));
        robot.clickOn("#start-create");

        assertThat(dialogs.errors).isEmpty();
        assertThat(opened).containsExactly(folder);
        try (ProjectSession s = ProjectSession.open(folder, "anna")) {
            assertThat(s.info().name()).isEqualTo("Pilot study");
            assertThat(s.info().language()).isEqualTo(Language.EN);
        }
        assertThat(robot.lookup(".start-form").query().isVisible()).as("the form closes").isFalse();
    }

    @Test
    void escapeClosesTheFormWithoutCreatingAnything(FxRobot robot) {
        robot.clickOn("#start-new");
        robot.write("Never mind");
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup(".start-form").query().isVisible()).isFalse();
        assertThat(robot.lookup(".start-actions").query().isVisible()).isTrue();
        assertThat(opened).isEmpty();
    }

    @Test
    void theSampleButtonOpensTheSampleStudy(FxRobot robot) {
        robot.clickOn("#start-sample");
        assertThat(opened).containsExactly(dir.resolve("home/sample.passage"));
        assertThat(dialogs.errors).isEmpty();
        assertThat(recentList(robot).getItems()).extracting(StartViewModel.RecentRow::name)
            .startsWith("Learning culture in Søndervig Kommune 2026");
    }

    @Test
    void recentProjectsOpenOnDoubleClickAndMissingOnesCanBeRemoved(FxRobot robot) {
        ListView<StartViewModel.RecentRow> list = recentList(robot);
        assertThat(list.getItems()).extracting(StartViewModel.RecentRow::name, StartViewModel.RecentRow::missing)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("Existing study", false),
                             org.assertj.core.groups.Tuple.tuple("Moved away", true));
        var missingLabels = robot.lookup(".recent-missing").queryAll().stream().filter(n -> n.isVisible()).toList();
        assertThat(missingLabels).hasSize(1);
        assertThat(robot.lookup(".list-cell").queryAll().stream()
                        .filter(n -> n.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("missing")))).hasSize(1);

        robot.doubleClickOn(LabeledMatchers.hasText("Existing study"));
        assertThat(opened).containsExactly(existing.toAbsolutePath().normalize());

        Button remove = robot.lookup(".recent-remove").queryAll().stream().filter(n -> n.isVisible()).map(Button.class::cast)
                             .findFirst().orElseThrow();
        robot.clickOn(remove);
        assertThat(list.getItems()).extracting(StartViewModel.RecentRow::name).containsExactly("Existing study");
        assertThat(new RecentProjects(dir.resolve("settings")).list()).extracting(RecentProjects.Entry::name)
            .containsExactly("Existing study");
    }

    @Test
    void enterOpensTheSelectedRecentProject(FxRobot robot) {
        robot.clickOn(LabeledMatchers.hasText("Existing study"));
        robot.type(KeyCode.ENTER);
        assertThat(opened).containsExactly(existing.toAbsolutePath().normalize());
    }
}
