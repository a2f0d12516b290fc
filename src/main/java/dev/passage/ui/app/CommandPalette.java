package dev.passage.ui.app;

import dev.passage.ui.common.Messages;
import dev.passage.ui.common.actions.Action;
import dev.passage.ui.common.actions.ActionRegistry;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * Help › Command palette (Ctrl+Shift+P): a filterable list of every action that can run now, with its menu and its
 * shortcut. Typing filters, Up/Down choose, Enter runs, Esc (or clicking elsewhere) closes.
 */
final class CommandPalette {
    static final double WIDTH = 560;

    private final ActionRegistry registry;
    private final Messages m;
    private final TextField field = new TextField();
    private final ListView<Action> list = new ListView<>();
    private final VBox root = new VBox(field, list);
    private Stage stage;

    CommandPalette(ActionRegistry registry, Messages m) {
        this.registry = registry;
        this.m = m;
        root.getStyleClass().add("command-palette");
        root.setPrefWidth(WIDTH);
        field.getStyleClass().add("palette-field");
        field.setPromptText(m.get("app.palette.prompt"));
        list.getStyleClass().add("palette-list");
        list.setPrefHeight(360);
        list.setPlaceholder(new Label(m.get("app.palette.none")));
        list.setCellFactory(v -> new ActionCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        field.textProperty().addListener((obs, o, text) -> filter(text));
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                runSelected();
            }
        });
    }

    /** Opens the palette over {@code owner}'s top centre with every enabled action listed. */
    void show(Window owner) {
        if (stage == null) {
            stage = window(owner);
        }
        field.clear();
        filter("");
        if (owner != null) {
            stage.setX(owner.getX() + (owner.getWidth() - WIDTH) / 2);
            stage.setY(owner.getY() + 60);
        }
        stage.show();
        stage.toFront();
        field.requestFocus();
    }

    /** The palette's window, made once (it closes when it loses the focus). */
    private Stage window(Window owner) {
        Stage s = new Stage(StageStyle.UNDECORATED);
        if (owner != null) {
            s.initOwner(owner);
        }
        s.setTitle(m.get("app.menu.commandPalette"));
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        s.setScene(scene);
        s.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                hide();
            }
        });
        return s;
    }

    boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    void hide() {
        if (stage != null) {
            stage.hide();
        }
    }

    /** The text field the user types into (for tests). */
    TextField field() {
        return field;
    }

    /** The listed actions, best match first (for tests). */
    ListView<Action> list() {
        return list;
    }

    private void filter(String text) {
        list.getItems().setAll(registry.matching(text, m));
        list.getSelectionModel().selectFirst();
        list.scrollTo(0);
    }

    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case ESCAPE -> hide();
            case ENTER -> runSelected();
            case DOWN -> move(1);
            case UP -> move(-1);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void move(int by) {
        int n = list.getItems().size();
        if (n == 0) {
            return;
        }
        int i = Math.floorMod(list.getSelectionModel().getSelectedIndex() + by, n);
        list.getSelectionModel().select(i);
        list.scrollTo(i);
    }

    /** Closes the palette, then runs the chosen action (so its dialogs belong to the main window). */
    private void runSelected() {
        Action a = list.getSelectionModel().getSelectedItem();
        hide();
        if (a != null) {
            a.run();
        }
    }

    /** One row: the label, its menu (muted), its shortcut in a key cap. */
    private final class ActionCell extends ListCell<Action> {
        @Override
        protected void updateItem(Action a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label label = new Label(a.label(m));
            Label where = new Label(ActionRegistry.where(a, m));
            where.getStyleClass().add("status-muted");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox row = new HBox(10, label, where, gap);
            if (a.hasShortcut()) {
                Label keys = new Label(a.shortcutText());
                keys.getStyleClass().add("key-cap");
                keys.setMinWidth(Region.USE_PREF_SIZE);
                row.getChildren().add(keys);
            }
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
