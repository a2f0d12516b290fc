package dev.passage.ui.exchange;

import dev.passage.export.ReportKind;
import dev.passage.ui.common.Messages;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.Locale;

/**
 * File &gt; Export…: the format on the left (excerpt tables, reports, REFI-QDA), the excerpt filters and variable columns on
 * the right (greyed out where the format takes none), a live count of what will be written at the bottom. "Export…" asks
 * for the file; the dialog then closes and the export runs in the background (progress and Cancel in the status bar).
 */
final class ExportDialog extends Dialog<Void> {
    private final ExportViewModel vm;
    private final ToggleGroup formats = new ToggleGroup();

    ExportDialog(ExportViewModel vm, Window owner) {
        this.vm = vm;
        Messages m = vm.messages();
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(m.get("exchange.export.title"));
        setHeaderText(null);
        setResizable(true);
        getDialogPane().getStyleClass().add("export-dialog");
        getDialogPane().getStylesheets().add(ExportDialog.class.getResource("exchange.css").toExternalForm());

        VBox left = formatColumn(m);
        VBox right = filterColumn(m);
        HBox columns = new HBox(18, left, new Separator(javafx.geometry.Orientation.VERTICAL), right);
        HBox.setHgrow(right, Priority.ALWAYS);
        VBox.setVgrow(columns, Priority.ALWAYS);

        Label preview = new Label();
        preview.getStyleClass().add("export-preview");
        preview.textProperty().bind(vm.previewProperty());
        preview.setWrapText(true);
        preview.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrap instead of cutting off
        VBox content = new VBox(12, columns, new Separator(), preview);
        content.setPadding(new Insets(14, 18, 4, 18));
        // the content scrolls when the window is smaller than it, so the summary never runs under the buttons
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll("edge-to-edge", "export-content");
        getDialogPane().setContent(scroll);
        getDialogPane().setPrefSize(980, 740);
        // opens at the preferred size (a smaller minimum would make the window open at that), then may shrink
        getDialogPane().setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        setOnShown(e -> getDialogPane().setMinSize(760, 560));

        ButtonType export = new ButtonType(m.get("exchange.export.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(export, cancel);
        Node exportButton = getDialogPane().lookupButton(export);
        exportButton.getStyleClass().addAll("accent", "export-button");
        exportButton.disableProperty().bind(vm.loadingProperty().or(vm.runningProperty()));
        exportButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!vm.export()) {
                e.consume(); // no file chosen: stay open
            }
        });
        setResultConverter(button -> null);
    }

    private VBox formatColumn(Messages m) {
        Label title = section(m.get("exchange.export.format"));
        VBox box = new VBox(6, title,
            group(m.get("exchange.group.table")), radio(ExportFormat.CSV, m), csvForExcel(m), radio(ExportFormat.XLSX, m), radio(ExportFormat.JSON, m),
            group(m.get("exchange.group.report")), radio(ExportFormat.DOCX, m), radio(ExportFormat.HTML, m), reportKind(m),
            group(m.get("exchange.group.refi")), radio(ExportFormat.QDPX, m), radio(ExportFormat.QDC, m));
        Label description = new Label();
        description.getStyleClass().add("export-description");
        description.setWrapText(true);
        description.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrap instead of cutting off
        description.textProperty().bind(vm.descriptionProperty());
        VBox.setMargin(description, new Insets(10, 0, 0, 0));
        box.getChildren().addAll(description, variableColumns(m));
        box.setPrefWidth(320);
        box.setMinWidth(280);
        box.getStyleClass().add("export-formats");
        formats.selectToggle(formats.getToggles().stream().filter(t -> t.getUserData() == vm.formatProperty().get()).findFirst().orElse(null));
        vm.formatProperty().addListener((o, before, now) -> formats.getToggles().stream().filter(t -> t.getUserData() == now).findFirst()
                                                                 .ifPresent(formats::selectToggle));
        formats.selectedToggleProperty().addListener((o, before, now) -> {
            if (now == null) {
                formats.selectToggle(before); // one format is always chosen
            } else {
                vm.formatProperty().set((ExportFormat) now.getUserData());
            }
        });
        return box;
    }

    private RadioButton radio(ExportFormat f, Messages m) {
        String key = f.name().toLowerCase(Locale.ROOT);
        RadioButton b = new RadioButton(m.get("exchange.format." + key));
        b.setUserData(f);
        b.setToggleGroup(formats);
        b.getStyleClass().add("format-" + key);
        b.setTooltip(new Tooltip(m.get("exchange.formatTip." + key)));
        VBox.setMargin(b, new Insets(0, 0, 0, 8));
        return b;
    }

    /** Under CSV: the same table spelled for Excel (æ, ø, å intact; ";" and decimal commas where the system uses them). */
    private javafx.scene.control.CheckBox csvForExcel(Messages m) {
        javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox(m.get("exchange.csvForExcel"));
        box.getStyleClass().add("csv-for-excel");
        box.setTooltip(new Tooltip(m.get("exchange.csvForExcelTip")));
        box.selectedProperty().bindBidirectional(vm.csvForExcelProperty());
        box.disableProperty().bind(vm.formatProperty().map(f -> f != ExportFormat.CSV));
        VBox.setMargin(box, new Insets(0, 0, 0, 32));
        return box;
    }

    private HBox reportKind(Messages m) {
        ComboBox<ReportKind> kinds = new ComboBox<>();
        kinds.getItems().setAll(ReportKind.EXCERPTS, ReportKind.CODEBOOK);
        kinds.getStyleClass().add("report-kind");
        kinds.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReportKind k) {
                return k == null ? "" : m.get(k == ReportKind.CODEBOOK ? "exchange.kind.codebook" : "exchange.kind.excerpts");
            }

            @Override
            public ReportKind fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        kinds.valueProperty().bindBidirectional(vm.reportKindProperty());
        kinds.disableProperty().bind(vm.formatProperty().map(f -> !f.isReport()));
        Label label = new Label(m.get("exchange.export.reportKind"));
        label.setLabelFor(kinds);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        kinds.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(kinds, Priority.ALWAYS);
        HBox row = new HBox(8, label, kinds);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox.setMargin(row, new Insets(0, 0, 0, 34));
        return row;
    }

    private VBox filterColumn(Messages m) {
        Label title = section(m.get("exchange.export.filters"));
        Label hint = new Label(m.get("exchange.export.filtersHint"));
        hint.getStyleClass().add("export-hint");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrap instead of cutting off

        ChoiceListBox codes = new ChoiceListBox(m.get("exchange.filter.codes"), m.get("exchange.empty.codes"), vm.codes(), m, "codes-box");
        CheckBox sub = new CheckBox(m.get("exchange.filter.subcodes"));
        sub.getStyleClass().add("export-subcodes");
        sub.setTooltip(new Tooltip(m.get("exchange.filter.subcodesTip")));
        sub.selectedProperty().bindBidirectional(vm.includeSubcodesProperty());
        codes.getChildren().add(sub);
        ChoiceListBox docs = new ChoiceListBox(m.get("exchange.filter.documents"), m.get("exchange.empty.documents"), vm.documents(), m,
                                               "documents-box");
        ChoiceListBox units = new ChoiceListBox(m.get("exchange.filter.units"), m.get("exchange.empty.units"), vm.units(), m, "units-box");
        ChoiceListBox coders = new ChoiceListBox(m.get("exchange.filter.coders"), m.get("exchange.empty.coders"), vm.coders(), m,
                                                 "coders-box");
        GridPane grid = new GridPane(14, 12);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(codes, 0, 0);
        grid.add(docs, 1, 0);
        grid.add(units, 0, 1);
        grid.add(coders, 1, 1);
        for (ChoiceListBox b : new ChoiceListBox[]{codes, docs, units, coders}) {
            GridPane.setVgrow(b, Priority.ALWAYS);
            b.list().setPrefHeight(190);
        }
        sub.setMaxWidth(Double.MAX_VALUE);
        VBox.setVgrow(grid, Priority.ALWAYS);
        VBox filters = new VBox(8, title, hint, grid);
        filters.disableProperty().bind(vm.formatProperty().map(f -> !f.takesFilters()));

        return filters;
    }

    private VBox variableColumns(Messages m) {
        ChoiceListBox vars = new ChoiceListBox(m.get("exchange.export.columns"), m.get("exchange.empty.variables"), vm.variables(), m,
                                               "variables-box");
        Label hint = new Label(m.get("exchange.export.columnsHint"));
        hint.getStyleClass().add("export-hint");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrap instead of cutting off
        vars.list().setPrefHeight(120);
        vars.list().setMinHeight(84);
        VBox.setVgrow(vars, Priority.ALWAYS);
        vars.getChildren().add(1, hint);
        VBox columns = new VBox(6, vars);
        columns.disableProperty().bind(vm.formatProperty().map(f -> !f.isTable()));
        VBox.setMargin(columns, new Insets(12, 0, 0, 0));
        VBox.setVgrow(columns, Priority.ALWAYS);
        return columns;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("export-section");
        return l;
    }

    private static Label group(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("export-group");
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrap instead of cutting off
        VBox.setMargin(l, new Insets(6, 0, 0, 0));
        return l;
    }
}
