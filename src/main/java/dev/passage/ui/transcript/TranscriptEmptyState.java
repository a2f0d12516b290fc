package dev.passage.ui.transcript;

import dev.passage.ui.common.Messages;
import dev.passage.ui.transcript.TranscriptViewModel.State;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

/** What the transcript shows instead of text: an empty project, no document open, or loading. */
final class TranscriptEmptyState {
    private final Messages messages;
    private final VBox box = new VBox(8);
    private final Label title = new Label();
    private final Label text = new Label();

    TranscriptEmptyState(Messages messages) {
        this.messages = messages;
        box.getStyleClass().add("transcript-empty");
        box.setAlignment(Pos.CENTER);
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        title.getStyleClass().add("transcript-empty-title");
        text.getStyleClass().add("transcript-empty-text");
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.setTextAlignment(TextAlignment.CENTER);
        box.getChildren().addAll(title, text);
    }

    VBox node() {
        return box;
    }

    Label title() {
        return title;
    }

    /** The texts for {@code state} (the caller decides whether the box is visible). */
    void show(State state) {
        switch (state) {
            case EMPTY_PROJECT -> {
                title.setText(messages.get("transcript.empty.projectTitle"));
                text.setText(messages.get("transcript.empty.projectText"));
            }
            case LOADING -> {
                title.setText(messages.get("transcript.loading"));
                text.setText("");
            }
            default -> {
                title.setText(messages.get("transcript.empty.noDocumentTitle"));
                text.setText(messages.get("transcript.empty.noDocumentText"));
            }
        }
    }
}
