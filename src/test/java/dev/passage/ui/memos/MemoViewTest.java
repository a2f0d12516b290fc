package dev.passage.ui.memos;

import dev.passage.model.Memo;
import dev.passage.model.Memo.MemoTarget;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.session.SessionStores;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class MemoViewTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    ScriptedDialogs dialogs;
    MemoViewModel vm;
    MemoView view;

    @BeforeAll
    static void buildSample(@TempDir Path warm) throws Exception {
        UiFixtures.sample(warm).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
        dialogs = new ScriptedDialogs();
        vm = new MemoViewModel(context, dialogs);
        view = new MemoView(vm, context.messages());
        TextField elsewhere = new TextField();
        elsewhere.getStyleClass().add("elsewhere");
        BorderPane shell = new BorderPane(view.root());
        shell.setBottom(elsewhere);
        stage.setScene(new Scene(shell, 1000, 420));
        stage.show();
    }

    @AfterEach
    void close() {
        context.detach();
        session.close();
    }

    private List<Memo> projectMemos() {
        return session.memos().forTarget(MemoTarget.PROJECT, null);
    }

    private Node cellTitled(FxRobot robot, String title) {
        return robot.lookup(".memo-cell-title").lookup((Label l) -> l.getText().equals(title)).query();
    }

    @Test
    void editAndSaveWithCtrlSPersists(FxRobot robot) {
        robot.clickOn(cellTitled(robot, "Coding procedure and agreement"));
        assertThat(robot.lookup(".memo-title").queryAs(TextField.class).getText()).isEqualTo("Coding procedure and agreement");
        assertThat(robot.lookup(".memo-save").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn(".memo-text").press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL)
             .write(" Next: recode together.");
        assertThat(robot.lookup(".memo-status").queryAs(Label.class).getText()).isEqualTo("Unsaved changes · Ctrl+S saves");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        assertThat(projectMemos()).filteredOn(m -> m.title().equals("Coding procedure and agreement"))
                                  .singleElement().extracting(Memo::text).asString().endsWith(" Next: recode together.");
        assertThat(robot.lookup(".memo-status").queryAs(Label.class).getText()).isEqualTo("Saved");
        assertThat(robot.lookup(".memo-save").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void newMemoWithTheButtonAndSave(FxRobot robot) {
        robot.clickOn(".memo-new");
        assertThat(robot.lookup(".memo-title").queryAs(TextField.class).isFocused()).isTrue();
        robot.write("Voice futility");
        robot.clickOn(".memo-text").write("Staff stop speaking up when nothing changes.");
        robot.clickOn(".memo-save");

        assertThat(projectMemos()).anyMatch(m -> m.title().equals("Voice futility")
                                                 && m.text().equals("Staff stop speaking up when nothing changes."));
        @SuppressWarnings("unchecked")
        ListView<MemoEntry> list = robot.lookup(".memo-list").queryAs(ListView.class);
        assertThat(list.getItems()).extracting(MemoEntry::title).contains("Voice futility");
        assertThat(list.getSelectionModel().getSelectedItem().title()).isEqualTo("Voice futility");
    }

    @Test
    void newMemoByShortcutIsSavedWhenFocusLeavesTheView(FxRobot robot) {
        robot.clickOn(cellTitled(robot, "Coding procedure and agreement"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("Left behind");

        robot.clickOn(".elsewhere");

        assertThat(projectMemos()).extracting(Memo::title).contains("Left behind");
    }

    @Test
    void deleteKeyInTheListConfirmsAndDeletes(FxRobot robot) {
        robot.clickOn(cellTitled(robot, "Coding procedure and agreement"));
        dialogs.confirmAnswers.push(true);

        robot.type(KeyCode.DELETE);

        assertThat(dialogs.confirmations).hasSize(1);
        assertThat(projectMemos()).extracting(Memo::title).containsExactly("Emerging pattern across units (after first coding round)");
        assertThat(robot.lookup(".memo-editor").query().isVisible()).isFalse();
    }

    @Test
    void targetSwitcherByClickAndAltDigit(FxRobot robot) {
        robot.press(KeyCode.ALT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.ALT);
        assertThat(vm.targetProperty().get()).isEqualTo(MemoTarget.DOCUMENT);
        assertThat(robot.lookup(".memo-placeholder").lookup((Label l) -> l.getText().startsWith("Open a document")).tryQuery()).isPresent();
        assertThat(robot.lookup(".memo-new").queryAs(Button.class).isDisabled()).isTrue();

        long doc = SessionStores.of(session).database().read(a -> a.documents().findIdByName(
            "Interview 15 – Vej og Park – groundskeeper")).orElseThrow();
        robot.interact(() -> context.openDocumentProperty().set(doc));
        assertThat(robot.lookup(".memo-target-document").queryAs(ToggleButton.class).getText())
            .isEqualTo("Document \"Interview 15 – Vej og Park – groundskeeper\"");
        assertThat(robot.lookup(".memo-cell-title").queryAs(Label.class).getText()).isEqualTo("Anonymity and the parallel account in 14");

        robot.clickOn(".memo-target-project");
        assertThat(vm.targetProperty().get()).isEqualTo(MemoTarget.PROJECT);
        assertThat(robot.lookup(".memo-target-project").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void codingNoteIsEditableInTheSameEditor(FxRobot robot) {
        var coding = session.coding().forDocument(1).getFirst();
        robot.interact(() -> context.selectedCodingProperty().set(coding.id()));
        robot.clickOn(".memo-target-coding");
        robot.clickOn(robot.lookup(".memo-cell").nth(0).queryAs(Node.class));

        assertThat(robot.lookup(".memo-title").queryAs(TextField.class).isEditable()).isFalse();
        robot.clickOn(".memo-text").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Leader goes first.");
        robot.clickOn(".memo-save");

        assertThat(session.coding().find(coding.id()).memo()).isEqualTo("Leader goes first.");
        assertThat(robot.lookup(".memo-text").queryAs(TextArea.class).getText()).isEqualTo("Leader goes first.");
    }
}
