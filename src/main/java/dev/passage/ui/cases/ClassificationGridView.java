package dev.passage.ui.cases;

import dev.passage.cases.CaseOverview.DocumentValues;
import dev.passage.model.Variable;
import dev.passage.ui.common.Messages;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * The classification grid: documents down, DOCUMENT variables across; a double-click (or typing on a selected cell) edits a
 * value, Enter stores it as one undoable step, Esc leaves it. "New variable…" adds a column.
 */
public final class ClassificationGridView {
    private final ClassificationGridViewModel vm;
    private final Messages m;
    private final TableView<DocumentValues> table;
    private final VBox root;

    public ClassificationGridView(ClassificationGridViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        table = new TableView<>(vm.rows());
        table.setId("classification-grid");
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setPlaceholder(new Label(m.get("cases.grid.empty")));
        VBox.setVgrow(table, Priority.ALWAYS);
        vm.variables().addListener((ListChangeListener<Variable>) c -> columns());
        columns();

        Label hint = new Label(m.get("cases.grid.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button(m.get("cases.grid.newVariable"));
        add.setId("classification-grid-new");
        add.setOnAction(e -> vm.askNewVariable());
        HBox bar = new HBox(8, hint, spacer, add);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(hint, Priority.SOMETIMES);
        root = new VBox(8, bar, table);
        root.setPadding(new Insets(10));
        root.setPrefSize(980, 560);
    }

    public Node root() {
        return root;
    }

    private void columns() {
        List<TableColumn<DocumentValues, ?>> cols = new ArrayList<>();
        TableColumn<DocumentValues, String> name = new TableColumn<>(m.get("cases.grid.document"));
        name.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().name()));
        name.setEditable(false);
        name.setPrefWidth(330);
        name.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
                setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
            }
        });
        cols.add(name);
        TableColumn<DocumentValues, String> unit = new TableColumn<>(m.get("cases.grid.unit"));
        unit.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().unit() == null ? "" : d.getValue().unit()));
        unit.setEditable(false);
        unit.setPrefWidth(140);
        cols.add(unit);
        for (Variable v : vm.variables()) {
            TableColumn<DocumentValues, String> col = new TableColumn<>(vm.columnTitle(v));
            col.setId("grid-column-" + v.name());
            col.setUserData(v);
            col.setCellValueFactory(d -> new ReadOnlyStringWrapper(ClassificationGridViewModel.value(d.getValue(), v)));
            col.setCellFactory(TextFieldTableCell.forTableColumn());
            col.setOnEditCommit(e -> vm.set(e.getRowValue(), v, e.getNewValue()));
            col.setPrefWidth(Math.max(140, 8 * col.getText().length() + 30)); // the whole header stays readable
            cols.add(col);
        }
        table.getColumns().setAll(cols);
    }
}
