package dev.passage.ui.app;

import dev.passage.ui.common.Messages;
import dev.passage.ui.common.TaskHandle;
import dev.passage.ui.common.actions.ActionRegistry;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

import java.util.List;
import java.util.function.Consumer;

/**
 * The one workbench window (DESIGN.md): documents | transcript | codebook over a tabbed dock (segments, search, memos),
 * menus built from the action registry, a global search field (Ctrl+K), and the status bar.
 */
final class MainWindow {
    private final BorderPane root = new BorderPane();
    private final SplitPane columns = new SplitPane();
    private final SplitPane rows = new SplitPane();
    private final Dock dock;
    static final double TRANSCRIPT_MIN_WIDTH = 380;
    private final List<Node> panes;
    private final Messages m;
    private final Consumer<String> search;
    private final TextField global = new TextField();
    private final HBox topBar = new HBox();

    /** {@code search} runs a search typed into the global search field. */
    MainWindow(MainViewModel vm, WorkbenchPanes p, Consumer<String> search, ObservableList<TaskHandle> running, Messages m) {
        this.m = m;
        this.search = search;
        root.getStyleClass().add("workbench");

        columns.getItems().addAll(p.documents(), p.transcript(), p.codebook());
        columns.setDividerPositions(0.2, 0.77);
        SplitPane.setResizableWithParent(p.documents(), false);
        SplitPane.setResizableWithParent(p.codebook(), false);
        // the transcript keeps room to read; the side panes give way first, and the panes never hold the dock down
        if (p.transcript() instanceof javafx.scene.layout.Region r) {
            r.setMinWidth(TRANSCRIPT_MIN_WIDTH);
        }
        for (Node side : List.of(p.documents(), p.codebook())) {
            if (side instanceof javafx.scene.layout.Region r) {
                r.setMinWidth(0);
            }
        }
        columns.setMinHeight(60);

        dock = new Dock(root, rows, m);
        dock.add(DockTab.SEGMENTS, m.get("app.dock.segments"), p.segmentsTitle(), p.segments());
        dock.add(DockTab.SEARCH, m.get("app.dock.search"), p.searchTitle(), p.search());
        dock.add(DockTab.MEMOS, m.get("app.dock.memos"), p.memosTitle(), p.memos());
        dock.add(DockTab.JOINT_DISPLAYS, m.get("mixed.title"), null, p.jointDisplays());

        rows.setOrientation(Orientation.VERTICAL);
        rows.getItems().addAll(columns, dock.node());
        rows.setDividerPositions(Dock.DEFAULT_DIVIDER);
        SplitPane.setResizableWithParent(dock.node(), false);

        root.setTop(topBar());
        root.setCenter(rows);
        root.setBottom(new StatusBar(vm, running, m));
        panes = List.of(p.documents(), p.transcript(), p.codebook(), dock.node());
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

    Dock dock() {
        return dock;
    }

    private Node topBar() {
        global.getStyleClass().add("global-search");
        global.setPrefColumnCount(24);
        global.setFocusTraversable(false); // reached by click or Ctrl+K, never by the window's first focus
        global.setOnAction(e -> {
            dock.show(DockTab.SEARCH);
            search.accept(global.getText());
        });
        topBar.getChildren().addAll(new StackPane(), global);
        HBox.setHgrow(topBar.getChildren().getFirst(), Priority.ALWAYS);
        topBar.setAlignment(Pos.CENTER_LEFT);
        topBar.getStyleClass().add("top-bar");
        return topBar;
    }

    /** Puts the menus built from {@code registry} in the window, and the shortcuts no menu item carries on its scene. */
    void showMenus(ActionRegistry registry) {
        MenuBar menus = new MenuBar();
        menus.getMenus().setAll(ActionMenus.build(registry, m));
        menus.setUseSystemMenuBar(true);
        topBar.getChildren().addFirst(menus);
        if (root.getScene() != null) {
            ActionMenus.installWindowShortcuts(root.getScene(), registry);
        }
        root.sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) {
                ActionMenus.installWindowShortcuts(scene, registry);
            }
        });
    }

    /** The global search field's hint names the shortcut that reaches it ("Search everything…  (Ctrl+K)"). */
    void showGlobalSearchShortcut(String keys) {
        global.setPromptText(m.get("app.search.prompt", keys));
    }

    /** The global search field and the Search tab show one query: typing in either shows in both. */
    void shareSearchQuery(javafx.beans.property.StringProperty query) {
        global.textProperty().bindBidirectional(query);
    }

    /** Ctrl+K: the cursor in the global search field. */
    void focusGlobalSearch() {
        global.requestFocus();
        global.selectAll();
    }

    /** Brings a dock tab to the front. */
    void show(DockTab tab) {
        dock.show(tab);
    }

    void focusNextPane() {
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

    void resetLayout() {
        dock.reset();
        columns.setDividerPositions(0.2, 0.77);
        rows.setDividerPositions(Dock.DEFAULT_DIVIDER);
    }
}
