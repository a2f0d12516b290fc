package dev.passage.ui.mixed;

import dev.passage.model.VariableScope;
import dev.passage.ui.common.FilterChips;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/**
 * Quantitize: tick codes at the left, see the tidy unit x code table (with the units' variables) in the middle, then
 * "Write as variables" (units' or respondents' NUMBER variables, undoable) or "Export tidy CSV…".
 */
public final class QuantitizeView {
    private final QuantitizeViewModel vm;
    private final DisplayParts parts;
    private final BorderPane root = new BorderPane();
    private final TableView<TidyLine> table = new TableView<>();

    public QuantitizeView(QuantitizeViewModel vm, DisplayParts parts) {
        this.vm = vm;
        this.parts = parts;
        var m = parts.messages();
        root.getStyleClass().add("mixed-quantitize");

        ComboBox<VariableScope> scope = parts.combo(javafx.collections.FXCollections.observableArrayList(vm.scopes()),
                                                    s -> m.get("mixed.quantitize.scope." + s.name()), "mixed-scope");
        scope.valueProperty().bindBidirectional(vm.scopeProperty());
        CheckBox sub = new CheckBox(m.get("mixed.includeSubCodes"));
        sub.getStyleClass().add("mixed-subcodes");
        sub.selectedProperty().bindBidirectional(vm.includeSubCodesProperty());
        Button write = parts.button("mixed.quantitize.write", "mixed-write", vm::writeVariables);
        write.getStyleClass().add("accent");
        write.disableProperty().bind(Bindings.isEmpty(vm.preview()));
        Button export = parts.button("mixed.quantitize.exportCsv", "mixed-export-csv", vm::exportCsv);
        export.disableProperty().bind(Bindings.isEmpty(vm.preview()));
        HBox bar = parts.bar(vm.statusProperty(), parts.caption("mixed.quantitize.scopeLabel"), scope, sub);
        bar.getChildren().addAll(write, export);
        Label explain = new Label();
        explain.getStyleClass().add("mixed-measure-definition");
        explain.setWrapText(true);
        explain.textProperty().bind(Bindings.createStringBinding(() -> m.get("mixed.quantitize.explain." + vm.scopeProperty().get().name()),
                                                                 vm.scopeProperty()));
        FilterChips chips = new FilterChips(vm.activeFilters(), f -> m.get("mixed.quantitize.removeFilter", f));
        chips.getStyleClass().add("mixed-filter-chips");
        chips.setPadding(new javafx.geometry.Insets(2, 10, 4, 10));
        root.setTop(new VBox(bar, explain, chips));

        ListView<CodeChoice> codes = new ListView<>(vm.codes());
        codes.getStyleClass().add("mixed-code-checklist");
        codes.setCellFactory(l -> {
            CheckBoxListCell<CodeChoice> cell = new CheckBoxListCell<>(vm::chosenProperty) {
                @Override
                public void updateItem(CodeChoice item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : item.name());
                    setStyle(empty || item == null ? "" : "-fx-padding: 2 6 2 " + (6 + 16 * item.depth()) + ";");
                }
            };
            return cell;
        });
        Button all = parts.button("mixed.quantitize.all", "mixed-choose-all", () -> vm.chooseAll(true));
        Button none = parts.button("mixed.quantitize.none", "mixed-choose-none", () -> vm.chooseAll(false));
        all.getStyleClass().add("flat");
        none.getStyleClass().add("flat");
        HBox choose = new HBox(6, parts.caption("mixed.quantitize.codes"), all, none);
        choose.setAlignment(Pos.CENTER_LEFT);
        choose.getStyleClass().add("mixed-choose");
        VBox left = new VBox(4, choose, codes);
        VBox.setVgrow(codes, Priority.ALWAYS);
        left.setMinWidth(200);

        table.getStyleClass().addAll("mixed-tidy-table", "bordered", "dense");
        table.setItems(vm.preview());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(parts.placeholder(vm.stateProperty(), vm.errorProperty(), "mixed.quantitize.needsCodes", "mixed.quantitize.empty"));
        vm.scoreNames().addListener((ListChangeListener<String>) c -> buildColumns());
        buildColumns();

        SplitPane split = new SplitPane(left, table);
        split.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(left, false);
        root.setCenter(split);
    }

    public Node root() {
        return root;
    }

    TableView<TidyLine> table() {
        return table;
    }

    private void buildColumns() {
        table.getColumns().clear();
        table.getColumns().add(text("mixed.tidy.unit", TidyLine::unit, 170));
        table.getColumns().add(text("mixed.tidy.code", TidyLine::codePath, 280));
        table.getColumns().add(number("mixed.tidy.segments", l -> parts.count(l.counts().segments())));
        table.getColumns().add(number("mixed.tidy.codedChars", l -> parts.count(l.counts().codedChars())));
        table.getColumns().add(number("mixed.tidy.unitChars", l -> parts.count(l.counts().textChars())));
        table.getColumns().add(number("mixed.tidy.shareChars", l -> parts.percent(l.counts().shareChars())));
        table.getColumns().add(number("mixed.tidy.carriers", l -> parts.messages().get("mixed.tidy.ofTotal", l.counts().carriers(),
                                                                                       l.counts().carrierTotal())));
        table.getColumns().add(number("mixed.tidy.shareCarriers", l -> parts.percent(l.counts().shareCarriers())));
        for (int i = 0; i < vm.scoreNames().size(); i++) {
            int index = i;
            TableColumn<TidyLine, String> col = number(null, l -> l.scores().get(index) == null ? "–" : l.scores().get(index));
            col.setText(vm.scoreNames().get(i));
            col.getStyleClass().add("mixed-score-column");
            table.getColumns().add(col);
        }
    }

    private TableColumn<TidyLine, String> text(String key, Function<TidyLine, String> value, double width) {
        TableColumn<TidyLine, String> col = new TableColumn<>(parts.messages().get(key));
        col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        col.setPrefWidth(width);
        return col;
    }

    private TableColumn<TidyLine, String> number(String key, Function<TidyLine, String> value) {
        TableColumn<TidyLine, String> col = new TableColumn<>(key == null ? "" : parts.messages().get(key));
        col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        col.setCellFactory(c -> new TableCell<>() {
            {
                setAlignment(Pos.CENTER_RIGHT);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        col.setPrefWidth(112);
        return col;
    }
}
