package dev.passage.ui.documents;

import dev.passage.ui.common.Messages;
import dev.passage.ui.documents.ImportPreviewViewModel.Row;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The folder import's preview window content: a checkbox per file, Select all/none, and Import for the checked ones. */
public final class ImportPreviewView {
    private final VBox root;
    private Runnable onClose = () -> { };

    public ImportPreviewView(ImportPreviewViewModel vm, Messages m) {
        Label header = new Label(m.get("documents.preview.header", vm.folderText()));
        header.setWrapText(true);
        header.getStyleClass().add("title-4");

        TableView<Row> table = new TableView<>(vm.rows());
        table.setId("import-preview-table");
        table.setPlaceholder(new Label(m.get("documents.preview.loading")));
        vm.loadedProperty().addListener((o, a, b) -> table.setPlaceholder(new Label(m.get("documents.preview.none"))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<Row, Boolean> check = new TableColumn<>();
        check.setSortable(false);
        check.setPrefWidth(36);
        check.setMinWidth(36);
        check.setMaxWidth(36);
        check.setCellFactory(c -> new CheckCell());
        TableColumn<Row, String> file = text(m.get("documents.preview.file"), Row::path, 280);
        file.setCellFactory(c -> new TipCell());
        TableColumn<Row, String> format = text(m.get("documents.preview.format"), Row::format, 70);
        TableColumn<Row, String> size = text(m.get("documents.preview.size"), Row::size, 80);
        size.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<Row, String> note = text(m.get("documents.preview.note"), Row::reason, 400);
        note.setCellFactory(c -> new TipCell());
        table.getColumns().setAll(java.util.List.of(check, file, format, size, note));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("unreadable"), !empty && row != null && !row.canCheck());
                setOpacity(!empty && row != null && !row.canCheck() ? 0.55 : 1);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Label notes = new Label();
        notes.setId("import-preview-notes");
        notes.setWrapText(true);
        notes.getStyleClass().add("text-muted");
        notes.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> String.join("\n", vm.notes()), vm.notes()));
        notes.managedProperty().bind(notes.textProperty().isNotEmpty());
        notes.visibleProperty().bind(notes.managedProperty());

        Button all = new Button(m.get("documents.preview.selectAll"));
        all.setId("import-preview-all");
        all.setOnAction(e -> vm.selectAll());
        Button none = new Button(m.get("documents.preview.selectNone"));
        none.setId("import-preview-none");
        none.setOnAction(e -> vm.selectNone());
        Label count = new Label();
        count.setId("import-preview-count");
        count.textProperty().bind(vm.countTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button cancel = new Button(m.get("common.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> onClose.run());
        Button doImport = new Button();
        doImport.setId("import-preview-import");
        doImport.setDefaultButton(true);
        doImport.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
            () -> m.get("documents.preview.import", vm.checkedCountProperty().get()), vm.checkedCountProperty()));
        doImport.disableProperty().bind(vm.checkedCountProperty().isEqualTo(0));
        doImport.setOnAction(e -> {
            vm.importChecked();
            onClose.run();
        });
        HBox buttons = new HBox(8, all, none, count, spacer, cancel, doImport);
        buttons.setAlignment(Pos.CENTER_LEFT);

        root = new VBox(10, header, table, notes, buttons);
        root.setPadding(new Insets(14));
        root.setPrefSize(940, 540);
    }

    public Node root() {
        return root;
    }

    /** Called when the window should close (after Import, or Cancel). */
    public void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    private static TableColumn<Row, String> text(String title, java.util.function.Function<Row, String> value, double width) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A text cell whose whole text is also its tooltip (long paths and reasons stay readable). */
    private static final class TipCell extends TableCell<Row, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
        }
    }

    /** The row's checkbox, disabled for a file that cannot be imported. */
    private static final class CheckCell extends TableCell<Row, Boolean> {
        private final CheckBox box = new CheckBox();
        private Row bound;

        CheckCell() {
            box.getStyleClass().add("import-preview-check");
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(Boolean item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.checkedProperty());
                bound = null;
            }
            Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row == null) {
                setGraphic(null);
                return;
            }
            bound = row;
            box.selectedProperty().bindBidirectional(row.checkedProperty());
            box.setDisable(!row.canCheck());
            setGraphic(box);
        }
    }
}
