package dev.passage.ui.transcript;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.util.Duration;

/** The short message at the bottom of the transcript after a coding action ("Coded with …"): fades in, stays, fades out. */
final class CodingToast {
    private final Label label = new Label();
    private final Pane overlay;
    private final SequentialTransition animation;

    CodingToast(Pane overlay) {
        this.overlay = overlay;
        label.getStyleClass().add("transcript-toast");
        label.setManaged(false);
        label.setVisible(false);
        label.setMouseTransparent(true);
        FadeTransition fadeIn = new FadeTransition(Duration.millis(120), label);
        fadeIn.setFromValue(0);
        fadeIn.setToValue(1);
        FadeTransition fadeOut = new FadeTransition(Duration.millis(400), label);
        fadeOut.setFromValue(1);
        fadeOut.setToValue(0);
        animation = new SequentialTransition(fadeIn, new PauseTransition(Duration.millis(2200)), fadeOut);
        animation.setOnFinished(e -> label.setVisible(false));
        overlay.widthProperty().addListener((obs, old, w) -> place());
        overlay.heightProperty().addListener((obs, old, h) -> place());
    }

    /** The toast's node, to be added to the overlay. */
    Label label() {
        return label;
    }

    /** Shows {@code text} (nothing for an empty text). */
    void show(String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        label.setText(text);
        label.setVisible(true);
        label.applyCss();
        place();
        animation.playFromStart();
    }

    void stop() {
        animation.stop();
    }

    private void place() {
        label.autosize();
        label.relocate((overlay.getWidth() - label.getWidth()) / 2, overlay.getHeight() - label.getHeight() - 28);
    }
}
