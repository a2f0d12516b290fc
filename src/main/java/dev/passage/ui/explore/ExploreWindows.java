package dev.passage.ui.explore;

import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.ToolWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Supplier;

/** The Analyse windows besides Word frequencies: Code frequencies and Code co-occurrence (one of each at a time). */
public final class ExploreWindows {
    private final ToolWindow codes;
    private final ToolWindow pairs;

    public ExploreWindows(ProjectContext context, Supplier<Window> owner) {
        codes = new ToolWindow(context, owner, "explore.codes.title", () -> {
            CodeFrequenciesViewModel vm = new CodeFrequenciesViewModel(context);
            CodeFrequenciesView view = new CodeFrequenciesView(vm, context.messages());
            return ToolWindow.Content.of(view.root(), vm::refresh, vm::dispose);
        }, 1100, 640);
        pairs = new ToolWindow(context, owner, "explore.pairs.title", () -> {
            CoOccurrenceViewModel vm = new CoOccurrenceViewModel(context);
            CoOccurrenceView view = new CoOccurrenceView(vm, context.messages());
            return ToolWindow.Content.of(view.root(), vm::count, vm::dispose);
        }, 1100, 640);
    }

    public Stage showCoOccurrence() {
        return pairs.show();
    }

    public Stage showCodeFrequencies() {
        return codes.show();
    }
}
