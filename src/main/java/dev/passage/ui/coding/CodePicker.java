package dev.passage.ui.coding;

import dev.passage.ui.coding.CodePickerViewModel.Choice;
import dev.passage.ui.coding.CodePickerViewModel.Mode;
import dev.passage.ui.common.CodeColours;
import dev.passage.ui.common.Messages;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The type-ahead code picker card, shown at the selection in the transcript: a field (typing filters by any part of the
 * code path), the matching codes (swatch, path, count, the 1-9 key of recent codes) and a footer saying what Enter and
 * Ctrl+Enter do. Arrows move, Enter applies, Ctrl+Enter creates and applies, Esc closes; a click picks, too.
 */
public final class CodePicker extends VBox {
    public static final double WIDTH = 420;
    static final double ROW = 30;
    static final int MAX_ROWS = 8;

    /** What the picker's keys trigger. */
    public interface Actions {
        void pick();

        void create();

        void close();
    }

    private final CodePickerViewModel vm;
    private final TextField field = new TextField();
    private final ListView<Choice> list = new ListView<>();
    private final Label title = new Label();
    private final Label footer = new Label();
    private final Label empty = new Label();
    private final Messages messages;
    private boolean syncing;

    public CodePicker(CodePickerViewModel vm, Messages messages, Actions actions) {
        this.vm = vm;
        this.messages = messages;
        getStyleClass().add("code-picker");
        getStylesheets().add(CodePicker.class.getResource("/dev/passage/ui/coding/coding.css").toExternalForm());
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
        setMaxHeight(Region.USE_PREF_SIZE);
        title.getStyleClass().add("code-picker-title");
        field.getStyleClass().add("code-picker-field");
        field.setPromptText(messages.get("coding.picker.prompt"));
        field.textProperty().bindBidirectional(vm.queryProperty());
        list.getStyleClass().add("code-picker-list");
        list.setItems(vm.choices());
        list.setFocusTraversable(false);
        list.setFixedCellSize(ROW);
        list.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
            () -> Math.max(2, Math.min(MAX_ROWS, vm.choices().size())) * ROW + 4, vm.choices()));
        list.setMaxHeight(Region.USE_PREF_SIZE);
        list.setMinHeight(Region.USE_PREF_SIZE);
        list.setCellFactory(v -> new ChoiceCell());
        empty.getStyleClass().add("code-picker-empty");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        footer.getStyleClass().add("code-picker-footer");
        footer.setWrapText(true);
        getChildren().addAll(title, field, list, footer);

        vm.highlightedProperty().addListener((obs, old, h) -> showHighlight());
        vm.choices().addListener((javafx.collections.ListChangeListener<Choice>) c -> showHighlight());
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, i) -> {
            if (!syncing && i.intValue() >= 0) {
                vm.highlightedProperty().set(i.intValue());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedIndex() >= 0) {
                actions.pick();
            }
        });
        vm.modeProperty().addListener((obs, old, m) -> updateTexts());
        vm.createHintProperty().addListener((obs, old, h) -> updateTexts());
        vm.queryProperty().addListener((obs, old, q) -> updateTexts());
        updateTexts();

        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            KeyCode code = e.getCode();
            if (code == KeyCode.DOWN) {
                vm.moveHighlight(1);
            } else if (code == KeyCode.UP) {
                vm.moveHighlight(-1);
            } else if (code == KeyCode.PAGE_DOWN) {
                vm.moveHighlight(7);
            } else if (code == KeyCode.PAGE_UP) {
                vm.moveHighlight(-7);
            } else if (code == KeyCode.ENTER && e.isShortcutDown()) {
                actions.create();
            } else if (code == KeyCode.ENTER) {
                actions.pick();
            } else if (code == KeyCode.ESCAPE) {
                actions.close();
            } else {
                return;
            }
            e.consume();
        });
    }

    /** Puts the keyboard focus in the field (call after showing). */
    public void focusField() {
        field.requestFocus();
        field.end();
        Platform.runLater(field::requestFocus);
    }

    public TextField field() {
        return field;
    }

    public ListView<Choice> list() {
        return list;
    }

    private void showHighlight() {
        syncing = true;
        try {
            int h = vm.highlightedProperty().get();
            if (h < 0 || h >= vm.choices().size()) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(h);
                list.scrollTo(Math.max(0, h - 3));
            }
        } finally {
            syncing = false;
        }
    }

    private void updateTexts() {
        title.setText(messages.get(vm.modeProperty().get() == Mode.RECODE ? "coding.picker.titleRecode" : "coding.picker.title"));
        String hint = vm.createHintProperty().get();
        footer.setText(hint == null || hint.isEmpty() ? messages.get("coding.picker.keys") : messages.get("coding.picker.keysWithCreate", hint));
        empty.setText(vm.queryProperty().get() == null || vm.queryProperty().get().isBlank() ? messages.get("coding.picker.noCodes")
                                                                                                : messages.get("coding.picker.noMatch"));
    }

    private static final class ChoiceCell extends ListCell<Choice> {
        private final HBox box = new HBox(8);
        private final Region swatch = new Region();
        private final Label parent = new Label();
        private final Label name = new Label();
        private final Label count = new Label();
        private final Label key = new Label();

        ChoiceCell() {
            getStyleClass().add("code-choice");
            setPrefWidth(0); // fit the list's width: never scroll sideways
            box.setMinWidth(0);
            box.setAlignment(Pos.CENTER_LEFT);
            swatch.getStyleClass().add("code-choice-swatch");
            swatch.setMinSize(12, 12);
            swatch.setMaxSize(12, 12);
            parent.getStyleClass().add("code-choice-parent");
            parent.setMinWidth(0);
            parent.setMaxWidth(190);
            name.getStyleClass().add("code-choice-name");
            name.setMinWidth(0);
            count.getStyleClass().add("code-choice-count");
            count.setMinWidth(Region.USE_PREF_SIZE);
            key.getStyleClass().add("code-choice-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            box.getChildren().addAll(swatch, parent, name, spacer, count, key);
        }

        @Override
        protected void updateItem(Choice c, boolean emptyCell) {
            super.updateItem(c, emptyCell);
            if (emptyCell || c == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            swatch.setStyle("-fx-background-color: " + CodeColours.cssTint(c.colour(), 1.0) + ";");
            parent.setText(c.parentPath().isEmpty() ? "" : c.parentPath() + " /");
            parent.setVisible(!c.parentPath().isEmpty());
            parent.setManaged(!c.parentPath().isEmpty());
            name.setText(c.name());
            // the name stays whole and the parent path gives way first, unless the name alone is too long for the row
            name.setMinWidth(c.name().length() <= 34 ? Region.USE_PREF_SIZE : 0);
            count.setText(Integer.toString(c.count()));
            key.setText(c.recentKey() > 0 ? Integer.toString(c.recentKey()) : "");
            key.setVisible(c.recentKey() > 0);
            key.setManaged(c.recentKey() > 0);
            setText(null);
            setGraphic(box);
        }
    }
}
