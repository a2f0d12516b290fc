package dev.passage.ui.app;

import dev.passage.ui.common.Messages;
import dev.passage.ui.common.TaskHandle;
import dev.passage.ui.mixed.JointDisplaysViewModel;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

import java.util.List;
import java.util.function.Consumer;

/**
 * The one workbench window (DESIGN.md): documents | transcript | codebook over a tabbed dock (segments, search, memos),
 * menus with every action and its shortcut, a global search field (Ctrl+K), and the status bar.
 */
final class MainWindow {
    private final BorderPane root = new BorderPane();
    private final SplitPane columns = new SplitPane();
    private final SplitPane rows = new SplitPane();
    private final TabPane dock = new TabPane();
    private final Tab searchTab;
    private final Tab segmentsTab;
    private final Tab memosTab;
    private final Tab jointTab;
    private final List<Node> panes;
    private final Messages m;
    private final WorkbenchActions actions;

    MainWindow(MainViewModel vm, WorkbenchPanes p, WorkbenchActions actions, ObservableList<TaskHandle> running, Messages m,
               ThemeChoice theme, Consumer<ThemeChoice> onTheme) {
        this.m = m;
        this.actions = actions;
        root.getStyleClass().add("workbench");

        columns.getItems().addAll(p.documents(), p.transcript(), p.codebook());
        columns.setDividerPositions(0.2, 0.77);
        SplitPane.setResizableWithParent(p.documents(), false);
        SplitPane.setResizableWithParent(p.codebook(), false);

        segmentsTab = tab(m.get("app.dock.segments"), p.segments());
        searchTab = tab(m.get("app.dock.search"), p.search());
        memosTab = tab(m.get("app.dock.memos"), p.memos());
        segmentsTab.textProperty().bind(p.segmentsTitle());
        searchTab.textProperty().bind(p.searchTitle());
        memosTab.textProperty().bind(p.memosTitle());
        jointTab = tab(m.get("mixed.title"), p.jointDisplays());
        dock.getTabs().addAll(segmentsTab, searchTab, memosTab, jointTab);
        dock.getStyleClass().add("dock");

        rows.setOrientation(Orientation.VERTICAL);
        rows.getItems().addAll(columns, dock);
        rows.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(dock, false);

        root.setTop(topBar(vm, theme, onTheme));
        root.setCenter(rows);
        root.setBottom(new StatusBar(vm, running, m));
        panes = List.of(p.documents(), p.transcript(), p.codebook(), dock);
    }

    Parent root() {
        return root;
    }

    SplitPane columns() {
        return columns;
    }

    SplitPane rows() {
        return rows;
    }

    private static Tab tab(String title, Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        return t;
    }

