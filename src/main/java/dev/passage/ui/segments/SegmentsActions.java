package dev.passage.ui.segments;

import dev.passage.ui.common.actions.ActionRegistry;
import dev.passage.ui.common.actions.TopMenu;

import static dev.passage.ui.common.actions.Action.action;

/** The coded segments' action: Analyse › Coded segments in a window. */
public final class SegmentsActions {

    public SegmentsActions(ActionRegistry registry, SegmentsView segments) {
        registry.add(action("segments:popOut", "app.menu.segmentsWindow", segments::popOut).in(TopMenu.ANALYSE, 0, 20));
    }
}
