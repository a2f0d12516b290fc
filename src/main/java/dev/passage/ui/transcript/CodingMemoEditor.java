package dev.passage.ui.transcript;

import dev.passage.ui.common.Messages;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/** A small card for a coding's memo, over the transcript: Ctrl+Enter (or Save) saves, Esc (or Cancel) closes. */
final class CodingMemoEditor extends VBox {
    static final double WIDTH = 380;
    private final Label title = new Label();
    private final TextArea text = new TextArea();
    private Consumer<String> onSave = s -> { };
    private Runnable onClose = () -> { };

    CodingMemoEditor(Messages messages) {
        super(8);
        getStyleClass().add("coding-memo-editor");
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
        setMaxHeight(Region.USE_PREF_SIZE);
        title.getStyleClass().add("coding-memo-title");
        title.setWrapText(true);
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.setPromptText(messages.get("transcript.memo.prompt"));
        text.getStyleClass().add("coding-memo-text");
        Label keys = new Label(messages.get("transcript.memo.keys"));
        keys.getStyleClass().add("coding-memo-keys");
        Button cancel = new Button(messages.get("transcript.memo.cancel"));
        cancel.setOnAction(e -> close());
        Button save = new Button(messages.get("transcript.memo.save"));
        save.getStyleClass().add("accent");
        save.setDefaultButton(false);
        save.setOnAction(e -> save());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, keys, spacer, cancel, save);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, text, buttons);
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                save();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        setVisible(false);
    }

    void open(String heading, String memo, Consumer<String> save, Runnable close) {
        this.onSave = save;
        this.onClose = close;
        title.setText(heading);
        text.setText(memo == null ? "" : memo);
        setVisible(true);
        autosize();
        text.requestFocus();
        text.end();
        Platform.runLater(text::requestFocus);
    }

    boolean isOpen() {
        return isVisible();
    }

    private void save() {
        String value = text.getText();
        setVisible(false);
        onSave.accept(value);
    }

    void close() {
        if (isVisible()) {
            setVisible(false);
            onClose.run();
        }
    }
}
