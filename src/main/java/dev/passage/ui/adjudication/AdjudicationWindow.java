package dev.passage.ui.adjudication;

import dev.passage.ui.common.ProjectContext;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Supplier;

/**
 * The Disagreements window beside the workbench (one at a time): made on first show, brought to the front after, its view
 * model let go when it closes. Ctrl+Z and Ctrl+Y (Ctrl+Shift+Z) undo and redo here as in the main window.
 */
public final class AdjudicationWindow {
    private final ProjectContext context;
    private final Supplier<Window> owner;
    private Stage open;
    private AdjudicationViewModel vm;

    public AdjudicationWindow(ProjectContext context, Supplier<Window> owner) {
        this.context = context;
        this.owner = owner;
    }

    public Stage show() {
        if (open != null) {
            open.toFront();
            return open;
        }
        vm = new AdjudicationViewModel(context);
        AdjudicationView view = new AdjudicationView(vm, context.messages());
        Stage stage = new Stage();
        Window o = owner.get();
        if (o != null) {
            stage.initOwner(o);
        }
        stage.setTitle(context.messages().get("adjudication.title") + " \u2013 Passage");
        Scene scene = new Scene(view.root(), 1180, 700);
        if (o != null && o.getScene() != null) {
            scene.getStylesheets().addAll(o.getScene().getStylesheets());
        }
        AdjudicationViewModel model = vm;
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), model::undo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), model::redo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), model::redo);
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            model.dispose();
            vm = null;
            open = null;
        });
        open = stage;
        stage.show();
        model.refresh();
        return stage;
    }

    /** The open window's view model, or null (for tests). */
    AdjudicationViewModel viewModel() {
        return vm;
    }
}
