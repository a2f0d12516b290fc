package dev.passage.ui.cases;

import dev.passage.ui.common.Messages;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The "Link documents to units" dialog's content: the rule (attribute or pattern), the live preview, Apply. */
public final class LinkView {
    private final BorderPane root = new BorderPane();
    private Runnable onClose = () -> { };

    public LinkView(LinkViewModel vm, Messages m) {
        root.getStyleClass().add("cases-link");
        root.getStylesheets().add(LinkView.class.getResource("cases.css").toExternalForm());
        root.setPrefSize(760, 560);

        Label intro = new Label(m.get("cases.link.intro"));
        intro.getStyleClass().add("cases-intro");
        intro.setWrapText(true);
        ToggleGroup how = new ToggleGroup();
        RadioButton byPattern = new RadioButton(m.get("cases.link.byPattern"));
        byPattern.setId("link-by-pattern");
        byPattern.setToggleGroup(how);
        RadioButton byAttribute = new RadioButton(m.get("cases.link.byAttribute"));
        byAttribute.setId("link-by-attribute");
        byAttribute.setToggleGroup(how);
        (vm.modeProperty().get() == LinkViewModel.Mode.PATTERN ? byPattern : byAttribute).setSelected(true);
        how.selectedToggleProperty().addListener((o, a, b) -> vm.modeProperty().set(b == byAttribute ? LinkViewModel.Mode.ATTRIBUTE
                                                                                                     : LinkViewModel.Mode.PATTERN));
        TextField pattern = new TextField();
        pattern.setId("link-pattern");
        pattern.setPromptText(m.get("cases.link.patternPrompt"));
        pattern.textProperty().bindBidirectional(vm.patternProperty());
        pattern.disableProperty().bind(byPattern.selectedProperty().not());
        ComboBox<String> attribute = new ComboBox<>(vm.attributes());
        attribute.setId("link-attribute");
        attribute.valueProperty().bindBidirectional(vm.attributeProperty());
        attribute.disableProperty().bind(byAttribute.selectedProperty().not());
        GridPane rule = new GridPane();
        rule.setHgap(10);
        rule.setVgap(8);
        rule.addRow(0, byPattern, pattern);
        rule.addRow(1, byAttribute, attribute);
        GridPane.setHgrow(pattern, Priority.ALWAYS);
        Label hint = new Label(m.get("cases.link.patternHint"));
        hint.getStyleClass().add("cases-muted");
        hint.setWrapText(true);
        VBox top = new VBox(8, intro, rule, hint, ImportParts.error(vm.errorProperty(), "link-error"));
        top.getStyleClass().add("cases-top");
        root.setTop(top);

        TableView<LinkViewModel.LinkRow> table = new TableView<>(vm.rows());
        table.setId("link-preview");
        table.getStyleClass().addAll("link-preview", "dense");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(m.get("cases.link.nothing")));
        TableColumn<LinkViewModel.LinkRow, String> doc = new TableColumn<>(m.get("cases.link.document"));
        doc.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().document()));
        doc.setPrefWidth(360);
        TableColumn<LinkViewModel.LinkRow, LinkViewModel.LinkRow> unit = new TableColumn<>(m.get("cases.link.unit"));
        unit.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        unit.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LinkViewModel.LinkRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeAll("unit-new", "unmatched");
                if (empty || r == null) {
                    setText(null);
                } else if (r.unit() == null) {
                    setText(m.get("cases.link.noMatch"));
                    getStyleClass().add("unmatched");
                } else {
                    setText(r.newUnit() ? m.get("cases.link.newUnit", r.unit()) : r.unit());
                    if (r.newUnit()) {
                        getStyleClass().add("unit-new");
                    }
                }
            }
        });
        table.getColumns().setAll(java.util.List.of(doc, unit));
        VBox center = new VBox(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        center.getStyleClass().add("cases-center");
        root.setCenter(center);

        Label summary = new Label();
        summary.setId("link-summary");
        summary.getStyleClass().add("cases-summary");
        summary.textProperty().bind(javafx.beans.binding.Bindings.when(vm.resultProperty().isEmpty()).then(vm.summaryProperty())
                                                                 .otherwise(vm.resultProperty()));
        summary.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button(m.get("cases.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> onClose.run());
        Button apply = new Button(m.get("cases.link.apply"));
        apply.setId("link-apply");
        apply.getStyleClass().add("accent");
        apply.setDefaultButton(true);
        apply.disableProperty().bind(vm.canApplyProperty().not());
        apply.setOnAction(e -> vm.apply());
        HBox bottom = new HBox(8, summary, spacer, close, apply);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.getStyleClass().add("cases-bottom");
        root.setBottom(bottom);
    }

    public Node root() {
        return root;
    }

    public void setOnClose(Runnable action) {
        this.onClose = action == null ? () -> { } : action;
    }
}
