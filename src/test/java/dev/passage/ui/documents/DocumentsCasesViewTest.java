package dev.passage.ui.documents;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.passage.cases.SurveyImport;
import dev.passage.cases.TableReader;
import dev.passage.model.VariableScope;
import dev.passage.session.ProjectSession;
import dev.passage.ui.PngSnapshots;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.session.SessionStores;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The documents pane with a survey imported: answers grouped by question and unit; Set unit… and Set variable… from the context menu. */
@ExtendWith(ApplicationExtension.class)
class DocumentsCasesViewTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    DocumentsViewModel vm;
    DocumentsView view;
    Stage stage;
    int answers;

    @BeforeAll
    static void buildTheSampleOnce(@TempDir Path tmp) throws Exception {
        UiFixtures.sample(tmp).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = UiFixtures.sample(dir);
        answers = session.surveyImport().apply(TableReader.read(Path.of("sample-projects/learning-culture/survey.csv"), null),
                                               new SurveyImport.Options("respondent_id", "unit", List.of("q_mistakes", "q_learning"),
                                                                        Map.of())).answersCreated();
        context = UiFixtures.context(session, new SynchronousTasks());
        vm = new DocumentsViewModel(context, dialogs);
        view = new DocumentsView(vm, Messages.english());
        stage.setScene(new Scene((Parent) view.root(), 380, 720));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        context.detach();
        session.close();
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<DocumentsTreeEntry> tree(FxRobot robot) {
        return robot.lookup("#documents-tree").queryAs(TreeTableView.class);
    }

    /** Selects the row and asks for its context menu as a right-click would (Monocle sends no context-menu request itself). */
    private void openContextMenuOn(FxRobot robot, String nameStart) {
        javafx.scene.Node cell = robot.lookup(".document-cell")
                                      .match(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null && l.getText().startsWith(nameStart))
                                      .queryAs(javafx.scene.Node.class);
        robot.clickOn(cell);
        robot.interact(() -> {
            javafx.geometry.Bounds b = cell.localToScreen(cell.getBoundsInLocal());
            cell.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 30, 10,
                                                                   b.getMinX() + 30, b.getMinY() + 10, false, null));
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private String unitOf(String document) {
        long id = session.documents().idByName(document).orElseThrow();
        return SessionStores.of(session).database().read(a -> a.documents().unitName(id)).orElse(null);
    }

    @Test
    void surveyAnswersSitUnderOneCollapsedHeadingByQuestionAndUnit(FxRobot robot) {
        List<TreeItem<DocumentsTreeEntry>> top = tree(robot).getRoot().getChildren();
        TreeItem<DocumentsTreeEntry> survey = top.getLast();
        assertThat(survey.getValue().kind()).isEqualTo(DocumentsTreeEntry.Kind.SURVEY);
        assertThat(survey.getValue().documentCount()).isEqualTo(answers).isGreaterThan(600);
        assertThat(survey.isExpanded()).isFalse();
        assertThat(top.stream().filter(t -> t.getValue().kind() == DocumentsTreeEntry.Kind.UNIT))
            .allMatch(t -> t.getChildren().stream().noneMatch(c -> c.getValue().document() != null && c.getValue().document().isSurveyAnswer()));
        // a few hundred rows stay out of the way: the visible tree is the interviews plus one heading
        assertThat(tree(robot).getExpandedItemCount()).isLessThan(40);

        assertThat(survey.getChildren()).extracting(q -> q.getValue().question()).containsExactly("q_learning", "q_mistakes");
        TreeItem<DocumentsTreeEntry> mistakes = survey.getChildren().getLast();
        assertThat(mistakes.getValue().kind()).isEqualTo(DocumentsTreeEntry.Kind.QUESTION);
        TreeItem<DocumentsTreeEntry> unit = mistakes.getChildren().getFirst();
        assertThat(unit.getValue().unit()).isNotNull();
        DocumentsTreeEntry answer = unit.getChildren().getFirst().getValue();
        assertThat(answer.document().name()).endsWith(" \u00b7 q_mistakes");
        assertThat(answer.displayName()).matches("R\\d{4}");

        // opening an answer (e.g. from search) opens the headings above it
        robot.interact(() -> context.openDocumentProperty().set(answer.document().id()));
        assertThat(survey.isExpanded()).isTrue();
        assertThat(tree(robot).getSelectionModel().getSelectedItem().getValue()).isEqualTo(answer);
        robot.interact(() -> PngSnapshots.write(view.root(), PngSnapshots.folder().resolve("documents-survey-light.png")));
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        robot.interact(() -> PngSnapshots.write(view.root(), PngSnapshots.folder().resolve("documents-survey-dark.png")));
    }

    @Test
    void setUnitFromTheContextMenuIsOneUndoableStep(FxRobot robot) {
        String doc = "Interview 01 \u2013 Hjemmepleje Nord \u2013 leader";
        robot.interact(() -> context.openDocumentProperty().set(vm.allDocuments().stream().filter(r -> r.name().equals(doc)).findFirst()
                                                                  .orElseThrow().id()));
        openContextMenuOn(robot, "Interview 01");
        robot.clickOn("Set unit\u2026");
        @SuppressWarnings("unchecked")
        ComboBox<String> unit = robot.lookup("#set-unit-name").queryAs(ComboBox.class);
        assertThat(unit.getEditor().getText()).isEqualTo("Hjemmepleje Nord");
        assertThat(unit.getItems()).contains("Vej og Park");
        robot.interact(() -> unit.getEditor().setText("Hjemmepleje Syd"));
        robot.type(KeyCode.ENTER);

        assertThat(unitOf(doc)).isEqualTo("Hjemmepleje Syd");
        assertThat(vm.allDocuments().stream().filter(r -> r.name().equals(doc)).findFirst().orElseThrow().unit()).isEqualTo("Hjemmepleje Syd");
        robot.interact(() -> session.history().undo());
        assertThat(unitOf(doc)).isEqualTo("Hjemmepleje Nord");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void setVariableFromTheContextMenuWritesADocumentVariable(FxRobot robot) {
        String doc = "Interview 01 \u2013 Hjemmepleje Nord \u2013 leader";
        long id = vm.allDocuments().stream().filter(r -> r.name().equals(doc)).findFirst().orElseThrow().id();
        robot.interact(() -> context.openDocumentProperty().set(id));
        openContextMenuOn(robot, "Interview 01");
        robot.clickOn("Set variable\u2026");
        @SuppressWarnings("unchecked")
        ComboBox<String> variable = robot.lookup("#set-variable-name").queryAs(ComboBox.class);
        robot.interact(() -> variable.getEditor().setText("tenure_years"));
        robot.clickOn("#set-variable-value").write("12");
        robot.type(KeyCode.ENTER);

        var value = SessionStores.of(session).database().read(a -> a.variables().find(VariableScope.DOCUMENT, "tenure_years")
                                                           .map(v -> a.variables().values(v.id()).get(id))).orElseThrow();
        assertThat(value.number()).isEqualTo(12.0);
        assertThat(vm.variableValue(vm.allDocuments().stream().filter(r -> r.id() == id).findFirst().orElseThrow(), "tenure_years"))
            .isEqualTo("12");
    }
}
