package dev.passage.ui.explore;

import dev.passage.ui.common.actions.ActionRegistry;
import dev.passage.ui.common.actions.TopMenu;

import static dev.passage.ui.common.actions.Action.action;

/**
 * Exploring the data, in the Analyse menu: Word frequencies (a window of its own; a click on a word searches it), Code
 * frequencies and Code co-occurrence (windows of their own; a click on a bar, cell or pair lists its segments).
 */
public final class ExploreActions {

    public ExploreActions(ActionRegistry registry, WordFrequenciesWindow words, ExploreWindows windows) {
        registry.add(action("explore:words", "explore.menu.words", words::show).in(TopMenu.ANALYSE, 2, 10));
        registry.add(action("explore:codes", "explore.menu.codes", windows::showCodeFrequencies).in(TopMenu.ANALYSE, 2, 20));
        registry.add(action("explore:pairs", "explore.menu.pairs", windows::showCoOccurrence).in(TopMenu.ANALYSE, 2, 30));
    }
}
