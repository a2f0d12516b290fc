package dev.passage.ui.mixed;

import dev.passage.ui.segments.SegmentRow;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/**
 * The segments behind a cell or point: a title ('Speaking up in Jobcenter: 4 segments') over a list of segments with
 * document, speaker and text; double-click or Enter shows one in the transcript.
 */
public final class SegmentList {
    private final BorderPane root = new BorderPane();
    private final ListView<SegmentRow> list = new ListView<>();

    public SegmentList(ObservableList<SegmentRow> rows, ReadOnlyStringProperty title, String emptyText, Consumer<SegmentRow> open) {
        this(rows, title, emptyText, open, false);
    }

    /** {@code showCode}: each segment names its code too (for lists that mix the segments of several codes). */
    public SegmentList(ObservableList<SegmentRow> rows, ReadOnlyStringProperty title, String emptyText, Consumer<SegmentRow> open,
                       boolean showCode) {
        root.getStyleClass().add("mixed-segments");
        Label header = new Label();
        header.getStyleClass().add("mixed-segments-title");
        header.textProperty().bind(title);
        header.visibleProperty().bind(title.isNotEmpty());
        header.managedProperty().bind(header.visibleProperty());
        header.setWrapText(true);
        root.setTop(header);
        list.getStyleClass().add("mixed-segment-list");
        list.setItems(rows);
        list.setCellFactory(l -> {
            SegmentCell cell = new SegmentCell(l, showCode);
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !cell.isEmpty()) {
                    open.accept(cell.getItem());
                }
            });
            return cell;
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        Label placeholder = new Label(emptyText);
        placeholder.getStyleClass().add("mixed-placeholder");
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        root.setCenter(list);
    }

    public BorderPane root() {
        return root;
    }

    ListView<SegmentRow> list() {
        return list;
    }

    /** Document and speaker, then up to three lines of the coded text. */
    private static final class SegmentCell extends ListCell<SegmentRow> {
        private final Label where = new Label();
        private final Label text = new Label();
        private final VBox box = new VBox(2, where, text);
        private final boolean showCode;

        SegmentCell(ListView<SegmentRow> list, boolean showCode) {
            this.showCode = showCode;
            getStyleClass().add("mixed-segment-cell");
            where.getStyleClass().add("mixed-segment-where");
            where.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
            text.getStyleClass().add("mixed-segment-text");
            text.setWrapText(true);
            text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            setPrefWidth(0);
            box.prefWidthProperty().bind(Bindings.max(0, list.widthProperty().subtract(36)));
            box.maxWidthProperty().bind(box.prefWidthProperty());
            text.prefWidthProperty().bind(box.prefWidthProperty());
            text.maxWidthProperty().bind(box.prefWidthProperty());
        }

        @Override
        protected void updateItem(SegmentRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            String place = row.speaker().isEmpty() ? row.document() : row.document() + "  ·  " + row.speaker();
            if (showCode) {
                String code = row.codePath().substring(row.codePath().lastIndexOf('/') + 1);
                javafx.scene.shape.Rectangle swatch = new javafx.scene.shape.Rectangle(9, 9);
                swatch.setStyle("-fx-fill: " + row.colour() + ";");
                where.setGraphic(swatch);
                where.setText(code + "  ·  " + place);
            } else {
                where.setText(place);
            }
            String t = row.text().strip().replaceAll("\\s+", " ");
            text.setText(t.length() > 320 ? t.substring(0, 320) + " …" : t);
            setGraphic(box);
        }
    }
}
