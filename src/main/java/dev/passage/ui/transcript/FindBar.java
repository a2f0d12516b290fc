package dev.passage.ui.transcript;

import dev.passage.ui.common.Messages;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

import java.util.function.Consumer;

/** The find bar inside the transcript (Ctrl+F): Enter / Shift+Enter go to the next / previous match, Esc closes. */
final class FindBar extends HBox {
    private final TextField field = new TextField();
    private final Label count = new Label();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(120));

    interface Actions {
        void search(String query);

        void next();

        void previous();

        void close();
    }

    FindBar(Messages messages, Actions actions) {
        super(6);
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        field.setPromptText(messages.get("transcript.find.prompt"));
        field.getStyleClass().add("find-field");
        field.setPrefColumnCount(22);
        count.getStyleClass().add("find-count");
        count.setMinWidth(90);
        Button previous = new Button("↑");
        previous.getStyleClass().addAll("flat", "find-button");
        previous.setTooltip(new Tooltip(messages.get("transcript.find.previous")));
        previous.setFocusTraversable(false);
        previous.setOnAction(e -> actions.previous());
        Button next = new Button("↓");
        next.getStyleClass().addAll("flat", "find-button");
        next.setTooltip(new Tooltip(messages.get("transcript.find.next")));
        next.setFocusTraversable(false);
        next.setOnAction(e -> actions.next());
        Button close = new Button("✕");
        close.getStyleClass().addAll("flat", "find-button");
        close.setTooltip(new Tooltip(messages.get("transcript.find.close")));
        close.setFocusTraversable(false);
        close.setOnAction(e -> actions.close());
        HBox.setHgrow(field, Priority.NEVER);
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(field, count, previous, next, spacer, close);
        debounce.setOnFinished(e -> actions.search(field.getText()));
        field.textProperty().addListener((obs, old, q) -> debounce.playFromStart());
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (debounce.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                    debounce.stop();
                    actions.search(field.getText());
                    if (e.isShiftDown()) {
                        actions.previous();
                    }
                } else if (e.isShiftDown()) {
                    actions.previous();
                } else {
                    actions.next();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                actions.close();
                e.consume();
            }
        });
    }

    TextField field() {
        return field;
    }

    void setCount(String text) {
        count.setText(text);
    }

    /** Runs a pending (debounced) search at once. */
    void flush(Consumer<String> search) {
        if (debounce.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            debounce.stop();
            search.accept(field.getText());
        }
    }
}
