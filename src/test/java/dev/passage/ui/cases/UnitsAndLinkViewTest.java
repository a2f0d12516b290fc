package dev.passage.ui.cases;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.passage.cases.CaseOverview;
import dev.passage.cases.TableReader;
import dev.passage.cases.UnitImport;
import dev.passage.session.ProjectSession;
import dev.passage.ui.PngSnapshots;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The units view and the link dialog, clicked through, with PNGs in light and dark; the menu entry points open their windows. */
@ExtendWith(ApplicationExtension.class)
class UnitsAndLinkViewTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    UiFixtures.ScriptedDialogs dialogs = new UiFixtures.ScriptedDialogs();
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
        session.unitImport().apply(TableReader.read(UnitImportViewModelTest.UNITS, null), new UnitImport.Options("unit", Map.of()));
        context = UiFixtures.context(session, new SynchronousTasks());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
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
    void unitsTableShowsScoresRightAlignedAndTheSelectedUnitsDocuments(FxRobot robot) {
        UnitsView view = new UnitsView(new UnitsViewModel(context, dialogs), context.messages());
        show(robot, view.root(), 1100, 560);

        @SuppressWarnings("unchecked")
        TableView<CaseOverview.UnitRow> table = robot.lookup("#units-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(9);
        assertThat(table.getColumns()).hasSize(3 + 8);
        TableCell<?, ?> score = robot.lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c && "4.21".equals(c.getText()))
                                     .queryAs(TableCell.class);
        assertThat(score.getAlignment()).isEqualTo(javafx.geometry.Pos.CENTER_RIGHT);

        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                                                                    .filter(u -> u.name().equals("Hjemmepleje Nord")).findFirst().orElseThrow()));
        @SuppressWarnings("unchecked")
        ListView<UnitsViewModel.UnitDocument> docs = robot.lookup("#units-documents").queryAs(ListView.class);
        assertThat(docs.getItems()).isNotEmpty().allMatch(d -> d.name().contains("Hjemmepleje Nord"));
        assertThat(robot.lookup(".units-documents-title").queryAs(Label.class).getText()).startsWith("Documents of \"Hjemmepleje Nord\"");
        robot.doubleClickOn(robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getIndex() == 0)
                                 .queryAs(javafx.scene.Node.class));
        assertThat(context.openDocumentProperty().get()).isEqualTo(docs.getItems().getFirst().id());

        robot.interact(() -> PngSnapshots.write(view.root(), PngSnapshots.folder().resolve("cases-units-light.png")));
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        robot.interact(() -> PngSnapshots.write(view.root(), PngSnapshots.folder().resolve("cases-units-dark.png")));
    }

    @Test
    void linkDialogPreviewsAsYouTypeAndLinksInOneStep(FxRobot robot) {
        LinkView view = new LinkView(new LinkViewModel(context, dialogs), context.messages());
        show(robot, view.root(), 820, 560);

        robot.clickOn("#link-pattern").write("Interview (\\d)");
        @SuppressWarnings("unchecked")
        TableView<LinkViewModel.LinkRow> preview = robot.lookup("#link-preview").queryAs(TableView.class);
        assertThat(preview.getItems()).isNotEmpty();
        assertThat(robot.lookup("#link-summary").queryAs(Label.class).getText()).contains("documents go to");
        robot.interact(() -> PngSnapshots.write(view.root(), PngSnapshots.folder().resolve("cases-link-light.png")));

        robot.write("(");
        assertThat(robot.lookup(".link-error").queryAs(Label.class).getText()).contains("is not a valid regular expression");
        assertThat(robot.lookup("#link-apply").queryAs(javafx.scene.control.Button.class).isDisabled()).isTrue();
        robot.type(javafx.scene.input.KeyCode.BACK_SPACE);

        robot.clickOn("#link-apply");
        assertThat(robot.lookup("#link-summary").queryAs(Label.class).getText()).contains("documents linked");
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        robot.interact(() -> PngSnapshots.write(view.root(), PngSnapshots.folder().resolve("cases-link-dark.png")));
    }

    @Test
    void theMenuEntryPointsOpenTheirWindows(FxRobot robot) {
        CasesActions actions = new CasesActions(context, dialogs, () -> stage);
        robot.interact(() -> {
            assertThat(actions.importUnitScores()).isNull(); // the user cancelled the file chooser
            dialogs.pathAnswers.add(UnitImportViewModelTest.UNITS);
            Stage units = actions.importUnitScores();
            assertThat(units.isShowing()).isTrue();
            assertThat(units.getTitle()).isEqualTo("Import unit scores \u2013 Passage");
            assertThat(units.getOwner()).isSameAs(stage);
            units.close();
            Stage list = actions.showUnits();
            assertThat(list.getTitle()).isEqualTo("Units and variables \u2013 Passage");
            list.close();
            assertThat(actions.linkDocuments().isShowing()).isTrue();
        });
    }
}
