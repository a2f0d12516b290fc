package dev.passage.ui.merge;

import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.actions.ActionRegistry;
import dev.passage.ui.common.actions.TopMenu;
import javafx.stage.Window;

import java.util.function.Supplier;

import static dev.passage.ui.common.actions.Action.action;

/** File &gt; Merge project… ("merge.menu.merge"): a coder's copy brought into the open project, after a preview. */
public final class MergeActions {
    private final ProjectContext context;
    private final DialogService dialogs;
    private final Supplier<Window> owner;

    public MergeActions(ActionRegistry registry, ProjectContext context, DialogService dialogs, Supplier<Window> owner) {
        this.context = context;
        this.dialogs = dialogs;
        this.owner = owner;
        registry.add(action("merge:project", "merge.menu.merge", this::mergeProject).in(TopMenu.FILE, 1, 70));
    }

    public void mergeProject() {
        MergeDialog dialog = new MergeDialog(new MergeViewModel(context, dialogs), owner.get());
        dialog.show();
    }
}
