package dev.passage.ui.explore;

import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.ToolWindow;
import javafx.scene.Parent;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Analyse › Word frequencies: a window of its own beside the workbench (one at a time), recounted as the project changes. */
public final class WordFrequenciesWindow {
    private final ToolWindow window;
    private WordFrequenciesViewModel vm;

    /** {@code searchWord} shows the Search tab and runs the word there. */
    public WordFrequenciesWindow(ProjectContext context, Consumer<String> searchWord, Supplier<Window> owner) {
        window = new ToolWindow(context, owner, "explore.words.title", () -> {
            WordFrequenciesViewModel model = new WordFrequenciesViewModel(context, searchWord);
            vm = model;
            return ToolWindow.Content.of((Parent) new WordFrequenciesView(model, context.messages()).root(), model::refresh, () -> {
                model.dispose();
                vm = null;
            });
        }, 980, 560);
    }

    public Stage show() {
        return window.show();
    }

    /** The open window's model, or null (for tests). */
    WordFrequenciesViewModel model() {
        return vm;
    }
}
