package dev.passage.ui.history;

import dev.passage.ui.common.actions.ActionRegistry;
import dev.passage.ui.common.actions.TopMenu;

import static dev.passage.ui.common.actions.Action.action;

/** View › History…: the project's change history in its own window. */
public final class HistoryActions {

    public HistoryActions(ActionRegistry registry, HistoryWindow history) {
        registry.add(action("history:show", "history.menu", history::show).in(TopMenu.VIEW, 1, 50));
    }
}
