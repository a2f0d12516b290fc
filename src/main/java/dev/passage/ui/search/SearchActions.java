package dev.passage.ui.search;

import dev.passage.ui.common.actions.ActionRegistry;
import dev.passage.ui.common.actions.TopMenu;
import javafx.beans.value.ObservableBooleanValue;

import static dev.passage.ui.common.actions.Action.action;

/** Search's actions: Edit › Search everything and Analyse › Code all search hits (both bring the search tab forward). */
public final class SearchActions {

    /** {@code showTab} brings the search results' dock tab to the front; {@code canCodeAll}: the shown search has hits. */
    public SearchActions(ActionRegistry registry, SearchView search, ObservableBooleanValue canCodeAll, Runnable showTab) {
        registry.add(action("search:everything", "app.menu.searchEverything", () -> {
            showTab.run();
            search.focusQuery();
        }).in(TopMenu.EDIT, 1, 20));
        registry.add(action("search:codeAllHits", "app.menu.codeAllHits", () -> {
            showTab.run();
            search.codeAllHits();
        }).enabledWhen(canCodeAll).in(TopMenu.ANALYSE, 0, 10));
    }
}