    private Node topBar(MainViewModel vm, ThemeChoice theme, Consumer<ThemeChoice> onTheme) {
        MenuBar menus = new MenuBar(fileMenu(), editMenu(vm), viewMenu(theme, onTheme), codeMenu(), analyseMenu(), helpMenu());
        menus.setUseSystemMenuBar(true);
        TextField global = new TextField();
        global.setPromptText(m.get("app.search.prompt"));
        global.getStyleClass().add("global-search");
        global.setPrefColumnCount(24);
        global.setFocusTraversable(false); // reached by click or Ctrl+K, never by the window's first focus
        global.setOnAction(e -> {
            dock.getSelectionModel().select(searchTab);
            actions.search().accept(global.getText());
        });
        root.sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), () -> {
                    global.requestFocus();
                    global.selectAll();
                });
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F6), this::focusNextPane);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), vm::redo);
            }
        });
        HBox bar = new HBox(menus, new StackPane(), global);
        HBox.setHgrow(bar.getChildren().get(1), Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    private void focusNextPane() {
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        int current = -1;
        for (int i = 0; i < panes.size(); i++) {
            for (Node n = focused; n != null; n = n.getParent()) {
                if (n == panes.get(i)) {
                    current = i;
                }
            }
        }
        Node next = panes.get((current + 1) % panes.size());
        next.requestFocus();
        Node target = next.lookup(".focus-target");
        (target != null ? target : next).requestFocus();
    }

    private Menu fileMenu() {
        return new Menu(m.get("app.menu.file"), null,
            item("app.menu.newProject", null, actions.newProject()),
            item("app.menu.openProject", ctrl(KeyCode.O), actions.openProject()),
            new SeparatorMenuItem(),
            item("app.menu.importFiles", ctrl(KeyCode.I), actions.importFiles()),
            item("app.menu.importFolder", ctrlShift(KeyCode.I), actions.importFolder()),
            item("cases.menu.importUnitScores", null, actions.importUnitScores()),
            item("cases.menu.importSurvey", null, actions.importSurvey()),
            item("exchange.menu.importProject", null, actions.importRefiProject()),
            item("exchange.menu.importCodebook", null, actions.importCodebook()),
            new SeparatorMenuItem(),
            item("exchange.menu.export", ctrlShift(KeyCode.E), actions.exportData()),
            item("backup.menu.backups", null, actions.showBackups()),
            new SeparatorMenuItem(),
            item("app.menu.coderName", null, actions.changeCoder()),
            new SeparatorMenuItem(),
            item("app.menu.closeProject", ctrl(KeyCode.W), actions.closeProject()));
    }

    private Menu editMenu(MainViewModel vm) {
        MenuItem undo = new MenuItem();
        undo.textProperty().bind(vm.undoTextProperty());
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.setAccelerator(ctrl(KeyCode.Z));
        undo.setOnAction(e -> vm.undo());
        MenuItem redo = new MenuItem();
        redo.textProperty().bind(vm.redoTextProperty());
        redo.disableProperty().bind(vm.canRedoProperty().not());
        redo.setAccelerator(ctrlShift(KeyCode.Z));
        redo.setOnAction(e -> vm.redo());
        return new Menu(m.get("app.menu.edit"), null, undo, redo, new SeparatorMenuItem(),
            item("app.menu.findInTranscript", ctrl(KeyCode.F), actions.findInTranscript()),
            item("app.menu.searchEverything", null, () -> {
                dock.getSelectionModel().select(searchTab);
                actions.focusSearch().run();
            }),
            item("app.menu.filterDocuments", ctrlShift(KeyCode.D), actions.focusDocumentFilter()),
            item("app.menu.filterCodes", ctrlShift(KeyCode.F), actions.focusCodeFilter()));
    }

    private Menu viewMenu(ThemeChoice theme, Consumer<ThemeChoice> onTheme) {
        ToggleGroup group = new ToggleGroup();
        Menu themes = new Menu(m.get("app.menu.theme"));
        for (ThemeChoice t : ThemeChoice.values()) {
            RadioMenuItem r = new RadioMenuItem(m.get("app.theme." + t.name().toLowerCase(java.util.Locale.ROOT)));
            r.setToggleGroup(group);
            r.setSelected(t == theme);
            r.setOnAction(e -> onTheme.accept(t));
            themes.getItems().add(r);
        }
        return new Menu(m.get("app.menu.view"), null, themes, new SeparatorMenuItem(),
            item("app.menu.showSegments", null, () -> dock.getSelectionModel().select(segmentsTab)),
            item("app.menu.showSearch", null, () -> dock.getSelectionModel().select(searchTab)),
            item("app.menu.showMemos", null, () -> dock.getSelectionModel().select(memosTab)),
            item("cases.menu.units", null, actions.showUnits()),
            item("history.menu", null, actions.showHistory()),
            item("app.menu.nextPane", new KeyCodeCombination(KeyCode.F6), this::focusNextPane),
            item("app.menu.resetLayout", null, this::resetLayout));
    }

    void resetLayout() {
        columns.setDividerPositions(0.2, 0.77);
        rows.setDividerPositions(0.74);
    }

    private Menu codeMenu() {
        Menu recent = new Menu(m.get("app.menu.applyRecent"));
        for (int i = 1; i <= 9; i++) {
            int n = i;
            recent.getItems().add(hint(m.get("app.menu.recentN", n), String.valueOf(n), () -> actions.applyRecent().accept(n)));
        }
        return new Menu(m.get("app.menu.code"), null,
            hint(m.get("app.menu.applyCode"), "C", actions.applyCode()),
            hint(m.get("app.menu.inVivo"), "V", actions.codeInVivo()),
            recent,
            hint(m.get("app.menu.removeCoding"), m.get("app.key.delete"), actions.removeCoding()),
            hint(m.get("app.menu.recode"), "R", actions.recodeCoding()),
            hint(m.get("app.menu.codingMemo"), "M", actions.editCodingMemo()),
            item("app.menu.adjustCoding", ctrl(KeyCode.B), actions.adjustCoding()),
            new SeparatorMenuItem(),
            item("app.menu.newCode", ctrl(KeyCode.N), actions.newCode()),
            item("app.menu.newTopLevelCode", ctrlShift(KeyCode.N), actions.newTopLevelCode()),
            item("app.menu.renameCode", new KeyCodeCombination(KeyCode.F2), actions.renameCode()),
            item("app.menu.recolourCode", null, actions.recolourCode()),
            item("app.menu.describeCode", null, actions.describeCode()),
            item("app.menu.mergeCode", null, actions.mergeCode()),
            item("app.menu.deleteCode", null, actions.deleteCode()),
            new SeparatorMenuItem(),
            item("cases.menu.link", null, actions.linkDocuments()));
    }

    private Menu analyseMenu() {
        return new Menu(m.get("app.menu.analyse"), null,
            item("app.menu.codeAllHits", null, () -> {
                dock.getSelectionModel().select(searchTab);
                actions.codeAllHits().run();
            }),
            item("app.menu.segmentsWindow", null, actions.popOutSegments()),
            new SeparatorMenuItem(),
            joint("mixed.menu.matrix", new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN),
                  JointDisplaysViewModel.Display.MATRIX),
            joint("mixed.menu.score", new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN),
                  JointDisplaysViewModel.Display.SCORE),
            joint("mixed.menu.crosstab", null, JointDisplaysViewModel.Display.CROSSTAB),
            joint("mixed.menu.quantitize", null, JointDisplaysViewModel.Display.QUANTITIZE));
    }

    /** An Analyse item that shows one of the joint displays in the dock. */
    private MenuItem joint(String key, KeyCombination accelerator, JointDisplaysViewModel.Display display) {
        return item(key, accelerator, () -> {
            dock.getSelectionModel().select(jointTab);
            actions.showJointDisplay().accept(display);
        });
    }

    private Menu helpMenu() {
        return new Menu(m.get("app.menu.help"), null,
            item("app.menu.shortcuts", new KeyCodeCombination(KeyCode.F1), () -> ShortcutsDialog.show(root.getScene().getWindow(), m)),
            item("app.menu.about", null, () -> ShortcutsDialog.about(root.getScene().getWindow(), m)));
    }

    private MenuItem item(String key, KeyCombination accelerator, Runnable action) {
        MenuItem i = new MenuItem(m.get(key));
        if (accelerator != null) {
            i.setAccelerator(accelerator);
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    /** A menu item whose single-key shortcut works inside the transcript (shown, but not a window-wide accelerator). */
    private static MenuItem hint(String text, String key, Runnable action) {
        MenuItem i = new MenuItem(text + "   (" + key + ")");
        i.setOnAction(e -> action.run());
        return i;
    }

    private static KeyCombination ctrl(KeyCode c) {
        return new KeyCodeCombination(c, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination ctrlShift(KeyCode c) {
        return new KeyCodeCombination(c, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
