package dev.passage.ui.agreement;

import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.ProjectContext;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Supplier;

/**
 * Analyse › Inter-coder agreement, a window beside the workbench (one at a time): made on first show, brought to the front
 * after, its view model disposed when it closes.
 */
public final class AgreementWindow {
    private final ProjectContext context;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private Stage open;
    private AgreementViewModel vm;

    public AgreementWindow(ProjectContext context, DialogService dialogs, Supplier<Window> owner) {
        this.context = context;
        this.dialogs = dialogs;
        this.owner = owner;
    }

    public Stage show() {
        if (open != null) {
            open.toFront();
            return open;
        }
        vm = new AgreementViewModel(context, dialogs);
        AgreementView view = new AgreementView(vm, context.messages());
        Stage stage = new Stage();
        Window o = owner.get();
        if (o != null) {
            stage.initOwner(o);
        }
        stage.setTitle(context.messages().get("agreement.title") + " \u2013 Passage");
        Scene scene = new Scene(view.root(), 1200, 680);
        if (o != null && o.getScene() != null) {
            scene.getStylesheets().addAll(o.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            vm.dispose();
            vm = null;
            open = null;
        });
        open = stage;
        stage.show();
        vm.refresh();
        return stage;
    }

    /** The open window's view model, or null (for tests). */
    AgreementViewModel viewModel() {
        return vm;
    }
}
