package dev.passage.ui.agreement;

import dev.passage.agreement.AgreementReport;
import dev.passage.agreement.AgreementUnit;
import dev.passage.agreement.DisagreementPassage;
import dev.passage.agreement.Interval;
import dev.passage.ui.agreement.AgreementViewModel.DocumentRow;
import dev.passage.ui.agreement.AgreementViewModel.Row;
import dev.passage.ui.common.Messages;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.function.Function;

/**
 * Inter-coder agreement: the choices on top (coders, unit of analysis, overlap for segments, domain for documents, only the
 * documents every coder coded, save as CSV or HTML), what a unit is and each measure's chance model beneath them, then a
 * table of codes × measures (each with its bootstrap 95% interval) with the overall row last; choosing a code lists its
 * documents and the passages where the coders differ beneath it (double-click or Enter shows one in the transcript).
 */
public final class AgreementView {
    private final AgreementViewModel vm;
    private final Messages m;
    private final BorderPane root = new BorderPane();
    private final FlowPane coderBoxes = new FlowPane(10, 4);
    private final TableView<Row> table = new TableView<>();
    private final TableView<DocumentRow> documents = new TableView<>();
    private final ListView<DisagreementPassage> passages = new ListView<>();
    private final TableColumn<Row, String> pa;
    private final TableColumn<Row, String> kappa;
    private final TableColumn<Row, String> alpha;
    private final TableColumn<Row, String> bp;
    private final TableColumn<DocumentRow, String> docPa;
    private final TableColumn<DocumentRow, String> docKappa;
    private final TableColumn<DocumentRow, String> docAlpha;
    private final TableColumn<DocumentRow, String> docBp;
    private final TableColumn<DocumentRow, String> docValues;

