package dev.passage.ui.backup;

import dev.passage.ui.common.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

import java.util.Optional;

/**
 * A damaged project: the problem, the newest good backup, and three buttons: restore it (the damaged files are kept aside),
 * choose another backup, cancel.
 */
public final class RecoveryDialog {
    private final RecoveryViewModel vm;
    private final Window owner;

    public RecoveryDialog(RecoveryViewModel vm, Window owner) {
        this.vm = vm;
        this.owner = owner;
    }

    public void show() {
        Messages m = vm.messages();
        ButtonType restore = new ButtonType(m.get("backup.recovery.restoreNewest"), ButtonBar.ButtonData.OK_DONE);
        ButtonType choose = new ButtonType(m.get("backup.recovery.choose"), ButtonBar.ButtonData.OTHER);
        Alert alert = vm.canRestore() ? new Alert(Alert.AlertType.ERROR, "", restore, choose, ButtonType.CANCEL)
                                      : new Alert(Alert.AlertType.ERROR, "", ButtonType.CANCEL);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(vm.title());
        alert.setHeaderText(m.get("backup.recovery.header"));
        alert.setContentText(vm.problem() + "\n\n" + vm.advice());
        alert.getDialogPane().getStyleClass().add("recovery-dialog");
        alert.getDialogPane().setMinWidth(720);
        alert.getDialogPane().setPrefWidth(720);
        alert.setResizable(true);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return;
        }
        if (answer.get() == restore) {
            vm.restoreNewest();
        } else if (answer.get() == choose) {
            ChoiceDialog<BackupRow> pick = new ChoiceDialog<>(vm.newest().orElse(null), vm.backups());
            if (owner != null) {
                pick.initOwner(owner);
            }
            pick.setTitle(vm.title());
            pick.setHeaderText(m.get("backup.recovery.chooseHeader"));
            pick.showAndWait().ifPresent(vm::restore);
        }
    }
}
