package dev.passage.ui.agreement;

import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.ToolWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Supplier;

/**
 * Analyse › Inter-coder agreement, a window beside the workbench (one at a time): made on first show, brought to the front
 * after, its view model disposed when it closes.
 */
public final class AgreementWindow {
    private final ToolWindow window;
    private AgreementViewModel vm;

    public AgreementWindow(ProjectContext context, DialogService dialogs, Supplier<Window> owner) {
        window = new ToolWindow(context, owner, "agreement.title", () -> {
            AgreementViewModel model = new AgreementViewModel(context, dialogs);
            vm = model;
            return ToolWindow.Content.of(new AgreementView(model, context.messages()).root(), model::refresh, () -> {
                model.dispose();
                vm = null;
            });
        }, 1200, 680);
    }

    public Stage show() {
        return window.show();
    }

    /** The open window's view model, or null (for tests). */
    AgreementViewModel viewModel() {
        return vm;
    }
}
