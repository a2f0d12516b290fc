package dev.passage.ui.cases;

import dev.passage.cases.CaseOverview;
import dev.passage.model.Variable;
import dev.passage.model.VariableType;
import dev.passage.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import java.text.NumberFormat;
import java.util.Comparator;

import java.util.function.Function;

/**
 * "Units and variables" (a dock view, or a window of its own): units as rows, document and respondent counts and the UNIT
 * variables as columns (numbers right-aligned, missing values shown as a dash); below, the selected unit's documents, which
 * open on a double-click or Enter.
 */
public final class UnitsView {
    private final UnitsViewModel vm;
    private final Messages m;
    private final BorderPane root = new BorderPane();
    private final TableView<CaseOverview.UnitRow> table = new TableView<>();
    private final NumberFormat integers;
    private final NumberFormat decimals;

    public UnitsView(UnitsViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        this.integers = NumberFormat.getIntegerInstance(messages.locale());
        this.decimals = NumberFormat.getNumberInstance(messages.locale());
        decimals.setMaximumFractionDigits(2);
        decimals.setMinimumFractionDigits(2);
        root.getStyleClass().add("cases-units");
        root.getStylesheets().add(UnitsView.class.getResource("cases.css").toExternalForm());

        Label title = new Label();
        title.getStyleClass().add("units-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> m.get("cases.unitsView.title", vm.units().size(), vm.variables().size()),
                                                               vm.units(), vm.variables()));
        VBox header = new VBox(2, title);
        header.getStyleClass().add("units-header");
        root.setTop(header);

        table.setId("units-table");
        table.getStyleClass().addAll("units-table", "dense", "striped");
        table.setItems(vm.units());
        Label empty = new Label(m.get("cases.unitsView.empty"));
        empty.getStyleClass().add("cases-empty");
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        });
        vm.variables().addListener((ListChangeListener<Variable>) c -> columns());
        columns();

        Label docsTitle = new Label();
        docsTitle.getStyleClass().add("units-documents-title");
        docsTitle.textProperty().bind(vm.documentsTitleProperty());
        ListView<UnitsViewModel.UnitDocument> docs = new ListView<>(vm.documents());
        docs.setId("units-documents");
        docs.getStyleClass().add("dense");
        docs.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(UnitsViewModel.UnitDocument d, boolean isEmpty) {
                super.updateItem(d, isEmpty);
                setText(isEmpty || d == null ? null : (d.surveyAnswer() ? "\u2023 " : "") + d.name());
            }
        });
        docs.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.open(docs.getSelectionModel().getSelectedItem());
            }
        });
        docs.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(docs.getSelectionModel().getSelectedItem());
            }
        });
        VBox bottom = new VBox(docsTitle, docs);
        VBox.setVgrow(docs, javafx.scene.layout.Priority.ALWAYS);
        SplitPane split = new SplitPane(table, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        root.setCenter(split);
    }

    public Node root() {
        return root;
    }

    private void columns() {
        table.getColumns().clear();
        TableColumn<CaseOverview.UnitRow, String> name = new TableColumn<>(m.get("cases.unitsView.unit"));
        name.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().name()));
        name.setPrefWidth(200);
        table.getColumns().add(name);
        table.getColumns().add(count(m.get("cases.unitsView.documents"), m.get("cases.unitsView.documentsTip"), CaseOverview.UnitRow::documents));
        table.getColumns().add(count(m.get("cases.unitsView.respondents"), m.get("cases.unitsView.respondentsTip"),
                                     CaseOverview.UnitRow::respondents));
        for (Variable v : vm.variables()) {
            TableColumn<CaseOverview.UnitRow, String> c = new TableColumn<>();
            Label header = new Label(v.name());
            header.setTooltip(new Tooltip(m.get("cases.unitsView.variableTip", v.name(), PreviewTable.typeNames(m).toString(v.type()))));
            c.setGraphic(header);
            c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(UnitsViewModel.value(f.getValue(), v.name())));
            boolean numeric = v.type() == VariableType.NUMBER;
            c.setCellFactory(x -> new TableCell<>() {
                @Override
                protected void updateItem(String value, boolean isEmpty) {
                    super.updateItem(value, isEmpty);
                    getStyleClass().remove("units-missing");
                    setAlignment(numeric ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
                    if (isEmpty) {
                        setText(null);
                    } else if (value == null) {
                        setText("\u2014");
                        getStyleClass().add("units-missing");
                    } else {
                        Double n = numeric ? UnitsViewModel.number(value) : null;
                        setText(n == null ? value : n == Math.rint(n) ? integers.format(n) : decimals.format(n));
                    }
                }
            });
            if (numeric) {
                c.setComparator(Comparator.comparing(UnitsViewModel::number, Comparator.nullsLast(Comparator.naturalOrder())));
            }
            c.setPrefWidth(Math.max(90, v.name().length() * 8 + 24));
            table.getColumns().add(c);
        }
    }

    private TableColumn<CaseOverview.UnitRow, Number> count(String title, String tip, Function<CaseOverview.UnitRow, Integer> value) {
        TableColumn<CaseOverview.UnitRow, Number> c = new TableColumn<>();
        Label header = new Label(title);
        header.setTooltip(new Tooltip(tip));
        c.setGraphic(header);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setCellFactory(x -> new TableCell<>() {
            @Override
            protected void updateItem(Number n, boolean isEmpty) {
                super.updateItem(n, isEmpty);
                setAlignment(Pos.CENTER_RIGHT);
                setText(isEmpty || n == null ? null : integers.format(n));
            }
        });
        c.setPrefWidth(118);
        return c;
    }

}
