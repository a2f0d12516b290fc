package dev.passage.ui.documents;

import atlantafx.base.theme.PrimerLight;
import dev.passage.TestProjects;
import dev.passage.model.CodeDescription;
import dev.passage.model.Language;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Managing documents from the documents pane: rename, delete (confirmed, undoable), move, and sets. */
@ExtendWith(ApplicationExtension.class)
class DocumentsManageViewTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    DocumentsViewModel vm;
    DocumentsView view;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = TestProjects.create(dir, Language.EN);
        TestProjects.importText(session, dir, "Anna", "Anna talks about mistakes.");
        long bo = TestProjects.importText(session, dir, "Bo", "Bo talks about mistakes too.");
        TestProjects.importText(session, dir, "Cai", "Cai has no mistakes.");
        long code = session.codebook().add(null, "Blame", "#cc0000", CodeDescription.EMPTY).id();
        session.coding().apply(bo, 0, 2, code, "a coding memo");
        context = UiFixtures.context(session, new SynchronousTasks());
        vm = new DocumentsViewModel(context, dialogs);
        view = new DocumentsView(vm, Messages.english());
        stage.setScene(new Scene((Parent) view.root(), 380, 600));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        context.detach();
        session.close();
    }

    @SuppressWarnings("unchecked")
    private List<String> listed(FxRobot robot) {
        TreeTableView<DocumentsTreeEntry> tree = robot.lookup("#documents-tree").queryAs(TreeTableView.class);
        return tree.getRoot().getChildren().stream().map(TreeItem::getValue).map(e -> e.document().name()).toList();
    }

    /** Selects the row and asks for its context menu as a right-click would (Monocle sends no context-menu request itself). */
    private void openContextMenuOn(FxRobot robot, String name) {
        javafx.scene.Node cell = robot.lookup(".document-cell")
                                      .match(n -> n instanceof javafx.scene.control.Labeled l && name.equals(l.getText()))
                                      .queryAs(javafx.scene.Node.class);
        robot.clickOn(cell);
        robot.interact(() -> {
            javafx.geometry.Bounds b = cell.localToScreen(cell.getBoundsInLocal());
            cell.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 30, 10,
                                                                   b.getMinX() + 30, b.getMinY() + 10, false, null));
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void renameAndDeleteFromTheContextMenuAreUndoable(FxRobot robot) {
        assertThat(listed(robot)).containsExactly("Anna", "Bo", "Cai");

        dialogs.textAnswers.add("anna");
        openContextMenuOn(robot, "Bo");
        robot.clickOn("Rename\u2026");
        assertThat(dialogs.errors).singleElement().asString().contains("\"Bo\"").contains("\"Anna\"");
        assertThat(listed(robot)).containsExactly("Anna", "Bo", "Cai");

        dialogs.textAnswers.add("Bo, leader");
        openContextMenuOn(robot, "Bo");
        robot.clickOn("Rename\u2026");
        assertThat(listed(robot)).containsExactly("Anna", "Bo, leader", "Cai");
        assertThat(session.history().undoLabel().orElseThrow().english()).isEqualTo("rename Bo to Bo, leader");
        robot.interact(() -> session.history().undo());
        assertThat(listed(robot)).containsExactly("Anna", "Bo", "Cai");

        dialogs.confirmAnswers.add(false);
        openContextMenuOn(robot, "Bo");
        robot.clickOn("Delete\u2026");
        assertThat(dialogs.confirmations.getLast()).contains("Bo").contains("its 1 coding").contains("Undo");
        assertThat(listed(robot)).containsExactly("Anna", "Bo", "Cai");

        dialogs.confirmAnswers.add(true);
        openContextMenuOn(robot, "Bo");
        robot.clickOn("Delete\u2026");
        assertThat(listed(robot)).containsExactly("Anna", "Cai");
        assertThat(context.openDocumentProperty().get()).isEqualTo(session.documents().idByName("Cai").orElseThrow());

        robot.interact(() -> session.history().undo());
        assertThat(listed(robot)).containsExactly("Anna", "Bo", "Cai");
        assertThat(vm.allDocuments().stream().filter(r -> r.name().equals("Bo")).findFirst().orElseThrow().codingCount()).isEqualTo(1);
        assertThat(dialogs.errors).hasSize(1);
    }

    @Test
    void moveAndSetsFromTheContextMenu(FxRobot robot) {
        openContextMenuOn(robot, "Cai");
        robot.clickOn("Move up");
        assertThat(listed(robot)).containsExactly("Anna", "Cai", "Bo");
        assertThat(session.documents().summaries()).extracting(d -> d.name()).containsExactly("Anna", "Cai", "Bo");

        openContextMenuOn(robot, "Cai");
        robot.clickOn("Add to set\u2026");
        @SuppressWarnings("unchecked")
        ComboBox<String> set = robot.lookup("#add-to-set-name").queryAs(ComboBox.class);
        robot.clickOn(set.getEditor()).write("Staff").type(javafx.scene.input.KeyCode.ENTER);
        assertThat(session.documents().sets()).as(dialogs.errors.toString()).extracting(x -> x.name()).containsExactly("Staff");
        assertThat(vm.setNames()).containsExactly("Staff");
        assertThat(vm.setsOf(vm.selectedProperty().get())).containsExactly("Staff");
        assertThat(robot.lookup("#documents-details .attribute-name").queryAll()).extracting(n -> ((javafx.scene.control.Label) n).getText())
            .contains("Sets");

        robot.interact(() -> session.history().undo());
        robot.interact(() -> session.history().undo());
        assertThat(vm.setNames()).isEmpty();
        assertThat(listed(robot)).containsExactly("Anna", "Bo", "Cai");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aSetIsRenamedAndDeletedInOneUndoableStepEachAndItsDocumentsStay(FxRobot robot) {
        robot.interact(() -> vm.addToSet(vm.allDocuments().stream().filter(r -> r.name().equals("Bo")).toList(), "Staff"));
        assertThat(vm.setNames()).containsExactly("Staff");

        dialogs.textAnswers.add("Leaders");
        robot.interact(() -> vm.renameSet("Staff"));
        assertThat(vm.setNames()).containsExactly("Leaders");
        assertThat(session.documents().sets()).singleElement().satisfies(x -> assertThat(x.documentIds()).hasSize(1));
        robot.interact(() -> session.history().undo());
        assertThat(vm.setNames()).containsExactly("Staff");

        robot.interact(() -> vm.deleteSet("Staff"));
        assertThat(vm.setNames()).isEmpty();
        assertThat(listed(robot)).containsExactly("Anna", "Bo", "Cai");
        robot.interact(() -> session.history().undo());
        assertThat(vm.setNames()).containsExactly("Staff");
        assertThat(session.documents().sets()).singleElement().satisfies(x -> assertThat(x.documentIds()).hasSize(1));
        assertThat(dialogs.errors).isEmpty();
    }
}
