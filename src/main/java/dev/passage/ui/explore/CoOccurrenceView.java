package dev.passage.ui.explore;

import dev.passage.ui.common.Messages;
import dev.passage.ui.common.WhereField;
import dev.passage.ui.explore.CoOccurrenceViewModel.CodeInfo;
import dev.passage.ui.explore.CoOccurrenceViewModel.PairRow;
import dev.passage.ui.mixed.SegmentList;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

import java.util.Locale;

/**
 * Code co-occurrence: the Where field with its chips on top; a code × code table of overlapping segments (shaded by count)
 * and the pairs, strongest first, with a bar each; the segments of the cell or pair last chosen at the right.
 */
public final class CoOccurrenceView {
    private final CoOccurrenceViewModel vm;
    private final Messages m;
    private final BorderPane root = new BorderPane();
    private final TableView<CodeInfo> table = new TableView<>();
    private final ListView<PairRow> list = new ListView<>();

    public CoOccurrenceView(CoOccurrenceViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        root.setId("explore-pairs");
        root.getStyleClass().add("explore-view");
        root.setStyle("-fx-background-color: -color-bg-default;");
        root.getStylesheets().add(CoOccurrenceView.class.getResource("explore-views.css").toExternalForm());
        WhereField where = new WhereField(vm.where(), m.get("explore.where"), m.get("explore.wherePrompt"), m.get("explore.whereTip"),
                                          f -> m.get("explore.removeFilter", f));
        where.setId("explore-pairs-where");
        Label definition = new Label(m.get("explore.pairs.definition"));
        definition.getStyleClass().add("text-muted");
        definition.setWrapText(true);
        VBox top = new VBox(4, where, definition);
        top.setPadding(new Insets(6, 8, 6, 8));
        root.setTop(top);
        Tab pairsTab = new Tab(m.get("explore.pairs.listTab"), pairList());
        pairsTab.setId("explore-pairs-list-tab");
        Tab tableTab = new Tab(m.get("explore.pairs.tableTab"), tablePane());
        tableTab.setId("explore-pairs-table-tab");
        TabPane tabs = new TabPane(pairsTab, tableTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SegmentList segments = new SegmentList(vm.segments(), vm.segmentsTitleProperty(), m.get("explore.pairs.clickPair"), vm::openSegment, true);
        segments.root().setId("explore-pairs-segments");
        SplitPane split = new SplitPane(tabs, segments.root());
        split.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(segments.root(), false);
        root.setCenter(split);
        Label status = new Label();
        status.setId("explore-pairs-status");
        status.textProperty().bind(vm.statusProperty());
        status.setPadding(new Insets(4, 8, 4, 8));
        root.setBottom(status);
        vm.codes().addListener((ListChangeListener<CodeInfo>) c -> buildColumns());
        vm.pairs().addListener((ListChangeListener<PairRow>) c -> table.refresh());
    }

    public Parent root() {
        return root;
    }

    TableView<CodeInfo> table() {
        return table;
    }

    ListView<PairRow> list() {
        return list;
    }

    // ---- the pairs, strongest first

    private Node pairList() {
        list.setId("explore-pairs-list");
        list.setItems(vm.pairs());
        Label none = new Label(m.get("explore.pairs.none"));
        none.setWrapText(true);
        list.setPlaceholder(none);
        list.setCellFactory(l -> new PairCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.open(b);
            }
        });
        return list;
    }

    private final class PairCell extends ListCell<PairRow> {
        @Override
        protected void updateItem(PairRow pair, boolean empty) {
            super.updateItem(pair, empty);
            setText(null);
            if (empty || pair == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label a = new Label(pair.a().name(), swatch(pair.a().colour()));
            Label with = new Label("\u2194");
            with.getStyleClass().add("text-muted");
            Label b = new Label(pair.b().name(), swatch(pair.b().colour()));
            HBox names = new HBox(6, a, with, b);
            names.setAlignment(Pos.CENTER_LEFT);
            names.setMinWidth(Region.USE_PREF_SIZE);
            Region bar = new Region();
            bar.getStyleClass().add("explore-pair-bar");
            int max = vm.maxOverlaps();
            double w = max == 0 ? 0 : 110.0 * pair.overlaps() / max;
            bar.setPrefSize(w, 12);
            bar.setMinSize(w, 12);
            bar.setMaxSize(w, 12);
            HBox barBox = new HBox(bar);
            barBox.setAlignment(Pos.CENTER_LEFT);
            barBox.setMinWidth(116);
            barBox.setPrefWidth(116);
            Label count = new Label(m.get("explore.pairs.count", pair.overlaps(), pair.documents()));
            count.getStyleClass().add("explore-bar-total");
            count.setMinWidth(190);
            count.setPrefWidth(190);
            HBox line = new HBox(10, barBox, count, names);
            line.setAlignment(Pos.CENTER_LEFT);
            setGraphic(line);
            setTooltip(new Tooltip(pair.a().path() + "  \u2194  " + pair.b().path()));
        }
    }

    // ---- the code x code table

    private Node tablePane() {
        table.setId("explore-pairs-table");
        table.getStyleClass().addAll("dense", "bordered");
        table.setFixedCellSize(28);
        table.setItems(vm.codes());
        table.setPlaceholder(new Label(m.get("explore.pairs.none")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        dev.passage.ui.common.CellChoice.onCellChosen(table, (row, column) -> {
            PairRow pair = column instanceof CodeInfo c ? vm.pair(row, c) : null;
            if (pair != null) {
                vm.open(pair);
            }
        });
        buildColumns();
        return table;
    }

    private void buildColumns() {
        table.getColumns().clear();
        TableColumn<CodeInfo, CodeInfo> code = new TableColumn<>(m.get("explore.codes.code"));
        code.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        code.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(CodeInfo info, boolean empty) {
                super.updateItem(info, empty);
                setText(empty || info == null ? null : info.name());
                setGraphic(empty || info == null ? null : swatch(info.colour()));
                setTooltip(empty || info == null ? null : new Tooltip(info.path()));
                setStyle(empty || info == null ? "" : "-fx-padding: 2 6 2 " + (6 + 12 * info.depth()) + ";");
            }
        });
        code.setPrefWidth(210);
        code.setSortable(false);
        table.getColumns().add(code);
        for (CodeInfo column : vm.codes()) {
            TableColumn<CodeInfo, CodeInfo> col = new TableColumn<>();
            Label header = new Label(column.name(), swatch(column.colour()));
            header.setTooltip(new Tooltip(column.path()));
            col.setGraphic(header);
            col.setUserData(column);
            col.setSortable(false);
            col.setPrefWidth(Math.max(70, Math.min(180, 44 + 8.5 * column.name().length())));
            col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
            col.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(CodeInfo row, boolean empty) {
                    super.updateItem(row, empty);
                    setAlignment(Pos.CENTER);
                    if (empty || row == null) {
                        setText(null);
                        setStyle("");
                        setTooltip(null);
                        return;
                    }
                    if (row.id() == column.id()) {
                        setText("\u2013");
                        setStyle("-fx-text-fill: -color-fg-subtle;");
                        setTooltip(null);
                        return;
                    }
                    PairRow pair = vm.pair(row, column);
                    setText(pair == null ? "" : Integer.toString(pair.overlaps()));
                    double shade = pair == null || vm.maxOverlaps() == 0 ? 0 : 0.12 + 0.5 * pair.overlaps() / vm.maxOverlaps();
                    setStyle(shade == 0 ? "" : String.format(Locale.ROOT, "-fx-background-color: rgba(9, 105, 218, %.2f);", shade));
                    setTooltip(pair == null ? null : new Tooltip(m.get("explore.pairs.cellTip", row.path(), column.path(),
                                                                       pair.overlaps(), pair.documents())));
                }
            });
            table.getColumns().add(col);
        }
    }

    private static Rectangle swatch(String colour) {
        Rectangle r = new Rectangle(10, 10);
        r.setArcWidth(3);
        r.setArcHeight(3);
        r.setStyle("-fx-fill: " + colour + ";");
        return r;
    }
}
