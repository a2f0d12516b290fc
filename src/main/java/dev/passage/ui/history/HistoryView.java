package dev.passage.ui.history;

import dev.passage.ui.common.Messages;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.function.Function;

/**
 * The project's edit history as a table (when, coder, action, object, before → after), newest first, with a coder filter
 * and a CSV export. Shows what its ViewModel holds.
 */
public final class HistoryView {
    private final BorderPane root = new BorderPane();
    private final TableView<HistoryRow> table = new TableView<>();
    private final ComboBox<String> coder = new ComboBox<>();

    public HistoryView(HistoryViewModel vm, Messages m) {
        root.getStyleClass().add("history");
        root.setPrefSize(980, 560);

        coder.setId("history-coder");
        String everyone = m.get("history.everyone");
        coder.getItems().add(null);
        coder.getItems().addAll(vm.coders());
        vm.coders().addListener((ListChangeListener<String>) c -> {
            String keep = coder.getValue();
            coder.getItems().setAll(new java.util.ArrayList<String>(java.util.Collections.singletonList(null)));
            coder.getItems().addAll(vm.coders());
            coder.setValue(keep);
        });
        coder.setButtonCell(cell(everyone));
        coder.setCellFactory(l -> cell(everyone));
        coder.valueProperty().bindBidirectional(vm.coderProperty());
        Label coderLabel = new Label(m.get("history.coder"));
        coderLabel.setLabelFor(coder);
        Label status = new Label();
        status.setId("history-status");
        status.textProperty().bind(vm.statusProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button export = new Button(m.get("history.export"));
        export.setId("history-export");
        export.setTooltip(new Tooltip(m.get("history.export.tip")));
        export.setOnAction(e -> vm.exportCsv());
        HBox bar = new HBox(8, coderLabel, coder, status, gap, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        root.setTop(bar);

        table.setId("history-table");
        table.getStyleClass().addAll("dense", "striped");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(m.get("history.empty")));
        table.getColumns().add(column(m.get("history.column.when"), HistoryRow::when, 150));
        table.getColumns().add(column(m.get("history.column.coder"), HistoryRow::coder, 90));
        table.getColumns().add(column(m.get("history.column.action"), HistoryRow::action, 150));
        table.getColumns().add(column(m.get("history.column.object"), HistoryRow::object, 220));
        table.getColumns().add(column(m.get("history.column.change"), HistoryRow::change, 360));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        root.setCenter(table);
    }

    public Node root() {
        return root;
    }

    private static ListCell<String> cell(String everyone) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? everyone : item);
            }
        };
    }

    private static TableColumn<HistoryRow, String> column(String title, Function<HistoryRow, String> value, double width) {
        TableColumn<HistoryRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setCellFactory(x -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.length() < 40 ? null : new Tooltip(text));
            }
        });
        c.setPrefWidth(width);
        return c;
    }
}
