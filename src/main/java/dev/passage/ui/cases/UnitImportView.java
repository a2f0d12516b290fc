package dev.passage.ui.cases;

import dev.passage.ui.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The "Import unit scores" dialog's content: the file (and sheet), the column naming the units, a preview of the first rows
 * with each column's type (choosable), the rows that cannot be read, and Import; then the report in place of the preview.
 */
public final class UnitImportView {
    private final UnitImportViewModel vm;
    private final Messages m;
    private final BorderPane root = new BorderPane();
    private Runnable onClose = () -> { };

    public UnitImportView(UnitImportViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        root.getStyleClass().add("cases-import");
        root.getStylesheets().add(UnitImportView.class.getResource("cases.css").toExternalForm());
        root.setPrefSize(900, 600);

        Label intro = ImportParts.intro(m.get("cases.units.intro"));
        ComboBox<String> id = ImportParts.idColumn(vm.headers(), vm.idColumnProperty());
        Label idLabel = new Label(m.get("cases.units.idColumn"));
        idLabel.setLabelFor(id);
        HBox idRow = new HBox(8, idLabel, id);
        idRow.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, intro, ImportParts.fileRow(vm.file(), m, vm::chooseFile), ImportParts.error(vm.file().errorProperty(), "file-error"),
                            idRow);
        top.getStyleClass().add("cases-top");
        root.setTop(top);

        PreviewTable preview = new PreviewTable(vm.previews(), m);
        TextArea report = ImportParts.report(vm.reportTextProperty());
        report.visibleProperty().bind(vm.reportProperty().isNotNull());
        preview.node().visibleProperty().bind(vm.reportProperty().isNull());
        StackPane center = new StackPane(preview.node(), report);
        center.getStyleClass().add("cases-center");
        root.setCenter(center);

        Label summary = new Label();
        summary.setId("cases-summary");
        summary.getStyleClass().add("cases-summary");
        summary.textProperty().bind(vm.previews().summaryProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.importingProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button(m.get("cases.close"));
        close.setId("cases-close");
        close.setCancelButton(true);
        close.setOnAction(e -> onClose.run());
        Button importButton = ImportParts.importButton(m.get("cases.units.import"), vm.canImportProperty(), vm.reportProperty(), vm::importNow);
        HBox buttons = new HBox(8, summary, busy, spacer, close, importButton);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root.setBottom(ImportParts.bottom(vm.previews(), m, buttons));
    }

    public Node root() {
        return root;
    }

    /** What Close does (the window hides itself). */
    public void setOnClose(Runnable action) {
        this.onClose = action == null ? () -> { } : action;
    }
}
