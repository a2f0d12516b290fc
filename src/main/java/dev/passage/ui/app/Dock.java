package dev.passage.ui.app;

import dev.passage.ui.common.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bottom dock of the main window: its tabs can be enlarged (the divider goes up to most of the window), maximised
 * (double-click a tab: the dock takes the window's centre; again restores) and popped out into their own window (closing
 * that window puts the tab back).
 */
final class Dock {
    static final double DEFAULT_DIVIDER = 0.74;

    private final TabPane tabs = new TabPane();
    private final Map<DockTab, Tab> byKind = new EnumMap<>(DockTab.class);
    private final Map<DockTab, Node> contents = new EnumMap<>(DockTab.class);
    private final Map<DockTab, Stage> windows = new EnumMap<>(DockTab.class);
    private final BorderPane frame;
    private final SplitPane rows;
    private final Messages m;
    private final ReadOnlyBooleanWrapper maximised = new ReadOnlyBooleanWrapper(false);
    private double[] rowsBefore = {DEFAULT_DIVIDER};

    /** {@code frame}'s centre is {@code rows} (the panes over the dock) until the dock is maximised. */
    Dock(BorderPane frame, SplitPane rows, Messages m) {
        this.frame = frame;
        this.rows = rows;
        this.m = m;
        tabs.getStyleClass().add("dock");
        tabs.setMinHeight(60);
        tabs.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && onTabHeader(e.getPickResult().getIntersectedNode())) {
                toggleMaximised();
                e.consume();
            }
        });
    }

    private static boolean onTabHeader(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (at.getStyleClass().contains("tab")) {
                return true;
            }
            if (at.getStyleClass().contains("tab-content-area")) {
                return false;
            }
        }
        return false;
    }

    /** Adds a tab, its text following {@code title} when given. */
    Tab add(DockTab kind, String text, ObservableValue<String> title, Node content) {
        Tab t = new Tab(text, content);
        t.setClosable(false);
        if (title != null) {
            t.textProperty().bind(title);
        }
        MenuItem maximise = new MenuItem(m.get("app.dock.maximise"));
        maximise.setOnAction(e -> {
            tabs.getSelectionModel().select(t);
            toggleMaximised();
        });
        MenuItem popOut = new MenuItem(m.get("app.dock.popOut"));
        popOut.setOnAction(e -> popOut(kind));
        t.setContextMenu(new ContextMenu(maximise, popOut));
        byKind.put(kind, t);
        contents.put(kind, content);
        tabs.getTabs().add(t);
        return t;
    }

    TabPane node() {
        return tabs;
    }

    /** Brings a tab to the front: selects it in the dock, or raises its own window. */
    void show(DockTab kind) {
        Stage w = windows.get(kind);
        if (w != null) {
            w.toFront();
            w.requestFocus();
        } else {
            tabs.getSelectionModel().select(byKind.get(kind));
        }
    }

    DockTab selected() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        return byKind.entrySet().stream().filter(e -> e.getValue() == t).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    ReadOnlyBooleanProperty maximisedProperty() {
        return maximised.getReadOnlyProperty();
    }

    boolean isMaximised() {
        return maximised.get();
    }

    void toggleMaximised() {
        setMaximised(!maximised.get());
    }

    /** Maximised: the dock alone fills the window's centre; restored: back under the panes at its divider. */
    void setMaximised(boolean on) {
        if (on == maximised.get() || on && tabs.getTabs().isEmpty()) {
            return;
        }
        if (on) {
            rowsBefore = rows.getDividerPositions();
            rows.getItems().remove(tabs);
            frame.setCenter(tabs);
        } else {
            frame.setCenter(rows);
            rows.getItems().add(tabs);
            rows.setDividerPositions(rowsBefore);
        }
        maximised.set(on);
    }

    /** The rows' divider positions to remember (those before maximising while maximised; none when the dock is empty). */
    double[] dividers() {
        return maximised.get() || !rows.getItems().contains(tabs) ? rowsBefore.clone() : rows.getDividerPositions();
    }

    void setDividers(double[] positions) {
        if (maximised.get() || !rows.getItems().contains(tabs)) {
            rowsBefore = positions.clone();
        } else {
            rows.setDividerPositions(positions);
        }
    }

    /** The currently selected tab in its own window. */
    void popOutSelected() {
        DockTab kind = selected();
        if (kind != null) {
            popOut(kind);
        }
    }

    /** Moves a tab's content into its own window; closing the window puts it back in the dock. */
    void popOut(DockTab kind) {
        Tab t = byKind.get(kind);
        if (windows.containsKey(kind) || t == null) {
            return;
        }
        Node content = contents.get(kind);
        double w = Math.max(640, tabs.getWidth());
        double h = Math.max(420, tabs.getHeight());
        tabs.getTabs().remove(t);
        t.setContent(null);
        if (tabs.getTabs().isEmpty()) {
            setMaximised(false);
            rowsBefore = rows.getDividerPositions();
            rows.getItems().remove(tabs);
        }
        Stage stage = new Stage();
        stage.titleProperty().bind(t.textProperty());
        Scene scene = new Scene(new StackPane(content), w, h);
        if (frame.getScene() != null) {
            scene.getStylesheets().setAll(frame.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> dockBack(kind));
        windows.put(kind, stage);
        stage.show();
    }

    /** Puts a popped-out tab back in the dock (closing its window). */
    void dockBack(DockTab kind) {
        Stage stage = windows.remove(kind);
        if (stage == null) {
            return;
        }
        stage.setOnHidden(null);
        stage.hide();
        ((StackPane) stage.getScene().getRoot()).getChildren().clear();
        Tab t = byKind.get(kind);
        t.setContent(contents.get(kind));
        int at = 0;
        for (Tab other : tabs.getTabs()) {
            if (kindOf(other).ordinal() < kind.ordinal()) {
                at++;
            }
        }
        tabs.getTabs().add(at, t);
        if (!maximised.get() && !rows.getItems().contains(tabs)) {
            rows.getItems().add(tabs);
            rows.setDividerPositions(rowsBefore);
        }
        tabs.getSelectionModel().select(t);
    }

    private DockTab kindOf(Tab t) {
        return byKind.entrySet().stream().filter(e -> e.getValue() == t).map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    /** The tabs shown in their own windows. */
    Set<DockTab> poppedOut() {
        return windows.isEmpty() ? EnumSet.noneOf(DockTab.class) : EnumSet.copyOf(windows.keySet());
    }

    /** The window a popped-out tab is in, or null. */
    Stage window(DockTab kind) {
        return windows.get(kind);
    }

    /** Closes the popped-out windows, each tab back in the dock (when the project closes, after its layout was saved). */
    void closeWindows() {
        for (DockTab kind : new ArrayList<>(windows.keySet())) {
            dockBack(kind);
        }
    }

    /** Every tab back in the dock, restored. */
    void reset() {
        closeWindows();
        setMaximised(false);
    }

    List<Tab> tabs() {
        return tabs.getTabs();
    }
}
