package dev.passage.ui.history;

import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.ProjectContext;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Supplier;

/** View › History…: the history in a window of its own beside the workbench (one at a time), refreshed as the project changes. */
public final class HistoryWindow {
    private final ProjectContext context;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private Stage open;

    public HistoryWindow(ProjectContext context, DialogService dialogs, Supplier<Window> owner) {
        this.context = context;
        this.dialogs = dialogs;
        this.owner = owner;
    }

    public Stage show() {
        if (open != null) {
            open.toFront();
            return open;
        }
        HistoryViewModel vm = new HistoryViewModel(context, dialogs);
        Stage stage = new Stage();
        Window o = owner.get();
        if (o != null) {
            stage.initOwner(o);
        }
        stage.setTitle(context.messages().get("history.title") + " \u2013 Passage");
        stage.setScene(new Scene((Parent) new HistoryView(vm, context.messages()).root()));
        stage.setOnHidden(e -> {
            vm.dispose();
            open = null;
        });
        open = stage;
        stage.show();
        return stage;
    }
}
