package dev.passage.ui.mixed;

import dev.passage.ui.common.NodeImages;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/**
 * The code x unit matrix: codes as rows (swatch, indented by level), units as columns (with their interviews and
 * respondents, or "no text"), the chosen measure in each cell shaded by value, row and column totals. Clicking a cell lists
 * its segments at the right; double-click or Enter on one shows it in the transcript.
 */
public final class MatrixView {
    private static final PseudoClass TOTAL = PseudoClass.getPseudoClass("total");
    private final MatrixViewModel vm;
    private final DisplayParts parts;
    private final BorderPane root = new BorderPane();
    private final TableView<MatrixLine> table = new TableView<>();
    private final SegmentList segments;

    public MatrixView(MatrixViewModel vm, DisplayParts parts) {
        this.vm = vm;
        this.parts = parts;
        var m = parts.messages();
        root.getStyleClass().add("mixed-matrix");

        ComboBox<Measure> measure = parts.combo(javafx.collections.FXCollections.observableArrayList(Measure.values()), x -> m.get(x.key()),
                                                "mixed-measure");
        measure.valueProperty().bindBidirectional(vm.measureProperty());
        CheckBox sub = new CheckBox(m.get("mixed.includeSubCodes"));
        sub.getStyleClass().add("mixed-subcodes");
        sub.setTooltip(parts.tooltip(m.get("mixed.includeSubCodesTooltip")));
        sub.selectedProperty().bindBidirectional(vm.includeSubCodesProperty());
        ComboBox<Boolean> columnsChoice = parts.combo(javafx.collections.FXCollections.observableArrayList(false, true),
                                                      d -> m.get(d ? "mixed.matrix.columnsDocuments" : "mixed.matrix.columnsUnits"),
                                                      "mixed-matrix-columns");
        columnsChoice.setValue(vm.byDocumentProperty().get());
        columnsChoice.valueProperty().addListener((o, a, b) -> vm.byDocumentProperty().set(Boolean.TRUE.equals(b)));
        vm.byDocumentProperty().addListener((o, a, b) -> columnsChoice.setValue(b));
        HBox bar = parts.bar(vm.statusProperty(), parts.caption("mixed.measureLabel"), measure, parts.caption("mixed.matrix.columnsLabel"),
                             columnsChoice, sub);
        bar.getChildren().add(parts.exportMenu(vm::exportCsv, () -> vm.exportPng("code-unit-matrix.png", () -> NodeImages.image(table, 2))));
        Label measureDefinition = new Label();
        measureDefinition.getStyleClass().add("mixed-measure-definition");
        measureDefinition.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
            () -> m.get(vm.measureProperty().get().definitionKey()) + "  " + m.get("mixed.matrix.shadeNote"), vm.measureProperty()));
        measureDefinition.setWrapText(true);
        root.setTop(new VBox(bar, measureDefinition));

        table.getStyleClass().addAll("mixed-matrix-table", "bordered", "dense");
        table.setItems(vm.lines());
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(parts.placeholder(vm.stateProperty(), vm.errorProperty(), "mixed.matrix.needsCodes", "mixed.matrix.empty"));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(MatrixLine line, boolean empty) {
                super.updateItem(line, empty);
                pseudoClassStateChanged(TOTAL, !empty && line != null && line.isTotal());
            }
        });
        vm.columns().addListener((ListChangeListener<MatrixColumn>) c -> buildColumns());
        vm.measureProperty().addListener((o, a, b) -> table.refresh());
        table.getSelectionModel().getSelectedCells().addListener((ListChangeListener<TablePosition>) c -> cellSelected());
        buildColumns();

        segments = new SegmentList(vm.cellSegments(), vm.cellTitleProperty(), m.get("mixed.matrix.clickCell"), vm::open);
        SplitPane split = new SplitPane(table, segments.root());
        split.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(segments.root(), false);
        root.setCenter(split);
        root.setBottom(parts.definition(vm.definitionProperty()));
    }

    public Node root() {
        return root;
    }

    TableView<MatrixLine> table() {
        return table;
    }

    private void cellSelected() {
        var cells = table.getSelectionModel().getSelectedCells();
        if (cells.isEmpty()) {
            return;
        }
        TablePosition<?, ?> pos = cells.getFirst();
        if (pos.getRow() < 0 || pos.getRow() >= table.getItems().size()) {
            return;
        }
        Object column = pos.getTableColumn() == null ? null : pos.getTableColumn().getUserData();
        vm.select(table.getItems().get(pos.getRow()), column instanceof Integer i ? i : MatrixViewModel.TOTAL_COLUMN);
    }

    private void buildColumns() {
        var m = parts.messages();
        table.getColumns().clear();
        TableColumn<MatrixLine, MatrixLine> code = new TableColumn<>(m.get("mixed.codeColumn"));
        code.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        code.setCellFactory(c -> new CodeCell());
        code.setPrefWidth(240);
        code.setSortable(false);
        table.getColumns().add(code);
        for (int i = 0; i < vm.columns().size(); i++) {
            MatrixColumn unit = vm.columns().get(i);
            int index = i;
            TableColumn<MatrixLine, Counts> col = valueColumn(line -> line.cells().get(index));
            boolean document = vm.showsDocuments();
            String detail = !unit.hasText() ? m.get("mixed.noText")
                : document ? m.get(unit.respondents() > 0 ? "mixed.matrix.surveyAnswer" : "mixed.matrix.interview")
                : m.get("mixed.matrix.unitDetail", unit.interviews(), unit.respondents());
            VBox header = parts.header(col, unit.name(), detail);
            Tooltip.install(header, parts.tooltip(document ? m.get("mixed.matrix.documentTooltip", unit.name(), unit.textChars())
                : m.get("mixed.matrix.unitTooltip", unit.name(), unit.interviews(), unit.respondents(), unit.textChars())));
            col.setGraphic(header);
            col.setUserData(index);
            table.getColumns().add(col);
        }
        TableColumn<MatrixLine, Counts> total = valueColumn(MatrixLine::total);
        total.setGraphic(parts.header(total, m.get(vm.showsDocuments() ? "mixed.matrix.totalDocuments" : "mixed.totalColumn"), ""));
        total.setUserData(MatrixViewModel.TOTAL_COLUMN);
        total.getStyleClass().add("mixed-total-column");
        table.getColumns().add(total);
    }

    private TableColumn<MatrixLine, Counts> valueColumn(Function<MatrixLine, Counts> value) {
        TableColumn<MatrixLine, Counts> col = new TableColumn<>();
        col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        col.setCellFactory(c -> new ValueCell());
        col.setSortable(false);
        col.setPrefWidth(112);
        return col;
    }

    /** The code: swatch and name indented by level; the totals row in bold. */
    private final class CodeCell extends TableCell<MatrixLine, MatrixLine> {
        CodeCell() {
            getStyleClass().add("mixed-code-cell");
            setGraphicTextGap(8);
        }

        @Override
        protected void updateItem(MatrixLine line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            if (line.isTotal()) {
                setText(line.label());
                setGraphic(null);
                setTooltip(parts.tooltip(parts.messages().get("mixed.matrix.totalsRowTooltip")));
                setStyle("");
                return;
            }
            setText(line.code().name());
            setGraphic(DisplayParts.swatch(line.code().colour()));
            setStyle("-fx-padding: 0 6 0 " + (8 + 16 * line.code().depth()) + ";");
            setTooltip(parts.tooltip(line.code().path()));
        }
    }

    /** A number, right-aligned, shaded by its value; "no text" in muted type. */
    private final class ValueCell extends TableCell<MatrixLine, Counts> {
        ValueCell() {
            getStyleClass().add("mixed-value-cell");
            setAlignment(Pos.CENTER_RIGHT);
        }

        @Override
        protected void updateItem(Counts counts, boolean empty) {
            super.updateItem(counts, empty);
            if (empty || counts == null) {
                setText(null);
                setStyle("");
                setTooltip(null);
                getStyleClass().remove("mixed-no-text");
                return;
            }
            setText(parts.value(counts, vm.measureProperty().get()));
            if (!counts.hasText()) {
                if (!getStyleClass().contains("mixed-no-text")) {
                    getStyleClass().add("mixed-no-text");
                }
            } else {
                getStyleClass().remove("mixed-no-text");
            }
            boolean total = getTableRow() != null && getTableRow().getItem() != null && getTableRow().getItem().isTotal()
                            || MatrixViewModel.TOTAL_COLUMN == (getTableColumn().getUserData() instanceof Integer i ? i : 0);
            setStyle(total ? "" : DisplayParts.heat(vm.shade(counts)));
            setTooltip(parts.tooltip(parts.details(counts)));
        }
    }
}
