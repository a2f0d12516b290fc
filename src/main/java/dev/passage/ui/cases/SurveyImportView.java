package dev.passage.ui.cases;

import dev.passage.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The "Import survey answers" dialog's content: the file, the respondent id and unit columns, the text columns as check boxes
 * (free-text columns ticked), the preview with counts, Import with progress, then the report.
 */
public final class SurveyImportView {
    private static final String NO_UNIT = "\u0000";
    private final SurveyImportViewModel vm;
    private final Messages m;
    private final BorderPane root = new BorderPane();
    private Runnable onClose = () -> { };

    public SurveyImportView(SurveyImportViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        root.getStyleClass().add("cases-import");
        root.getStylesheets().add(SurveyImportView.class.getResource("cases.css").toExternalForm());
        root.setPrefSize(980, 640);

        Label intro = ImportParts.intro(m.get("cases.survey.intro"));
        ComboBox<String> id = ImportParts.idColumn(vm.headers(), vm.idColumnProperty());
        ComboBox<String> unit = new ComboBox<>();
        unit.setId("cases-unit-column");
        Runnable unitChoices = () -> {
            var items = new java.util.ArrayList<String>();
            items.add(NO_UNIT);
            items.addAll(vm.headers());
            unit.getItems().setAll(items);
            unit.setValue(vm.unitColumnProperty().get() == null ? NO_UNIT : vm.unitColumnProperty().get());
        };
        vm.headers().addListener((javafx.collections.ListChangeListener<String>) c -> unitChoices.run());
        vm.unitColumnProperty().addListener((o, a, b) -> unit.setValue(b == null ? NO_UNIT : b));
        unit.valueProperty().addListener((o, a, b) -> vm.unitColumnProperty().set(b == null || b.equals(NO_UNIT) ? null : b));
        unit.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.equals(NO_UNIT) ? m.get("cases.survey.noUnit") : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        unitChoices.run();
        GridPane columns = new GridPane();
        columns.setHgap(8);
        columns.setVgap(6);
        columns.addRow(0, new Label(m.get("cases.survey.idColumn")), id);
        columns.addRow(1, new Label(m.get("cases.survey.unitColumn")), unit);
        VBox top = new VBox(8, intro, ImportParts.fileRow(vm.file(), m, vm::chooseFile), ImportParts.error(vm.file().errorProperty(), "file-error"),
                            columns);
        top.getStyleClass().add("cases-top");
        root.setTop(top);

        ListView<TextColumnChoice> texts = new ListView<>(vm.textColumns());
        texts.setId("cases-text-columns");
        texts.getStyleClass().addAll("cases-text-columns", "dense");
        texts.setCellFactory(CheckBoxListCell.forListView(TextColumnChoice::selectedProperty, new StringConverter<>() {
            @Override
            public String toString(TextColumnChoice c) {
                return c == null ? "" : m.get("cases.survey.textColumn", c.name(), c.filled());
            }

            @Override
            public TextColumnChoice fromString(String s) {
                return null;
            }
        }));
        Label textsTitle = new Label(m.get("cases.survey.textColumns"));
        textsTitle.getStyleClass().add("cases-section-title");
        Label textsHint = new Label(m.get("cases.survey.textColumnsHint"));
        textsHint.getStyleClass().add("cases-muted");
        textsHint.setWrapText(true);
        VBox left = new VBox(6, textsTitle, textsHint, texts);
        VBox.setVgrow(texts, Priority.ALWAYS);
        left.setPrefWidth(260);
        left.getStyleClass().add("cases-left");
        root.setLeft(left);

        PreviewTable preview = new PreviewTable(vm.previews(), m);
        TextArea report = ImportParts.report(vm.reportTextProperty());
        report.visibleProperty().bind(vm.reportProperty().isNotNull());
        preview.node().visibleProperty().bind(vm.reportProperty().isNull());
        StackPane center = new StackPane(preview.node(), report);
        center.getStyleClass().add("cases-center");
        root.setCenter(center);

        Label counts = new Label();
        counts.setId("cases-counts");
        counts.getStyleClass().add("cases-summary");
        counts.textProperty().bind(Bindings.createStringBinding(
            () -> vm.hintProperty().get().isEmpty() ? vm.countsProperty().get() : vm.hintProperty().get(),
            vm.hintProperty(), vm.countsProperty()));
        counts.setWrapText(true);
        ProgressBar progress = new ProgressBar(-1);
        progress.setPrefWidth(160);
        progress.visibleProperty().bind(vm.importingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button(m.get("cases.close"));
        close.setId("cases-close");
        close.setCancelButton(true);
        close.setOnAction(e -> onClose.run());
        close.disableProperty().bind(vm.importingProperty());
        Button importButton = ImportParts.importButton(m.get("cases.survey.import"), vm.canImportProperty(), vm.reportProperty(), vm::importNow);
        HBox buttons = new HBox(8, counts, progress, spacer, close, importButton);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root.setBottom(ImportParts.bottom(vm.previews(), m, buttons));
    }

    public Node root() {
        return root;
    }

    public void setOnClose(Runnable action) {
        this.onClose = action == null ? () -> { } : action;
    }
}
