package dev.passage.ui.cases;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;
import dev.passage.session.ProjectSession;
import dev.passage.ui.PngSnapshots;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.session.SessionStores;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Clicks through both import dialogs on the sample files and writes PNGs of them in light and dark (to look at). */
@ExtendWith(ApplicationExtension.class)
class ImportViewsTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    Stage stage;

    @BeforeAll
    static void buildSample(@TempDir Path warm) throws Exception {
        UiFixtures.sample(warm).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        context.detach();
        session.close();
    }

    private void show(FxRobot robot, javafx.scene.Node root, double w, double h) {
        robot.interact(() -> {
            stage.setScene(new Scene((Parent) root, w, h));
            stage.show();
        });
    }

    @Test
    void unitScoresPreviewChooseATypeImportAndReport(FxRobot robot) {
        UnitImportViewModel vm = new UnitImportViewModel(context, new UiFixtures.ScriptedDialogs());
        UnitImportView view = new UnitImportView(vm, context.messages());
        show(robot, view.root(), 1000, 620);
        robot.interact(() -> vm.open(UnitImportViewModelTest.UNITS));

        @SuppressWarnings("unchecked")
        TableView<java.util.List<String>> table = robot.lookup(".cases-preview").queryAs(TableView.class);
        assertThat(table.getColumns()).hasSize(vm.headers().size());
        assertThat(table.getItems()).isNotEmpty();
        assertThat(robot.lookup("#cases-id-column").queryAs(ComboBox.class).getValue()).isEqualTo("unit");
        assertThat(robot.lookup("#cases-summary").queryAs(Label.class).getText()).contains("can be imported");
        robot.interact(() -> PngSnapshots.write(view.root(), PngSnapshots.folder().resolve("cases-unit-import-light.png")));

        @SuppressWarnings("unchecked")
        ComboBox<VariableType> staff = robot.lookup("#type-staff").queryAs(ComboBox.class);
        robot.interact(() -> staff.setValue(VariableType.CATEGORY));
        robot.clickOn("#cases-import");

        TextArea report = robot.lookup("#cases-report").queryAs(TextArea.class);
        assertThat(report.isVisible()).isTrue();
        assertThat(report.getText()).contains("units created").contains("values written");
        assertThat(robot.lookup("#cases-import").queryAs(Button.class).isVisible()).isFalse();
        assertThat(SessionStores.of(session).database().read(a -> a.variables().find(VariableScope.UNIT, "staff")).orElseThrow().type())
            .isEqualTo(VariableType.CATEGORY);
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        robot.interact(() -> PngSnapshots.write(view.root(), PngSnapshots.folder().resolve("cases-unit-import-report-dark.png")));
    }

    @Test
    void surveyTextColumnsCountsAndImport(FxRobot robot) {
        SurveyImportViewModel vm = new SurveyImportViewModel(context, new UiFixtures.ScriptedDialogs());
        SurveyImportView view = new SurveyImportView(vm, context.messages());
        show(robot, view.root(), 1100, 660);
        robot.interact(() -> vm.open(SurveyImportViewModelTest.SURVEY));

        @SuppressWarnings("unchecked")
        ListView<TextColumnChoice> texts = robot.lookup("#cases-text-columns").queryAs(ListView.class);
        assertThat(texts.getItems()).extracting(TextColumnChoice::name).contains("q_mistakes", "q_learning", "role");
        assertThat(robot.lookup("#cases-unit-column").queryAs(ComboBox.class).getValue()).isEqualTo("unit");
        Label counts = robot.lookup("#cases-counts").queryAs(Label.class);
        assertThat(counts.getText()).startsWith("374 respondents");
        robot.interact(() -> PngSnapshots.write(view.root(), PngSnapshots.folder().resolve("cases-survey-import-light.png")));
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        robot.interact(() -> PngSnapshots.write(view.root(), PngSnapshots.folder().resolve("cases-survey-import-dark.png")));

        robot.interact(() -> texts.getItems().stream().filter(c -> c.name().equals("q_learning")).findFirst().orElseThrow()
                                  .selectedProperty().set(false));
        assertThat(counts.getText()).contains("in 1 questions");
        robot.clickOn("#cases-import");

        assertThat(robot.lookup("#cases-report").queryAs(TextArea.class).getText()).contains("Respondents: 374 new");
        int respondents = SessionStores.of(session).database().read(a -> a.respondents().list().size());
        assertThat(respondents).isEqualTo(374);
    }
}
