package dev.passage.ui.agreement;

import dev.passage.ui.common.actions.ActionRegistry;
import dev.passage.ui.common.actions.TopMenu;

import static dev.passage.ui.common.actions.Action.action;

/** Team coding in the Analyse menu: Inter-coder agreement (a window of its own). */
public final class AgreementActions {

    public AgreementActions(ActionRegistry registry, AgreementWindow window) {
        registry.add(action("agreement:open", "agreement.menu", window::show).in(TopMenu.ANALYSE, 3, 10));
    }
}