    public AgreementView(AgreementViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        root.getStyleClass().add("agreement");
        root.setPadding(new Insets(8));

        coderBoxes.setId("agreement-coders");
        coderBoxes.setAlignment(Pos.CENTER_LEFT);
        vm.coders().addListener((ListChangeListener<String>) c -> fillCoders());
        vm.chosenCoders().addListener((ListChangeListener<String>) c -> syncCoders());

        ComboBox<AgreementUnit> unit = new ComboBox<>();
        unit.setId("agreement-unit");
        unit.getItems().setAll(AgreementUnit.values());
        unit.setConverter(new StringConverter<>() {
            @Override
            public String toString(AgreementUnit u) {
                return u == null ? "" : m.get("agreement.unit." + u.key());
            }

            @Override
            public AgreementUnit fromString(String s) {
                return null;
            }
        });
        unit.valueProperty().bindBidirectional(vm.unitProperty());
        unit.setTooltip(new Tooltip(m.get("agreement.unitTip")));

        Spinner<Double> overlap = new Spinner<>(0.05, 1.0, vm.overlapProperty().get(), 0.05);
        overlap.setId("agreement-overlap");
        overlap.setPrefWidth(90);
        overlap.valueProperty().addListener((o, a, b) -> vm.overlapProperty().set(b));
        overlap.setTooltip(new Tooltip(m.get("agreement.overlapTip")));
        Label overlapLabel = new Label(m.get("agreement.overlap"));
        HBox overlapBox = new HBox(6, overlapLabel, overlap);
        overlapBox.setAlignment(Pos.CENTER_LEFT);
        overlapBox.visibleProperty().bind(vm.unitProperty().isEqualTo(AgreementUnit.SEGMENT));
        overlapBox.managedProperty().bind(overlapBox.visibleProperty());

        ComboBox<String> domain = new ComboBox<>(vm.domains());
        domain.setId("agreement-domain");
        domain.setPromptText(m.get("agreement.noDomain"));
        domain.valueProperty().bindBidirectional(vm.domainProperty());
        Button noDomain = new Button(m.get("agreement.clearDomain"));
        noDomain.setOnAction(e -> vm.domainProperty().set(null));
        noDomain.disableProperty().bind(vm.domainProperty().isNull());
        HBox domainBox = new HBox(6, new Label(m.get("agreement.domain")), domain, noDomain);
        domainBox.setAlignment(Pos.CENTER_LEFT);
        domainBox.visibleProperty().bind(vm.unitProperty().isEqualTo(AgreementUnit.DOCUMENT));
        domainBox.managedProperty().bind(domainBox.visibleProperty());
        domain.setTooltip(new Tooltip(m.get("agreement.domainTip")));

        CheckBox shared = new CheckBox(m.get("agreement.codedByAll"));
        shared.setId("agreement-coded-by-all");
        shared.selectedProperty().bindBidirectional(vm.codedByAllProperty());
        shared.setTooltip(new Tooltip(m.get("agreement.codedByAllTip")));

        Button csv = new Button(m.get("agreement.export.csv"));
        csv.setId("agreement-csv");
        csv.setOnAction(e -> vm.exportCsv());
        Button html = new Button(m.get("agreement.export.html"));
        html.setId("agreement-html");
        html.setOnAction(e -> vm.exportHtml());
        csv.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.rows()));
        html.disableProperty().bind(csv.disableProperty());

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label codersLabel = new Label(m.get("agreement.coders"));
        Label unitLabel = new Label(m.get("agreement.unit"));
        for (Region r : java.util.List.of(codersLabel, unitLabel, overlapLabel, shared, csv, html)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox who = new HBox(10, codersLabel, coderBoxes);
        who.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(coderBoxes, Priority.ALWAYS);
        HBox how = new HBox(10, unitLabel, unit, overlapBox, domainBox, shared, grow, csv, html);
        how.setAlignment(Pos.CENTER_LEFT);
        VBox choices = new VBox(6, who, how);

        Label explanation = new Label();
        explanation.setId("agreement-explanation");
        explanation.setWrapText(true);
        explanation.textProperty().bind(vm.explanationProperty());
        explanation.getStyleClass().add("text-muted");
        Label status = new Label();
        status.setId("agreement-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        VBox top = new VBox(6, choices, explanation, status);
        top.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(top);

        table.setId("agreement-table");
        table.setPlaceholder(new Label(m.get("agreement.placeholder")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Row, String> code = text(m.get("agreement.col.code"), Row::code);
        code.setPrefWidth(230);
        TableColumn<Row, String> units = text(m.get("agreement.col.units"), r -> Long.toString(r.units()));
        units.setStyle("-fx-alignment: CENTER-RIGHT;");
        units.setPrefWidth(70);
        pa = measure(m.get("agreement.col.pa"), Row::percentAgreement, AgreementReport.Intervals::percentAgreement);
        kappa = measure(m.get("agreement.col.kappa"), Row::cohenKappa, AgreementReport.Intervals::cohenKappa);
        alpha = measure(m.get("agreement.col.alpha"), Row::krippendorffAlpha, AgreementReport.Intervals::krippendorffAlpha);
        bp = measure(m.get("agreement.col.bp"), Row::brennanPrediger, AgreementReport.Intervals::brennanPrediger);
        table.getColumns().setAll(java.util.List.of(code, units, pa, kappa, alpha, bp));
        table.setItems(vm.rows());
        table.setRowFactory(t -> {
            TableRow<Row> row = new TableRow<>();
            row.itemProperty().addListener((o, a, b) -> row.setStyle(b != null && b.overall() ? "-fx-font-weight: bold;" : ""));
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.choose(b));
        vm.rows().addListener((ListChangeListener<Row>) c -> showColumns());

        documents.setId("agreement-documents");
        documents.setPlaceholder(new Label(m.get("agreement.documents.hint")));
        documents.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<DocumentRow, String> docName = docText(m.get("agreement.col.document"), DocumentRow::document);
        docName.setPrefWidth(200);
        docPa = docText(m.get("agreement.col.pa"), d -> AgreementViewModel.number(d.percentAgreement()));
        docKappa = docText(m.get("agreement.col.kappa"), d -> AgreementViewModel.number(d.cohenKappa()));
        docAlpha = docText(m.get("agreement.col.alpha"), d -> AgreementViewModel.number(d.krippendorffAlpha()));
        docBp = docText(m.get("agreement.col.bp"), d -> AgreementViewModel.number(d.brennanPrediger()));
        docValues = docText(m.get("agreement.col.values"), DocumentRow::values);
        documents.getColumns().setAll(java.util.List.of(docName, docPa, docKappa, docAlpha, docBp, docValues));
        documents.setItems(vm.documents());
        documents.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.chooseDocument(b);
            }
        });

        passages.setId("agreement-passages");
        passages.setItems(vm.passages());
        Label noPassage = new Label();
        noPassage.textProperty().bind(javafx.beans.binding.Bindings.when(table.getSelectionModel().selectedItemProperty().isNull())
                                                                  .then(m.get("agreement.documents.hint"))
                                                                  .otherwise(m.get("agreement.passages.none")));
        passages.setPlaceholder(noPassage);
        passages.setCellFactory(l -> new PassageCell());
        passages.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.open(passages.getSelectionModel().getSelectedItem());
            }
        });
        passages.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(passages.getSelectionModel().getSelectedItem());
            }
        });
        Label passagesTitle = new Label();
        passagesTitle.setId("agreement-passages-title");
        passagesTitle.setWrapText(true);
        passagesTitle.setMinHeight(Region.USE_PREF_SIZE);
        passagesTitle.textProperty().bind(vm.passagesTitleProperty());
        Label documentsTitle = new Label(m.get("agreement.documents.title"));
        VBox docsBox = new VBox(4, documentsTitle, documents);
        VBox.setVgrow(documents, Priority.ALWAYS);
        VBox passagesBox = new VBox(4, passagesTitle, passages);
        VBox.setVgrow(passages, Priority.ALWAYS);
        SplitPane below = new SplitPane(docsBox, passagesBox);
        below.setDividerPositions(0.5);
        SplitPane center = new SplitPane(table, below);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.55);
        root.setCenter(center);
        showColumns();
    }

    public Parent root() {
        return root;
    }

    private void fillCoders() {
        coderBoxes.getChildren().clear();
        for (String coder : vm.coders()) {
            CheckBox box = new CheckBox(coder);
            box.setUserData(coder);
            box.setSelected(vm.chosenCoders().contains(coder));
            box.selectedProperty().addListener((o, a, b) -> vm.choose(coder, b));
            coderBoxes.getChildren().add(box);
        }
    }

    private void syncCoders() {
        coderBoxes.getChildren().forEach(n -> ((CheckBox) n).setSelected(vm.chosenCoders().contains((String) n.getUserData())));
    }

    /** Shows the columns of the measures the unit gives (and "values" for the document unit). */
    private void showColumns() {
        AgreementReport r = vm.report();
        AgreementReport.Chance c = r == null ? null : r.chance();
        set(pa, docPa, c == null || c.percentAgreement() != null);
        set(kappa, docKappa, c == null || c.cohenKappa() != null);
        set(alpha, docAlpha, c == null || c.krippendorffAlpha() != null);
        set(bp, docBp, c == null || c.brennanPrediger() != null);
        alpha.setText(m.get(r != null && r.unit().equals("unitized") ? "agreement.col.alphaU" : "agreement.col.alpha"));
        docAlpha.setText(alpha.getText());
        docValues.setVisible(r != null && r.unit().equals("document"));
    }

    private static void set(TableColumn<Row, String> column, TableColumn<DocumentRow, String> docColumn, boolean visible) {
        column.setVisible(visible);
        docColumn.setVisible(visible);
    }

    private static TableColumn<Row, String> text(String title, Function<Row, String> value) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private static TableColumn<DocumentRow, String> docText(String title, Function<DocumentRow, String> value) {
        TableColumn<DocumentRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    /** A measure's column: the value and its interval, each with three decimals. */
    private static TableColumn<Row, String> measure(String title, Function<Row, Double> value,
                                                    Function<AgreementReport.Intervals, Interval> interval) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setSortable(false);
        c.setPrefWidth(215);
        c.setCellValueFactory(d -> {
            Row r = d.getValue();
            String ci = r.ci95() == null ? "" : AgreementViewModel.interval(interval.apply(r.ci95()));
            return new javafx.beans.property.ReadOnlyStringWrapper(AgreementViewModel.number(value.apply(r)) + (ci.isEmpty() ? "" : "  " + ci));
        });
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setStyle("-fx-alignment: CENTER-RIGHT; -fx-font-family: monospace;");
            }
        });
        return c;
    }

    /** A passage: where, who coded it and who did not, and its text. */
    private final class PassageCell extends ListCell<DisagreementPassage> {
        @Override
        protected void updateItem(DisagreementPassage p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            javafx.scene.text.Text head = new javafx.scene.text.Text(m.get("agreement.passage.head", p.document(), p.start(), p.end(), p.code(),
                                                                           String.join(", ", p.codedBy()), String.join(", ", p.notCodedBy())));
            head.setStyle("-fx-font-weight: bold;");
            javafx.scene.text.Text text = new javafx.scene.text.Text(p.text().replace('\n', ' '));
            // as wide as the list (less its scroll bar): long lines wrap instead of being cut
            head.wrappingWidthProperty().bind(getListView().widthProperty().subtract(36));
            text.wrappingWidthProperty().bind(head.wrappingWidthProperty());
            head.getStyleClass().add("text");
            text.getStyleClass().add("text");
            VBox box = new VBox(2, head, text);
            setText(null);
            setGraphic(box);
        }
    }
}
