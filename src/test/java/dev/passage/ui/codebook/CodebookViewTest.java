package dev.passage.ui.codebook;

import dev.passage.coding.Codebook;
import dev.passage.errors.Text;
import dev.passage.model.Coding;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.ui.common.TextLocation;
import dev.passage.session.SessionStores;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The codebook pane driven with the robot on a copy of the sample study (tasks run inline on the FX thread). */
@ExtendWith(ApplicationExtension.class)
class CodebookViewTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    ScriptedDialogs dialogs;
    CodebookViewModel vm;
    CodebookView view;
    Stage stage;

    /** Builds the shared sample template before TestFX's start-up time limit starts counting. */
    @BeforeAll
    static void buildTheSampleOnce(@TempDir Path warm) throws Exception {
        UiFixtures.sample(warm).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
        dialogs = new ScriptedDialogs();
        vm = new CodebookViewModel(context, dialogs);
        view = new CodebookView(vm, context.messages());
        stage.setScene(new Scene((Parent) view.root(), 340, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        context.detach();
        session.close();
    }

    private Codebook book() {
        return session.codebook().codebook();
    }

    private long id(String path) {
        return session.codebook().resolve(path).id();
    }

    /** The visible row showing the code named {@code name}. */
    private CodeTreeCell cell(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".code-cell").match((Node n) -> n instanceof CodeTreeCell c && !c.isEmpty() && c.getItem() != null
                                                             && c.getItem().row().name().equals(name) && c.isVisible())
                    .queryAs(CodeTreeCell.class);
    }

    /** The names of the rows the tree shows, top to bottom (indented two spaces per level). */
    private List<String> visibleRows() {
        TreeView<CodeNode> tree = view.tree();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tree.getExpandedItemCount(); i++) {
            TreeItem<CodeNode> item = tree.getTreeItem(i);
            out.add("  ".repeat(tree.getTreeItemLevel(item) - 1) + item.getValue().row().name());
        }
        return out;
    }

    private void ctrl(FxRobot robot, KeyCode... keys) {
        KeyCode[] all = new KeyCode[keys.length + 1];
        all[0] = KeyCode.CONTROL;
        System.arraycopy(keys, 0, all, 1, keys.length);
        robot.press(all);
        robot.release(keys);
        robot.release(KeyCode.CONTROL);
    }

    // ------------------------------------------------------------------------------------------------ filter

    @Test
    void typingInTheFilterNarrowsTheTreeAndEscapeRestoresIt(FxRobot robot) {
        int allRows = visibleRows().size();
        assertThat(allRows).isEqualTo(24); // 7 top-level codes, their 17 sub-codes shown (top level expanded at first)

        robot.clickOn("#codebook-filter").write("speak");

        assertThat(visibleRows()).containsExactly("Psychological safety", "  Speaking up");
        assertThat(cell(robot, "Psychological safety").getPseudoClassStates()).contains(PseudoClass.getPseudoClass("context"));
        assertThat(cell(robot, "Speaking up").getPseudoClassStates()).doesNotContain(PseudoClass.getPseudoClass("context"));
        assertThat(robot.lookup(".pane-count").queryAs(Label.class).getText()).isEqualTo("1 match");

        robot.write(" zzz");
        assertThat(visibleRows()).isEmpty();
        assertThat(robot.lookup("#codebook-no-match").query().isVisible()).isTrue();
        assertThat(robot.lookup("#codebook-no-match .empty-title").queryAs(Label.class).getText()).isEqualTo("No code matches “speak zzz”");

        robot.type(KeyCode.ESCAPE);
        assertThat(vm.filterProperty().get()).isEmpty();
        assertThat(visibleRows()).hasSize(allRows);
        assertThat(robot.lookup(".pane-count").queryAs(Label.class).getText()).isEqualTo("24 codes");
    }

    @Test
    void enterInTheFilterSelectsTheFirstMatchAndEnterAgainOpensItsSegments(FxRobot robot) {
        robot.clickOn("#codebook-filter").write("fear").type(KeyCode.ENTER);
        long fear = id("Barriers/Fear of blame");
        assertThat(context.selectedCodeProperty().get()).isEqualTo(fear);
        assertThat(view.tree().isFocused()).isTrue();

        List<Long> announced = new ArrayList<>();
        context.selectedCodeProperty().addListener((o, a, b) -> announced.add(b));
        robot.type(KeyCode.ENTER);
        assertThat(announced).containsExactly(null, fear);
    }

    @Test
    void typingInTheTreeStartsTheFilter(FxRobot robot) {
        robot.clickOn(cell(robot, "Mindset"));
        robot.write("grow");
        assertThat(vm.filterProperty().get()).isEqualTo("grow");
        assertThat(visibleRows()).containsExactly("Mindset", "  Growth mindset");
    }

    // ------------------------------------------------------------------------------------------------ create, rename

    @Test
    void ctrlNAndTypingANameCreatesASubCodeOfTheSelectedCode(FxRobot robot) {
        robot.clickOn(cell(robot, "Peer coaching"));
        ctrl(robot, KeyCode.N);
        TextField field = robot.lookup(".code-name-field").queryAs(TextField.class);
        assertThat(field.isFocused()).isTrue();

        robot.write("Observation").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        long created = book().findByPath("Peer coaching/Observation").orElseThrow().id();
        assertThat(context.selectedCodeProperty().get()).isEqualTo(created);
        assertThat(visibleRows()).containsSubsequence("Peer coaching", "  Observation", "Organisational learning practices");
        assertThat(view.tree().getSelectionModel().getSelectedItem().getValue().id()).isEqualTo(created);
        assertThat(view.tree().getEditingItem()).isNull();
        assertThat(dialogs.errors).isEmpty();

        // Ctrl+Z belongs to the main window; the core's history undoes it and the tree follows
        robot.interact(() -> session.history().undo());
        assertThat(visibleRows()).doesNotContain("  Observation");
    }

    @Test
    void ctrlShiftNCreatesATopLevelCodeAndEscapeCancels(FxRobot robot) {
        robot.clickOn(cell(robot, "Speaking up"));
        ctrl(robot, KeyCode.SHIFT, KeyCode.N);
        robot.write("Trust").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(book().findByPath("Trust").orElseThrow().parentId()).isNull();
        assertThat(visibleRows().getLast()).isEqualTo("Trust");

        int codes = book().size();
        ctrl(robot, KeyCode.N);
        robot.write("Never mind").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(book().size()).isEqualTo(codes);
        assertThat(visibleRows()).doesNotContain("  Never mind", "Never mind");
        assertThat(view.tree().getEditingItem()).isNull();
    }

    @Test
    void aRefusedNameShowsTheReasonAndLeavesNoGhostRow(FxRobot robot) {
        robot.clickOn(cell(robot, "Barriers"));
        ctrl(robot, KeyCode.SHIFT, KeyCode.N);
        robot.write("Mindset").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).singleElement().asString().contains("There is already a code \"Mindset\" at the top level");
        assertThat(visibleRows().stream().filter("Mindset"::equals)).hasSize(1);
        assertThat(visibleRows()).hasSize(24);
    }

    @Test
    void f2RenamesInPlace(FxRobot robot) {
        long speaking = id("Psychological safety/Speaking up");
        robot.clickOn(cell(robot, "Speaking up"));
        robot.type(KeyCode.F2);
        TextField field = robot.lookup(".code-name-field").queryAs(TextField.class);
        assertThat(field.getText()).isEqualTo("Speaking up");
        assertThat(field.getSelectedText()).isEqualTo("Speaking up");
        robot.write("Voice").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(book().get(speaking).name()).isEqualTo("Voice");
        assertThat(cell(robot, "Voice").getItem().row().path()).isEqualTo("Psychological safety/Voice");
        assertThat(context.selectedCodeProperty().get()).isEqualTo(speaking);
    }

    // ------------------------------------------------------------------------------------------------ drag and drop

    @Test
    void draggingACodeOntoAnotherNestsIt(FxRobot robot) {
        long peer = id("Peer coaching");
        long mindset = id("Mindset");
        robot.drag(cell(robot, "Peer coaching"), MouseButton.PRIMARY).dropTo(cell(robot, "Mindset"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(book().get(peer).parentId()).isEqualTo(mindset);
        assertThat(book().path(peer)).isEqualTo("Mindset/Peer coaching");
        assertThat(visibleRows()).containsSubsequence("Mindset", "  Growth mindset", "  Fixed mindset", "  Peer coaching", "Action learning");
        assertThat(context.selectedCodeProperty().get()).isEqualTo(peer);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aCodeCannotBeDroppedUnderItsOwnSubCodeAndTheTreeSaysWhy(FxRobot robot) {
        long safety = id("Psychological safety");
        Label footer = robot.lookup(".codebook-footer").queryAs(Label.class);
        robot.drag(cell(robot, "Psychological safety"), MouseButton.PRIMARY).moveTo(cell(robot, "Asking for help"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(footer.getText()).isEqualTo("“Psychological safety” cannot go under itself or one of its own sub-codes.");
        assertThat(footer.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("refused"));
        assertThat(cell(robot, "Asking for help").getPseudoClassStates()).contains(PseudoClass.getPseudoClass("drop-refused"));

        robot.moveTo(cell(robot, "Barriers"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(footer.getText()).isEqualTo("Nest “Psychological safety” under “Barriers”");
        assertThat(cell(robot, "Barriers").getPseudoClassStates()).contains(PseudoClass.getPseudoClass("drop-into"));
        robot.moveTo(cell(robot, "Asking for help")).drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(book().get(safety).parentId()).isNull();
        assertThat(footer.getPseudoClassStates()).doesNotContain(PseudoClass.getPseudoClass("refused"));
        assertThat(footer.getText()).isEqualTo("Double-click a code to see its coded segments");
    }

    @Test
    void hoveringOverACollapsedCodeWhileDraggingOpensIt(FxRobot robot) {
        long peer = id("Peer coaching");
        robot.interact(view::collapseAll);
        assertThat(visibleRows()).hasSize(7);
        robot.drag(cell(robot, "Peer coaching"), MouseButton.PRIMARY).moveTo(cell(robot, "Barriers"));
        WaitForAsyncUtils.sleep(1200, java.util.concurrent.TimeUnit.MILLISECONDS);
        robot.moveBy(4, 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleRows()).contains("  Silo work");
        robot.moveTo(cell(robot, "Silo work")).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(book().path(peer)).isEqualTo("Barriers/Silo work/Peer coaching");
    }

    @Test
    void droppingBelowTheListMovesACodeToTheTopLevel(FxRobot robot) {
        long speaking = id("Psychological safety/Speaking up");
        robot.interact(() -> {
            view.collapseAll();
            vm.setExpanded(id("Psychological safety"), true);
        });
        assertThat(visibleRows()).hasSize(11);
        Bounds tree = view.tree().localToScreen(view.tree().getBoundsInLocal());
        robot.drag(cell(robot, "Speaking up"), MouseButton.PRIMARY).dropTo(new Point2D(tree.getCenterX(), tree.getMaxY() - 30));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(book().get(speaking).parentId()).isNull();
        assertThat(visibleRows().getLast()).isEqualTo("Speaking up");
    }

    @Test
    void draggingWithAltHeldMergesAfterConfirming(FxRobot robot) {
        long asking = id("Psychological safety/Asking for help");
        long speaking = id("Psychological safety/Speaking up");
        int moved = session.codebook().codingCounts().get(asking);
        int kept = session.codebook().codingCounts().get(speaking);
        dialogs.confirmAnswers.push(true);

        robot.press(KeyCode.ALT);
        robot.drag(cell(robot, "Asking for help"), MouseButton.PRIMARY);
        robot.release(KeyCode.ALT);
        robot.moveTo(cell(robot, "Speaking up"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".codebook-footer").queryAs(Label.class).getText()).isEqualTo("Merge “Asking for help” into “Speaking up”");
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.confirmations).singleElement().asString().contains("Its " + moved + " codings will be coded “Speaking up” instead.");
        assertThat(book().find(asking)).isEmpty();
        assertThat(session.codebook().codingCounts().get(speaking)).isEqualTo(moved + kept);
        assertThat(cell(robot, "Speaking up").getItem().row().count()).isEqualTo(moved + kept);
    }

    // ------------------------------------------------------------------------------------------------ delete, apply

    @Test
    void deleteAsksAndRemovesTheCode(FxRobot robot) {
        long barriers = id("Barriers");
        robot.clickOn(cell(robot, "Barriers"));
        dialogs.confirmAnswers.push(false);
        robot.type(KeyCode.DELETE);
        assertThat(dialogs.confirmations).singleElement().asString().startsWith("Delete “Barriers”?")
                                         .contains("Silo work, Fear of blame, Time pressure");
        assertThat(book().find(barriers)).isPresent();

        dialogs.confirmAnswers.push(true);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(book().find(barriers)).isEmpty();
        assertThat(visibleRows()).doesNotContain("Barriers", "  Silo work");
        assertThat(visibleRows()).hasSize(20);
    }

    @Test
    void doubleClickShowsTheSegmentsAndNeverCodesTheSelectedText(FxRobot robot) {
        long doc = SessionStores.of(session).database().read(a -> a.documents().ids()).getFirst();
        long peer = id("Peer coaching");
        int before = session.coding().forDocument(doc).size();
        Label footer = robot.lookup(".codebook-footer").queryAs(Label.class);
        robot.interact(() -> context.transcriptSelectionProperty().set(new TextLocation(doc, 20, 60)));
        assertThat(footer.getText()).isEqualTo("Enter applies the selected code to the selected text (or press C in the transcript)");
        java.util.List<Long> announced = new java.util.ArrayList<>();
        context.selectedCodeProperty().addListener((o, a, b) -> announced.add(b));

        robot.doubleClickOn(cell(robot, "Peer coaching"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(session.coding().forDocument(doc)).as("a double-click codes nothing").hasSize(before);
        assertThat(announced).as("the segments of the code open").endsWith(peer);
        assertThat(context.selectedCodeProperty().get()).isEqualTo(peer);

        // Enter applies
        long growth = id("Mindset/Growth mindset");
        robot.clickOn(cell(robot, "Growth mindset")).type(KeyCode.ENTER);
        assertThat(session.coding().forDocument(doc)).filteredOn(c -> c.codeId() == growth && c.start() == 20 && c.end() == 60).hasSize(1);
        assertThat(context.recentCodes()).startsWith(growth);
    }

    @Test
    void doubleClickOnAParentShowsItsSegmentsWithoutFoldingIt(FxRobot robot) {
        long doc = SessionStores.of(session).database().read(a -> a.documents().ids()).getFirst();
        long mindset = id("Mindset");
        robot.interact(() -> context.transcriptSelectionProperty().set(new TextLocation(doc, 0, 8)));
        robot.doubleClickOn(cell(robot, "Mindset"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.coding().forDocument(doc)).noneMatch(c -> c.codeId() == mindset && c.start() == 0 && c.end() == 8);
        assertThat(context.selectedCodeProperty().get()).isEqualTo(mindset);
        assertThat(visibleRows()).contains("  Growth mindset");
    }

    // ------------------------------------------------------------------------------------------------ context menu, selection

    @Test
    void theContextMenuOffersEveryActionWithoutStealingKeysFromTheWindow(FxRobot robot) {
        ContextMenu menu = openContextMenu(robot, cell(robot, "Mindset"));
        assertThat(menu.getItems()).extracting(i -> i.getText())
                                   .containsExactly("Apply to selected text", "Show coded segments", null, "New sub-code", "New top-level code",
                                                    null, "Rename", "Colour…", "Describe…", null, "Move to…", "Merge into…", null,
                                                    "Delete…");
        assertThat(menu.getItems().getFirst().isDisable()).isTrue(); // nothing selected in the transcript
        assertThat(stage.getScene().getAccelerators()).isEmpty();
        assertThat(context.selectedCodeProperty().get()).isEqualTo(id("Mindset"));

        robot.clickOn("Rename");
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Mindsets").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(book().get(id("Mindsets")).name()).isEqualTo("Mindsets");
    }

    /** As a right-click or the menu key does (the headless robot's right-click does not raise the context-menu event). */
    static ContextMenu openContextMenu(FxRobot robot, Node cell) {
        robot.interact(() -> {
            Bounds b = cell.localToScreen(cell.getBoundsInLocal());
            cell.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 30, 10, b.getMinX() + 30, b.getMinY() + 10,
                                                false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return openMenu();
    }

    static ContextMenu openMenu() {
        for (Window w : Window.getWindows()) {
            if (w instanceof ContextMenu m && m.isShowing()) {
                return m;
            }
        }
        throw new AssertionError("no context menu is showing");
    }

    @Test
    void selectingInTheTreeAndInTheModelFollowEachOther(FxRobot robot) {
        robot.clickOn(cell(robot, "Time pressure"));
        assertThat(context.selectedCodeProperty().get()).isEqualTo(id("Barriers/Time pressure"));

        long fixed = id("Mindset/Fixed mindset");
        robot.interact(() -> {
            view.collapseAll();
            context.selectedCodeProperty().set(fixed);
        });
        assertThat(view.tree().getSelectionModel().getSelectedItem().getValue().id()).isEqualTo(fixed);
        assertThat(visibleRows()).contains("  Fixed mindset"); // its parent was expanded to show it
    }

    @Test
    void expandedStateAndSelectionSurviveAReload(FxRobot robot) {
        robot.interact(() -> view.collapseAll());
        robot.clickOn(cell(robot, "Barriers"));
        robot.type(KeyCode.RIGHT); // expands it
        robot.clickOn(cell(robot, "Fear of blame"));
        long doc = SessionStores.of(session).database().read(a -> a.documents().ids()).getFirst();
        long fear = id("Barriers/Fear of blame");
        int before = cell(robot, "Fear of blame").getItem().row().count();

        robot.interact(() -> session.coding().apply(doc, 1, 9, fear));

        assertThat(visibleRows()).containsExactly("Psychological safety", "Mindset", "Action learning", "Peer coaching",
                                                  "Organisational learning practices", "Leadership behaviours", "Barriers", "  Silo work",
                                                  "  Fear of blame", "  Time pressure");
        assertThat(view.tree().getSelectionModel().getSelectedItem().getValue().id()).isEqualTo(fear);
        assertThat(cell(robot, "Fear of blame").getItem().row().count()).isEqualTo(before + 1);
    }

    @Test
    void shortcutsExpandAndCollapseEverything(FxRobot robot) {
        robot.clickOn(cell(robot, "Mindset"));
        ctrl(robot, KeyCode.SHIFT, KeyCode.MINUS);
        assertThat(visibleRows()).hasSize(7);
        ctrl(robot, KeyCode.SHIFT, KeyCode.EQUALS);
        assertThat(visibleRows()).hasSize(24);
        ctrl(robot, KeyCode.F);
        assertThat(robot.lookup("#codebook-filter").query().isFocused()).isTrue();
    }

    // ------------------------------------------------------------------------------------------------ dialogs

    @Test
    void altEnterDescribesTheCodeInAFourPartForm(FxRobot robot) {
        long peer = id("Peer coaching");
        robot.clickOn(cell(robot, "Peer coaching"));
        robot.press(KeyCode.ALT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.ALT);
        TextArea definition = robot.lookup("#describe-definition").queryAs(TextArea.class);
        assertThat(definition.isFocused()).isTrue();
        robot.clickOn(definition); // the headless robot types into the window it last clicked
        robot.interact(definition::clear);
        robot.write("Colleagues observe each other.");
        robot.type(KeyCode.TAB); // moves to the next field instead of typing a tab
        assertThat(robot.lookup("#describe-when-to-use").queryAs(TextArea.class).isFocused()).isTrue();
        robot.interact(() -> robot.lookup("#describe-when-to-use").queryAs(TextArea.class).clear());
        robot.write("Arranged observation.");
        ctrl(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        var d = book().get(peer).description();
        assertThat(d.definition()).isEqualTo("Colleagues observe each other.");
        assertThat(d.whenToUse()).isEqualTo("Arranged observation.");
        assertThat(session.history().undoLabel().map(Text::english)).contains("describe Peer coaching");
        assertThat(cell(robot, "Peer coaching").getItem().row().description()).isEqualTo(d);
    }

    @Test
    void ctrlShiftCRecoloursFromThePalette(FxRobot robot) {
        long peer = id("Peer coaching");
        robot.clickOn(cell(robot, "Peer coaching"));
        ctrl(robot, KeyCode.SHIFT, KeyCode.C);
        ToggleButton green = robot.lookup(".colour-choice").match((ToggleButton b) -> "#009E73".equals(b.getUserData()))
                                  .queryAs(ToggleButton.class);
        robot.clickOn(green);
        robot.clickOn("Apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(book().get(peer).colour()).isEqualTo("#009E73");
        assertThat(cell(robot, "Peer coaching").getItem().row().colour()).isEqualTo("#009E73");
    }

    @Test
    void ctrlShiftMMovesThroughAChooser(FxRobot robot) {
        long speaking = id("Psychological safety/Speaking up");
        robot.clickOn(cell(robot, "Speaking up"));
        ctrl(robot, KeyCode.SHIFT, KeyCode.M);
        @SuppressWarnings("unchecked")
        ListView<CodeChooserDialog.Choice> list = robot.lookup("#chooser-list").queryAs(ListView.class);
        assertThat(list.getItems().getFirst().topLevel()).isTrue();
        assertThat(list.getItems()).extracting(c -> c.topLevel() ? "" : c.code().name())
                                   .doesNotContain("Psychological safety", "Speaking up");
        robot.clickOn("#chooser-filter").write("barr");
        assertThat(list.getItems()).extracting(c -> c.code().name()).containsExactly("Barriers", "Silo work", "Fear of blame", "Time pressure");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(book().path(speaking)).isEqualTo("Barriers/Speaking up");
    }

    @Test
    void ctrlMMergesIntoAChosenCodeAfterConfirming(FxRobot robot) {
        long asking = id("Psychological safety/Asking for help");
        long speaking = id("Psychological safety/Speaking up");
        int moved = session.codebook().codingCounts().get(asking);
        robot.clickOn(cell(robot, "Asking for help"));
        dialogs.confirmAnswers.push(true);
        ctrl(robot, KeyCode.M);
        robot.clickOn("#chooser-filter").write("speaking").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.confirmations).singleElement().asString().contains("Its " + moved + " codings will be coded “Speaking up” instead.");
        assertThat(book().find(asking)).isEmpty();
        assertThat(context.selectedCodeProperty().get()).isEqualTo(speaking);
    }

    @Test
    void anEmptyCodebookTeachesWhatToDo(FxRobot robot, @TempDir Path other) throws Exception {
        ProjectSession empty = ProjectSession.create(other.resolve("e.passage"), "Empty", dev.passage.model.Language.EN, "anna");
        ProjectContext c = UiFixtures.context(empty, new SynchronousTasks());
        try {
            CodebookViewModel model = new CodebookViewModel(c, new ScriptedDialogs());
            robot.interact(() -> stage.setScene(new Scene((Parent) new CodebookView(model, c.messages()).root(), 340, 500)));
            Node state = robot.lookup("#codebook-empty").query();
            assertThat(state.isVisible()).isTrue();
            assertThat(robot.lookup("#codebook-empty .empty-hint").queryAs(Label.class).getText())
                .isEqualTo("Create a code (Ctrl+N) or import a codebook (.qdc)");

            robot.clickOn("#codebook-empty-new").write("First code").type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(empty.codebook().codebook().findByPath("First code")).isPresent();
            assertThat(robot.lookup("#codebook-empty").query().isVisible()).isFalse();
        } finally {
            c.detach();
            empty.close();
        }
    }
}
