package dev.passage.ui.app;

import dev.passage.ui.common.Messages;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help: every keyboard shortcut in one table, and About. */
final class ShortcutsDialog {
    /** Message keys of the actions and their keys, in the order shown. */
    static final String[][] SHORTCUTS = {
        {"app.shortcut.applyCode", "C"}, {"app.shortcut.inVivo", "V"}, {"app.shortcut.recent", "1 – 9"},
        {"app.shortcut.removeCoding", "Delete"}, {"app.shortcut.recode", "R"}, {"app.shortcut.memo", "M"},
        {"app.shortcut.adjust", "Ctrl+B"}, {"app.shortcut.undo", "Ctrl+Z"}, {"app.shortcut.redo", "Ctrl+Shift+Z / Ctrl+Y"},
        {"app.shortcut.newCode", "Ctrl+N"}, {"app.shortcut.newTopCode", "Ctrl+Shift+N"}, {"app.shortcut.rename", "F2"},
        {"app.shortcut.globalSearch", "Ctrl+K"}, {"app.shortcut.find", "Ctrl+F"}, {"app.shortcut.import", "Ctrl+I"},
        {"app.shortcut.importFolder", "Ctrl+Shift+I"}, {"exchange.menu.export", "Ctrl+Shift+E"}, {"mixed.menu.matrix", "Ctrl+Alt+M"}, {"mixed.menu.score", "Ctrl+Alt+J"}, {"app.shortcut.filterDocuments", "Ctrl+Shift+D"},
        {"app.shortcut.filterCodes", "Ctrl+Shift+F"}, {"app.shortcut.nextPane", "F6"}, {"app.shortcut.open", "Ctrl+O"},
        {"app.shortcut.close", "Ctrl+W"}, {"app.shortcut.help", "F1"}};

    private ShortcutsDialog() {
    }

    static void show(Window owner, Messages m) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label key = new Label(SHORTCUTS[i][1]);
            key.getStyleClass().add("key-cap");
            grid.addRow(i, new Label(m.get(SHORTCUTS[i][0])), key);
        }
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle(m.get("app.menu.shortcuts"));
        a.setHeaderText(m.get("app.shortcuts.header"));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
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
