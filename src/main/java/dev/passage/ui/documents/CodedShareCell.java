package dev.passage.ui.documents;

import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TreeTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import java.util.Locale;

/** A coded share as a slim bar with the percentage beside it. */
final class CodedShareCell extends TreeTableCell<DocumentsTreeEntry, DocumentsTreeEntry> {
    static final double BAR_WIDTH = 28;

    private final Region fill = new Region();
    private final StackPane track = new StackPane(fill);
    private final HBox box;
    private final javafx.scene.control.Label percent = new javafx.scene.control.Label();

    CodedShareCell() {
        track.getStyleClass().add("coded-bar-track");
        fill.getStyleClass().add("coded-bar-fill");
        StackPane.setAlignment(fill, Pos.CENTER_LEFT);
        track.setMinSize(BAR_WIDTH, 5);
        track.setPrefSize(BAR_WIDTH, 5);
        track.setMaxSize(BAR_WIDTH, 5);
        fill.setMaxHeight(5);
        percent.getStyleClass().add("coded-percent");
        percent.setMinWidth(Region.USE_PREF_SIZE);
        box = new HBox(5, track, percent);
        box.setAlignment(Pos.CENTER_RIGHT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setAlignment(Pos.CENTER_RIGHT);
    }

    static String percentText(double share) {
        double p = share * 100;
        if (p > 0 && p < 1) {
            return "<1%";
        }
        return String.format(Locale.ROOT, "%d%%", Math.round(p));
    }

    @Override
    protected void updateItem(DocumentsTreeEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        if (empty || entry == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        double share = Math.max(0, Math.min(1, entry.codedShare()));
        double w = share == 0 ? 0 : Math.max(2, Math.round(BAR_WIDTH * share));
        fill.setMinWidth(w);
        fill.setPrefWidth(w);
        fill.setMaxWidth(w);
        percent.setText(percentText(share));
        setText(percent.getText());
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("uncoded"), share == 0);
        setGraphic(box);
    }
}
