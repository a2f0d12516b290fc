package dev.passage.ui.codebook;

import dev.passage.ui.common.Messages;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;

/** The hint line under the codebook tree: what Enter does now, or what a drop here would do (red when it is refused). */
final class CodebookFooter {
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

    private final Label label = new Label();
    private final Messages messages;
    private final ObservableBooleanValue transcriptSelection;

    CodebookFooter(Messages messages, ObservableBooleanValue transcriptSelection) {
        this.messages = messages;
        this.transcriptSelection = transcriptSelection;
        label.getStyleClass().add("codebook-footer");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setWrapText(true);
    }

    Label node() {
        return label;
    }

    void hint(String text, boolean refused) {
        label.setText(text);
        label.pseudoClassStateChanged(REFUSED, refused);
    }

    /** The hint for Enter: apply the code to the transcript selection, or show its segments when nothing is selected. */
    void showDefault() {
        hint(messages.get(transcriptSelection.get() ? "codebook.footer.apply" : "codebook.footer.segments"), false);
    }
}
