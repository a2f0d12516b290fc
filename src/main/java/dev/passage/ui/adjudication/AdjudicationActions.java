package dev.passage.ui.adjudication;

import dev.passage.ui.common.actions.ActionRegistry;
import dev.passage.ui.common.actions.TopMenu;

import static dev.passage.ui.common.actions.Action.action;

/** Adjudication, in the Analyse menu: Disagreements… (the passages where two coders differ, resolved one by one). */
public final class AdjudicationActions {

    public AdjudicationActions(ActionRegistry registry, AdjudicationWindow window) {
        registry.add(action("adjudication:disagreements", "adjudication.menu", window::show).in(TopMenu.ANALYSE, 3, 20));
    }
}
