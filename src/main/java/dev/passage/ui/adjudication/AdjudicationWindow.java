package dev.passage.ui.adjudication;

import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.ToolWindow;
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
    private final ToolWindow window;
    private AdjudicationViewModel vm;

    public AdjudicationWindow(ProjectContext context, Supplier<Window> owner) {
        window = new ToolWindow(context, owner, "adjudication.title", () -> {
            AdjudicationViewModel model = new AdjudicationViewModel(context);
            vm = model;
            return ToolWindow.Content.of(new AdjudicationView(model, context.messages()).root(), model::refresh, () -> {
                model.dispose();
                vm = null;
            }, scene -> {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), model::undo);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), model::redo);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                                            model::redo);
            });
        }, 1180, 700);
    }

    public Stage show() {
        return window.show();
    }

    /** The open window's view model, or null (for tests). */
    AdjudicationViewModel viewModel() {
        return vm;
    }
}
