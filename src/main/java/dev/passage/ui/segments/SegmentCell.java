package dev.passage.ui.segments;

import dev.passage.ui.common.CodeColours;
import dev.passage.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A coded segment in the list: a line with the code (swatch and path), document, speaker and coder, then the coded text
 * wrapped over several lines, and the coding's memo if it has one.
 */
final class SegmentCell extends ListCell<SegmentRow> {
    private final Messages messages;
    private final Region swatch = new Region();
    private final Label code = new Label();
    private final Label where = new Label();
    private final Label coder = new Label();
    private final Label text = new Label();
    private final Label memo = new Label();
    private final VBox box;

    SegmentCell(ListView<SegmentRow> list, Messages messages) {
        this.messages = messages;
        getStyleClass().add("segment-cell");
        swatch.getStyleClass().add("segment-swatch");
        swatch.setMinSize(10, 10);
        swatch.setMaxSize(10, 10);
        code.getStyleClass().add("segment-code");
        code.setMinWidth(Region.USE_PREF_SIZE);
        where.getStyleClass().add("segment-where");
        where.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        coder.getStyleClass().add("segment-coder");
        coder.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox meta = new HBox(8, swatch, code, where, spacer, coder);
        meta.setAlignment(Pos.CENTER_LEFT);
        meta.getStyleClass().add("segment-meta");
        text.getStyleClass().add("segment-text");
        text.setWrapText(true);
        text.setTextOverrun(OverrunStyle.ELLIPSIS);
        memo.getStyleClass().add("segment-memo");
        memo.setWrapText(true);
        box = new VBox(4, meta, text, memo);
        box.getStyleClass().add("segment-box");
        // wrap to the list's width instead of scrolling sideways
        setPrefWidth(0);
        // a wrapping label needs a definite width to compute its height inside a list cell
        // capped, so lines stay readable on a wide dock
        box.prefWidthProperty().bind(Bindings.min(list.widthProperty().subtract(40), 980));
        box.maxWidthProperty().bind(box.prefWidthProperty());
        text.prefWidthProperty().bind(box.prefWidthProperty());
        text.maxWidthProperty().bind(box.prefWidthProperty());
        text.setMinHeight(Region.USE_PREF_SIZE);
        memo.prefWidthProperty().bind(box.prefWidthProperty());
        memo.maxWidthProperty().bind(box.prefWidthProperty());
        memo.setMinHeight(Region.USE_PREF_SIZE);
        setGraphic(null);
    }

    @Override
    protected void updateItem(SegmentRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        swatch.setStyle("-fx-background-color: " + CodeColours.cssTint(row.colour(), 1.0) + "; -fx-background-radius: 3;");
        code.setText(row.codePath());
        where.setText(row.speaker().isEmpty() ? row.document() : row.document() + "  ·  " + row.speaker());
        coder.setText(row.coder());
        text.setText(row.text().strip());
        boolean hasMemo = row.memo() != null && !row.memo().isBlank();
        memo.setText(hasMemo ? messages.get("segments.memo", row.memo().strip()) : "");
        memo.setVisible(hasMemo);
        memo.setManaged(hasMemo);
        setGraphic(box);
    }
}
