package dev.passage.ui.backup;

import dev.passage.ui.common.Messages;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.function.Function;

/** File &gt; Backups…: the list of backups and what can be done with one. */
public final class BackupsDialog extends Dialog<Void> {
    public BackupsDialog(BackupsViewModel vm, Window owner) {
        Messages m = vm.messages();
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(m.get("backup.dialog.title"));
        setHeaderText(m.get("backup.dialog.header"));
        getDialogPane().getStyleClass().add("backups-dialog");

        TableView<BackupRow> table = new TableView<>(vm.rows());
        table.setId("backups-table");
        table.getColumns().add(column(m.get("backup.column.time"), BackupRow::time, 170));
        table.getColumns().add(column(m.get("backup.column.version"), r -> Long.toString(r.dataVersion()), 90));
        table.getColumns().add(column(m.get("backup.column.size"), BackupRow::size, 90));
        table.getColumns().add(column(m.get("backup.column.verified"), r -> r.verified() ? m.get("backup.verified.yes")
                                                                                         : m.get("backup.verified.no"), 90));
        table.setPlaceholder(new javafx.scene.control.Label(m.get("backup.dialog.empty")));
        table.setPrefSize(480, 300);

        Button now = new Button(m.get("backup.action.now"));
        now.setId("backup-now");
        now.setOnAction(e -> vm.backUpNow());
        Button restore = new Button(m.get("backup.action.restore"));
        restore.setId("backup-restore");
        restore.setOnAction(e -> vm.restoreIntoNewFolder(table.getSelectionModel().getSelectedItem()));
        Button open = new Button(m.get("backup.action.openCopy"));
        open.setId("backup-open-copy");
        open.setOnAction(e -> {
            BackupRow row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                close();
                vm.openCopy(row);
            }
        });
        var none = table.getSelectionModel().selectedItemProperty().isNull();
        restore.disableProperty().bind(none.or(vm.busyProperty()));
        open.disableProperty().bind(none.or(vm.busyProperty()));
        now.disableProperty().bind(vm.busyProperty());

        VBox content = new VBox(8, table, new HBox(8, now, restore, open));
        content.setPadding(new Insets(8));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        vm.refresh();
    }

    private static TableColumn<BackupRow, String> column(String title, Function<BackupRow, String> value, double width) {
        TableColumn<BackupRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
