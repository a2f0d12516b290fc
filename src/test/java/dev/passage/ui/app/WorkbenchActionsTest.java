package dev.passage.ui.app;

import dev.passage.session.ProjectSession;
import dev.passage.ui.PngSnapshots;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.actions.Action;
import dev.passage.ui.common.actions.ActionRegistry;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.passage.ui.app.WorkbenchHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench's actions in one registry: the real window's menus, the F1 list and the command palette are built from it,
 * shortcuts are unique, and an action that cannot run is disabled in the menu and not offered in the palette.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchActionsTest {
    @TempDir
    static Path tmp;

    private final Messages m = Messages.english();
    private ProjectSession session;
    private WorkbenchHarness harness;
    private Workbench workbench;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        session = UiFixtures.sample(tmp.resolve("run-" + System.nanoTime()));
        harness = WorkbenchHarness.show(stage, session, new UiFixtures.ScriptedDialogs(), m);
        workbench = harness.workbench();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private ActionRegistry registry() {
        return workbench.actions();
    }

    private List<Menu> menus(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus();
    }

    /** Every leaf item of the menus, depth first. */
    private static List<MenuItem> leaves(List<? extends MenuItem> items) {
        List<MenuItem> out = new ArrayList<>();
        for (MenuItem i : items) {
            if (i instanceof Menu sub) {
                out.addAll(leaves(sub.getItems()));
            } else if (!(i instanceof SeparatorMenuItem)) {
                out.add(i);
            }
        }
        return out;
    }

    /** A menu as its item texts, "---" for a line and "[Title]" for a submenu. */
    private static List<String> texts(Menu menu) {
        List<String> out = new ArrayList<>();
        for (MenuItem i : menu.getItems()) {
            out.add(i instanceof SeparatorMenuItem ? "---" : i instanceof Menu ? "[" + i.getText() + "]" : i.getText());
        }
        return out;
    }

    private MenuItem item(FxRobot robot, String id) {
        return menus(robot).stream().flatMap(menu -> leaves(menu.getItems()).stream()).filter(i -> id.equals(i.getId()))
                           .findFirst().orElseThrow();
    }

    @Test
    void everyMenuItemComesFromTheRegistryAndEveryPlacedActionIsInTheMenus(FxRobot robot) {
        List<MenuItem> items = menus(robot).stream().flatMap(menu -> leaves(menu.getItems()).stream()).toList();
        assertThat(items).isNotEmpty().allSatisfy(i -> {
            assertThat(i.getUserData()).as(i.getText()).isInstanceOf(Action.class);
            assertThat(registry().find(i.getId())).contains((Action) i.getUserData());
        });
        List<String> placed = registry().all().stream().filter(a -> a.place() != null).map(Action::id).toList();
        assertThat(items).extracting(MenuItem::getId).containsExactlyElementsOf(placed);
        for (MenuItem i : items) {
            Action a = (Action) i.getUserData();
            assertThat(i.getAccelerator()).as(a.id()).isEqualTo(a.accelerator());
        }
    }

    @Test
    void theMenusKeepTheirItemsOrderAndTexts(FxRobot robot) {
        List<Menu> menus = menus(robot);
        assertThat(menus).extracting(Menu::getText).containsExactly("File", "Edit", "View", "Code", "Analyse", "Help");
        assertThat(texts(menus.get(0))).containsExactly(
            "New project…", "Open project…", "Open team project…", "---", "Import files…", "Import folder…", "Import unit scores…", "Import survey answers…",
            "Import REFI-QDA project (.qdpx/.qde)…", "Import codebook (.qdc)…", "Merge project…", "---", "Export…", "Backups…", "---", "Coder…",
            "Blind coding…", "---", "Close project");
        List<String> edit = texts(menus.get(1));
        assertThat(edit.get(0)).startsWith("Undo");
        assertThat(edit.get(1)).startsWith("Redo");
        assertThat(edit.subList(2, edit.size())).containsExactly(
            "---", "Find in transcript…", "Search everything", "Filter documents", "Filter codes", "---", "[Document]");
        assertThat(texts((Menu) menus.get(1).getItems().getLast())).containsExactly(
            "Rename…", "Delete…", "Move up", "Move down", "Add to set…", "Remove from set", "Rename set…", "Delete set…");
        assertThat(texts(menus.get(2))).containsExactly(
            "[Theme]", "---", "Coded segments", "Search results", "Memos", "Units and variables", "Maximise the dock",
            "Open the dock's tab in its own window", "History…", "Next pane", "Reset layout", "---", "[Show codings of]",
            "Colour stripes by coder");
        assertThat(texts((Menu) menus.get(2).getItems().getFirst())).containsExactly("Light", "Dark");
        assertThat(texts(menus.get(3))).containsExactly(
            "Apply code…   (C)", "Code in vivo   (V)", "[Apply a recent code]", "Remove coding   (Delete)", "Recode…   (R)",
            "Coding memo…   (M)", "Set coding to selection", "---", "New code", "New top-level code", "Rename code", "Recolour code…",
            "Describe code…", "Merge code into…", "Delete code…", "---", "Link documents to units…", "Classify documents…");
        assertThat(texts((Menu) menus.get(3).getItems().get(2))).hasSize(9).first().isEqualTo("Recent code 1   (1)");
        assertThat(texts(menus.get(4))).containsExactly(
            "Code all search hits…", "Coded segments in a window", "---", "Code × unit/document matrix", "Codes by unit score",
            "Crosstab by variable", "Quantitize codes…", "---", "Word frequencies…", "Code frequencies…", "Code co-occurrence…",
            "---", "Inter-coder agreement…", "Disagreements…");
        assertThat(texts(menus.get(5))).containsExactly("Keyboard shortcuts", "Command palette…", "About Passage");
    }

    @Test
    void noTwoActionsShareAShortcut() {
        List<String> keys = new ArrayList<>();
        for (Action a : registry().all()) {
            if (a.accelerator() != null) {
                keys.add(a.accelerator().getDisplayText());
            }
            a.alternates().forEach(k -> keys.add(k.getDisplayText()));
            if (a.keyHint() != null) {
                keys.add(a.keyHint().getDisplayText());
            }
        }
        assertThat(keys).hasSizeGreaterThan(20).doesNotHaveDuplicates();
    }

    @Test
    void theShortcutListShowsEveryAcceleratorAsThePlatformWritesItAndCutsNothing(FxRobot robot) throws Exception {
        GridPane[] table = new GridPane[1];
        robot.interact(() -> {
            table[0] = ShortcutsDialog.table(registry(), m);
            ScrollPane scroll = new ScrollPane(table[0]);
            scroll.setFitToWidth(true);
            Stage narrow = new Stage();
            narrow.initOwner(stage);
            Scene scene = new Scene(scroll, 320, 400); // far narrower than the longest description
            scene.getStylesheets().add(PassageApp.class.getResource("workbench.css").toExternalForm());
            narrow.setScene(scene);
            narrow.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> labels = table[0].getChildren().stream().map(Label.class::cast).toList();
        Set<String> shown = new HashSet<>();
        labels.stream().filter(l -> l.getUserData() != null).forEach(l -> shown.add(((Action) l.getUserData()).id() + "=" + l.getText()));
        for (Action a : registry().all()) {
            if (a.accelerator() != null) {
                assertThat(shown).as(a.id()).contains(a.id() + "=" + a.shortcutText());
                assertThat(a.shortcutText()).startsWith(a.accelerator().getDisplayText());
            }
        }
        assertThat(shown).contains("help:commandPalette=" + KeyCombination.valueOf("Shortcut+Shift+P").getDisplayText(),
                                   "coding:applyRecent1=1 \u2013 9", "coding:applyCode=C");
        robot.interact(() -> PngSnapshots.write(table[0].getScene().getRoot(), PngSnapshots.folder().resolve("shortcut-list.png")));
        for (Label l : labels) {
            Text rendered = (Text) l.lookup(".text");
            assertThat(rendered).isNotNull();
            assertThat(rendered.getText()).as("rendered, not cut").isEqualTo(l.getText());
        }
    }

    @Test
    void thePaletteFiltersAndRunsTheChosenAction(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup(".codebook-pane .tree-view").tryQuery().isPresent());
        robot.clickOn(".transcript-text");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup(".palette-field").tryQuery().map(Node::isVisible).orElse(false));
        @SuppressWarnings("unchecked")
        ListView<Action> list = robot.lookup(".palette-list").queryAs(ListView.class);
        assertThat(list.getItems().size()).isGreaterThan(20);

        robot.targetWindow(list.getScene().getWindow()).write("new code"); // the robot types into its target window's focus
        waitUntil(() -> !list.getItems().isEmpty() && list.getItems().getFirst().id().equals("codebook:newCode"));
        assertThat(list.getItems()).extracting(Action::id).containsExactly("codebook:newCode", "codebook:newTopLevelCode");
        robot.type(KeyCode.ENTER);

        TreeView<?> tree = robot.lookup(".codebook-pane .tree-view").queryAs(TreeView.class);
        waitUntil(() -> tree.getEditingItem() != null); // the new code's name is typed in place
        assertThat(list.getScene().getWindow().isShowing()).isFalse();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void escClosesThePaletteWithoutRunningAnything(FxRobot robot) throws Exception {
        robot.clickOn(".transcript-text");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup(".palette-field").tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false));
        Node field = robot.lookup(".palette-field").queryAs(Node.class);
        robot.interact(() -> PngSnapshots.write(field.getScene().getRoot(), PngSnapshots.folder().resolve("command-palette.png")));
        robot.targetWindow(field.getScene().getWindow()).write("close project").type(KeyCode.ESCAPE);
        waitUntil(() -> !field.getScene().getWindow().isShowing());
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void anActionThatCannotRunIsDisabledInTheMenuAndNotOfferedInThePalette(FxRobot robot) throws Exception {
        Action rename = registry().find("codebook:rename").orElseThrow();
        Action remove = registry().find("coding:remove").orElseThrow();
        robot.interact(() -> {
            workbench.context().selectedCodeProperty().set(null);
            workbench.context().selectedCodingProperty().set(null);
        });
        assertThat(item(robot, "codebook:rename").isDisable()).isTrue();
        assertThat(item(robot, "coding:remove").isDisable()).isTrue();
        assertThat(registry().matching("rename", m)).doesNotContain(rename);
        assertThat(registry().matching("remove coding", m)).doesNotContain(remove);
        assertThat(item(robot, "codebook:newCode").isDisable()).isFalse();

        // a code becomes selected (as a click in the codebook does; CodebookViewTest drives the click itself)
        long peer = session.codebook().resolve("Peer coaching").id();
        robot.interact(() -> workbench.context().selectedCodeProperty().set(peer));
        waitUntil(() -> !item(robot, "codebook:rename").isDisable());
        assertThat(registry().matching("rename", m)).contains(rename);
    }
}
