package dev.passage.ui.mixed;

import dev.passage.model.Variable;
import dev.passage.ui.common.NodeImages;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.function.Function;

/**
 * Crosstab: codes by the groups of a variable, each cell "carriers (column %)" with the group sizes in the header and the
 * "missing" group last, and a clustered bar chart of the column % of the selected codes (Ctrl-click for several).
 */
public final class CrosstabView {
    private final CrosstabViewModel vm;
    private final DisplayParts parts;
    private final BorderPane root = new BorderPane();
    private final TableView<CrosstabLine> table = new TableView<>();
    private final CategoryAxis groupAxis = new CategoryAxis();
    private final NumberAxis percentAxis = new NumberAxis(0, 100, 20);
    // horizontal bars: the groups' labels ("middle (2026-03-03 < x ≤ 2026-03-05)") read on one line each and never overlap
    private final BarChart<Number, String> chart = new BarChart<>(percentAxis, groupAxis);
    private final TextField threshold = new TextField();

    public CrosstabView(CrosstabViewModel vm, DisplayParts parts) {
        this.vm = vm;
        this.parts = parts;
        var m = parts.messages();
        root.getStyleClass().add("mixed-crosstab");

        ComboBox<Variable> variable = parts.combo(vm.variables(), v -> m.get("mixed.crosstab.variableItem", v.name(),
                                                                             m.get("mixed.scope." + v.scope().name()),
                                                                             v.type().name().toLowerCase(Locale.ROOT)),
                                                  "mixed-crosstab-variable");
        variable.valueProperty().bindBidirectional(vm.variableProperty());
        variable.setPromptText(m.get("mixed.crosstab.noVariables"));
        ComboBox<Split> split = parts.combo(vm.splits(), s -> m.get(s.key()), "mixed-split");
        split.valueProperty().bindBidirectional(vm.splitProperty());
        threshold.getStyleClass().add("mixed-threshold");
        threshold.setPromptText(m.get("mixed.crosstab.thresholdPrompt"));
        threshold.setPrefColumnCount(6);
        threshold.visibleProperty().bind(vm.splitProperty().isEqualTo(Split.THRESHOLD));
        threshold.managedProperty().bind(threshold.visibleProperty());
        threshold.setOnAction(e -> commitThreshold());
        threshold.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                commitThreshold();
            }
        });
        CheckBox sub = new CheckBox(m.get("mixed.includeSubCodes"));
        sub.getStyleClass().add("mixed-subcodes");
        sub.selectedProperty().bindBidirectional(vm.includeSubCodesProperty());
        HBox bar = parts.bar(vm.statusProperty(), parts.caption("mixed.crosstab.byLabel"), variable, split, threshold, sub);
        bar.getChildren().add(parts.exportMenu(vm::exportCsv, () -> vm.exportPng("crosstab-chart.png", () -> NodeImages.image(chart, 2))));
        Label summary = new Label();
        summary.getStyleClass().add("mixed-measure-definition");
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);
        root.setTop(new VBox(bar, summary));

        table.getStyleClass().addAll("mixed-crosstab-table", "bordered", "dense");
        table.setItems(vm.lines());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(parts.placeholder(vm.stateProperty(), vm.errorProperty(), "mixed.crosstab.needsChoice", "mixed.crosstab.empty"));
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<CrosstabLine>) c -> {
            if (!table.getSelectionModel().getSelectedItems().isEmpty()) {
                vm.chartLines().setAll(java.util.List.copyOf(table.getSelectionModel().getSelectedItems()));
            }
        });
        vm.groups().addListener((ListChangeListener<GroupColumn>) c -> buildColumns());
        buildColumns();

        chart.getStyleClass().add("mixed-bars");
        chart.setAnimated(false);
        chart.setCategoryGap(14);
        chart.setBarGap(1);
        chart.setLegendSide(javafx.geometry.Side.BOTTOM);
        percentAxis.setLabel(m.get("mixed.crosstab.percentAxis"));
        groupAxis.setLabel(m.get("mixed.crosstab.groupAxis"));
        chart.setMinWidth(280);
        vm.chartLines().addListener((ListChangeListener<CrosstabLine>) c -> plot());
        plot();

        SplitPane splitPane = new SplitPane(table, chart);
        splitPane.setDividerPositions(0.62);
        root.setCenter(splitPane);
        root.setBottom(parts.definition(vm.definitionProperty()));
    }

    public Node root() {
        return root;
    }

    TableView<CrosstabLine> table() {
        return table;
    }

    BarChart<Number, String> chart() {
        return chart;
    }

    private void commitThreshold() {
        String text = threshold.getText() == null ? "" : threshold.getText().strip().replace(',', '.');
        if (text.isEmpty()) {
            return;
        }
        try {
            double t = Double.parseDouble(text);
            if (Double.isFinite(t)) {
                threshold.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), false);
                vm.thresholdProperty().set(t);
                return;
            }
        } catch (NumberFormatException e) {
            // shown below
        }
        threshold.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), true);
        threshold.setTooltip(parts.tooltip(parts.messages().get("mixed.crosstab.badThreshold", threshold.getText())));
    }

    private void buildColumns() {
        var m = parts.messages();
        table.getColumns().clear();
        TableColumn<CrosstabLine, CodeChoice> code = new TableColumn<>(m.get("mixed.codeColumn"));
        code.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().code()));
        code.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(CodeChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
                setGraphic(empty || item == null ? null : DisplayParts.swatch(item.colour()));
                setGraphicTextGap(8);
                setStyle(empty || item == null ? "" : "-fx-padding: 0 6 0 " + (8 + 16 * item.depth()) + ";");
            }
        });
        code.setPrefWidth(230);
        code.setSortable(false);
        table.getColumns().add(code);
        for (int i = 0; i < vm.groups().size(); i++) {
            GroupColumn g = vm.groups().get(i);
            int index = i;
            TableColumn<CrosstabLine, GroupCell> col = cellColumn(line -> line.cells().get(index));
            col.setGraphic(header(col, g.label(), m.get("mixed.crosstab.groupSize", g.size()), g.missing()));
            table.getColumns().add(col);
        }
        TableColumn<CrosstabLine, GroupCell> total = cellColumn(CrosstabLine::total);
        int all = vm.groups().stream().mapToInt(GroupColumn::size).sum();
        total.setGraphic(header(total, m.get("mixed.totalColumn"), m.get("mixed.crosstab.groupSize", all), false));
        table.getColumns().add(total);
    }

    private VBox header(TableColumn<?, ?> column, String name, String size, boolean missing) {
        VBox box = parts.header(column, name, size);
        if (missing) {
            box.getStyleClass().add("mixed-missing-group");
            Tooltip.install(box, parts.tooltip(parts.messages().get("mixed.crosstab.missingTooltip")));
        }
        return box;
    }

    private TableColumn<CrosstabLine, GroupCell> cellColumn(Function<CrosstabLine, GroupCell> value) {
        TableColumn<CrosstabLine, GroupCell> col = new TableColumn<>();
        col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        col.setCellFactory(c -> new TableCell<>() {
            {
                setAlignment(Pos.CENTER_RIGHT);
                getStyleClass().add("mixed-value-cell");
            }

            @Override
            protected void updateItem(GroupCell cell, boolean empty) {
                super.updateItem(cell, empty);
                if (empty || cell == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(parts.messages().get("mixed.crosstab.cell", cell.carriers(),
                                             cell.columnPercent() == null ? "–" : parts.percent(cell.columnPercent() / 100)));
                setTooltip(parts.tooltip(parts.messages().get("mixed.crosstab.cellTooltip", cell.carriers(), cell.groupSize(),
                                                              cell.segments())));
            }
        });
        col.setSortable(false);
        col.setPrefWidth(118);
        return col;
    }

    private void plot() {
        // the categories are set before the data: a category axis left to itself keeps the old groups and draws no bars
        java.util.List<String> labels = new java.util.ArrayList<>(vm.groups().stream().map(GroupColumn::label).toList());
        java.util.Collections.reverse(labels); // the first group at the top
        java.util.List<XYChart.Series<Number, String>> all = new java.util.ArrayList<>();
        for (CrosstabLine line : vm.chartLines()) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(line.code().name());
            for (int i = 0; i < vm.groups().size() && i < line.cells().size(); i++) {
                Double p = line.cells().get(i).columnPercent();
                series.getData().add(new XYChart.Data<>(p == null ? 0 : p, vm.groups().get(i).label()));
            }
            all.add(series);
        }
        chart.getData().clear();
        groupAxis.setCategories(javafx.collections.FXCollections.observableArrayList(labels));
        chart.getData().setAll(all);
        chart.setTitle(vm.chartLines().isEmpty() ? null : parts.messages().get("mixed.crosstab.chartTitle"));
    }
}
