package dev.passage.ui.explore;

import dev.passage.ui.common.Messages;
import dev.passage.ui.common.WhereField;
import dev.passage.ui.explore.CodeFrequenciesViewModel.Cell;
import dev.passage.ui.explore.CodeFrequenciesViewModel.CodeOption;
import dev.passage.ui.explore.CodeFrequenciesViewModel.FrequencyRow;
import dev.passage.ui.explore.CodeFrequenciesViewModel.Grouping;
import dev.passage.ui.mixed.SegmentList;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;

import java.util.List;

/**
 * Code frequencies: choices on top (branch, grouping, sub-codes, Where with its chips); a horizontal bar chart (one bar per
 * code, its parts the groups, coloured as the legend says) and the same numbers as a table; the segments of the bar part
 * or cell last clicked at the right (double-click or Enter shows one in the transcript).
 */
public final class CodeFrequenciesView {
    /** Colours for the groups, told apart also by people with colour-vision deficiency (Okabe–Ito first), then repeated. */
    static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
                                                "#882255", "#44AA99", "#999933", "#AA4499", "#777777");
    private static final double NAME_WIDTH = 230;
    private static final double TOTAL_WIDTH = 110;

    private final CodeFrequenciesViewModel vm;
    private final Messages m;
    private final BorderPane root = new BorderPane();
    private final VBox bars = new VBox(3);
    private final FlowPane legend = new FlowPane(12, 4);
    private final TableView<FrequencyRow> table = new TableView<>();
    private final ScrollPane chartScroll = new ScrollPane();

    public CodeFrequenciesView(CodeFrequenciesViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        root.setId("explore-codes");
        root.getStyleClass().add("explore-view");
        root.setStyle("-fx-background-color: -color-bg-default;");
        root.getStylesheets().add(CodeFrequenciesView.class.getResource("explore-views.css").toExternalForm());
        root.setTop(controls());
        SegmentList segments = new SegmentList(vm.segments(), vm.segmentsTitleProperty(), m.get("explore.codes.clickBar"), vm::openSegment,
                                               true);
        segments.root().setId("explore-codes-segments");
        TabPane tabs = new TabPane(tab("explore-codes-chart-tab", "explore.codes.chartTab", chart()),
                                   tab("explore-codes-table-tab", "explore.codes.tableTab", tablePane()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane split = new SplitPane(tabs, segments.root());
        split.setDividerPositions(0.66);
        SplitPane.setResizableWithParent(segments.root(), false);
        root.setCenter(split);
        Label status = new Label();
        status.setId("explore-codes-status");
        status.textProperty().bind(vm.statusProperty());
        status.setPadding(new Insets(4, 8, 4, 8));
        status.setWrapText(true);
        root.setBottom(status);
        vm.rows().addListener((ListChangeListener<FrequencyRow>) c -> rebuild());
        chartScroll.viewportBoundsProperty().addListener((o, a, b) -> {
            if (a == null || Math.abs(a.getWidth() - b.getWidth()) > 1) {
                rebuildBars();
            }
        });
    }

    public Parent root() {
        return root;
    }

    TableView<FrequencyRow> table() {
        return table;
    }

    VBox bars() {
        return bars;
    }

    private static Tab tab(String id, String key, Node content, Messages m) {
        Tab t = new Tab(m.get(key), content);
        t.setId(id);
        return t;
    }

    private Tab tab(String id, String key, Node content) {
        return tab(id, key, content, m);
    }

    private Node controls() {
        ComboBox<CodeOption> branch = new ComboBox<>(vm.codes());
        branch.setId("explore-codes-branch");
        branch.setPromptText(m.get("explore.codes.allCodes"));
        branch.setPrefWidth(220);
        branch.valueProperty().bindBidirectional(vm.branchProperty());
        branch.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(CodeOption item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? m.get("explore.codes.allCodes") : item.path());
            }
        });
        Button all = new Button(m.get("explore.codes.allCodesButton"));
        all.setId("explore-codes-all");
        all.setOnAction(e -> vm.branchProperty().set(null));
        all.disableProperty().bind(vm.branchProperty().isNull());
        all.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<Grouping> grouping = new ComboBox<>(FXCollections.observableArrayList(Grouping.values()));
        grouping.setId("explore-codes-grouping");
        grouping.setConverter(new StringConverter<>() {
            @Override
            public String toString(Grouping g) {
                return g == null ? "" : m.get(switch (g) {
                    case UNIT -> "explore.codes.by.UNIT";
                    case DOCUMENT -> "explore.codes.by.DOCUMENT";
                    case CODER -> "explore.codes.by.CODER";
                });
            }

            @Override
            public Grouping fromString(String s) {
                return null;
            }
        });
        grouping.valueProperty().bindBidirectional(vm.groupingProperty());
        CheckBox sub = new CheckBox(m.get("explore.codes.subCodes"));
        sub.setId("explore-codes-subcodes");
        sub.setTooltip(new Tooltip(m.get("explore.codes.subCodesTip")));
        sub.selectedProperty().bindBidirectional(vm.includeSubCodesProperty());
        sub.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane bar = new FlowPane(14, 6, pair(m.get("explore.codes.branch"), branch), all, pair(m.get("explore.codes.groupBy"), grouping), sub);
        bar.setAlignment(Pos.CENTER_LEFT);
        WhereField where = new WhereField(vm.where(), m.get("explore.where"), m.get("explore.wherePrompt"), m.get("explore.whereTip"),
                                          f -> m.get("explore.removeFilter", f));
        where.setId("explore-codes-where");
        VBox top = new VBox(6, bar, where);
        top.setPadding(new Insets(6, 8, 6, 8));
        return top;
    }

    private static Node pair(String label, Node control) {
        Label l = new Label(label);
        l.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(4, l, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    // ---- the chart

    private Node chart() {
        bars.setId("explore-codes-chart");
        bars.setPadding(new Insets(8));
        legend.setId("explore-codes-legend");
        legend.setPadding(new Insets(6, 8, 2, 8));
        chartScroll.setContent(bars);
        chartScroll.setFitToWidth(true);
        Label hint = new Label(m.get("explore.codes.chartHint"));
        hint.getStyleClass().add("text-muted");
        hint.setPadding(new Insets(0, 8, 0, 8));
        hint.setWrapText(true);
        VBox box = new VBox(legend, hint, chartScroll);
        VBox.setVgrow(chartScroll, Priority.ALWAYS);
        return box;
    }

    private void rebuild() {
        rebuildLegend();
        rebuildBars();
        rebuildTable();
    }

    private void rebuildLegend() {
        legend.getChildren().clear();
        for (int i = 0; i < vm.groups().size(); i++) {
            Label l = new Label(vm.groups().get(i), swatch(colour(i), 12));
            l.getStyleClass().add("explore-legend-item");
            l.setMinWidth(Region.USE_PREF_SIZE);
            legend.getChildren().add(l);
        }
    }

    private void rebuildBars() {
        bars.getChildren().clear();
        int max = vm.maxSegments();
        double available = chartScroll.getViewportBounds() == null ? 400 : chartScroll.getViewportBounds().getWidth();
        double room = Math.max(80, available - NAME_WIDTH - TOTAL_WIDTH - 40);
        for (FrequencyRow row : vm.rows()) {
            Label name = new Label(row.name(), swatch(row.colour(), 10));
            name.getStyleClass().add("explore-bar-name");
            name.setPrefWidth(NAME_WIDTH);
            name.setMinWidth(NAME_WIDTH);
            name.setMaxWidth(NAME_WIDTH);
            name.setPadding(new Insets(0, 6, 0, 14 * row.depth()));
            name.setTooltip(new Tooltip(row.path()));
            name.setCursor(Cursor.HAND);
            name.setOnMouseClicked(e -> vm.open(row, -1));
            HBox bar = new HBox();
            bar.getStyleClass().add("explore-bar");
            bar.setAlignment(Pos.CENTER_LEFT);
            for (int g = 0; g < row.cells().size(); g++) {
                Cell c = row.cells().get(g);
                if (c.segments() == 0) {
                    continue;
                }
                Region part = new Region();
                part.getStyleClass().add("explore-bar-part");
                double w = max == 0 ? 0 : room * c.segments() / max;
                part.setPrefSize(w, 16);
                part.setMinSize(w, 16);
                part.setMaxSize(w, 16);
                part.setStyle("-fx-background-color: " + colour(g) + "; -fx-border-color: -color-bg-default; -fx-border-width: 0 1 0 0;");
                int group = g;
                part.setUserData(group);
                part.setCursor(Cursor.HAND);
                Tooltip.install(part, new Tooltip(m.get("explore.codes.partTip", row.path(), vm.groups().get(g), c.segments(), c.documents())));
                part.setOnMouseClicked(e -> vm.open(row, group));
                bar.getChildren().add(part);
            }
            Label total = new Label(m.get("explore.codes.barTotal", row.total().segments(), row.total().documents()));
            total.getStyleClass().add("explore-bar-total");
            total.setMinWidth(Region.USE_PREF_SIZE);
            HBox line = new HBox(6, name, bar, total);
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().add("explore-bar-row");
            line.setUserData(row);
            bars.getChildren().add(line);
        }
    }

    private static String colour(int group) {
        return PALETTE.get(group % PALETTE.size());
    }

    private static Rectangle swatch(String colour, double size) {
        Rectangle r = new Rectangle(size, size);
        r.setArcWidth(3);
        r.setArcHeight(3);
        r.setStyle("-fx-fill: " + colour + ";");
        return r;
    }

    // ---- the table

    private Node tablePane() {
        table.setId("explore-codes-table");
        table.getStyleClass().add("dense");
        table.setFixedCellSize(28);
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(m.get("explore.codes.none")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        dev.passage.ui.common.CellChoice.onCellChosen(table, (row, group) -> vm.open(row, group instanceof Integer i ? i : -1));
        rebuildTable();
        return table;
    }

    private void rebuildTable() {
        table.getColumns().clear();
        TableColumn<FrequencyRow, FrequencyRow> code = new TableColumn<>(m.get("explore.codes.code"));
        code.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        code.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(FrequencyRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.name());
                setGraphic(empty || row == null ? null : swatch(row.colour(), 10));
                setStyle(empty || row == null ? "" : "-fx-padding: 2 6 2 " + (6 + 14 * row.depth()) + ";");
                setAlignment(Pos.CENTER_LEFT);
            }
        });
        code.setPrefWidth(220);
        code.setSortable(false);
        table.getColumns().add(code);
        table.getColumns().add(number(m.get("explore.codes.segments"), r -> r.total().segments()));
        table.getColumns().add(number(m.get("explore.codes.documents"), r -> r.total().documents()));
        for (int i = 0; i < vm.groups().size(); i++) {
            int g = i;
            TableColumn<FrequencyRow, Cell> col = new TableColumn<>();
            Label header = new Label(vm.groups().get(i), swatch(colour(i), 10));
            header.setTooltip(new Tooltip(vm.groups().get(i)));
            col.setGraphic(header);
            col.setUserData(g);
            col.setSortable(false);
            col.setPrefWidth(Math.max(90, Math.min(170, 12 + 7.2 * vm.groups().get(i).length())));
            col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().cells().get(g)));
            col.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(Cell cell, boolean empty) {
                    super.updateItem(cell, empty);
                    setAlignment(Pos.CENTER_RIGHT);
                    setText(empty || cell == null ? null
                            : cell.segments() == 0 ? "\u2013" : m.get("explore.codes.cell", cell.segments(), cell.documents()));
                }
            });
            table.getColumns().add(col);
        }
    }

    private TableColumn<FrequencyRow, Integer> number(String title, java.util.function.ToIntFunction<FrequencyRow> value) {
        TableColumn<FrequencyRow, Integer> col = new TableColumn<>(title);
        col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.applyAsInt(f.getValue())));
        col.setStyle("-fx-alignment: CENTER-RIGHT;");
        col.setPrefWidth(105);
        col.setSortable(false);
        return col;
    }
}
