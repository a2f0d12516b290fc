package dev.passage.ui.app;

import dev.passage.ui.common.Messages;
import dev.passage.ui.common.actions.Action;
import dev.passage.ui.common.actions.ActionRegistry;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Help: every keyboard shortcut in one table (from the action registry, written as the platform writes keys), and About. */
final class ShortcutsDialog {

    private ShortcutsDialog() {
    }

    /** The table: what each shortcut does and its keys; both columns as wide as their longest text, never cut. */
    static GridPane table(ActionRegistry registry, Messages m) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-list");
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        for (int c = 0; c < 2; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setMinWidth(Region.USE_PREF_SIZE);
            grid.getColumnConstraints().add(column);
        }
        int row = 0;
        for (Action a : registry.shortcuts()) {
            Label what = new Label(a.shortcutDescription(m));
            Label keys = new Label(a.shortcutText());
            keys.getStyleClass().add("key-cap");
            for (Label l : new Label[]{what, keys}) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
            keys.setUserData(a);
            grid.addRow(row++, what, keys);
        }
        return grid;
    }

    static void show(Window owner, ActionRegistry registry, Messages m) {
        GridPane grid = table(registry, m);
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle(m.get("app.menu.shortcuts"));
        a.setHeaderText(m.get("app.shortcuts.header"));
        a.setResizable(true);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(grid.prefWidth(-1));
        scroll.setPrefViewportHeight(420);
        a.getDialogPane().setContent(scroll);
        a.showAndWait();
    }

    static void about(Window owner, Messages m) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle(m.get("app.menu.about"));
        a.setHeaderText(dev.passage.model.PassageVersion.title());
        a.setContentText(m.get("app.about.text", System.getProperty("java.version")));
        a.showAndWait();
    }
}
