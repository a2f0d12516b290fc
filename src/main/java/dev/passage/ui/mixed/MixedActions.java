package dev.passage.ui.mixed;

import dev.passage.ui.common.actions.ActionRegistry;
import dev.passage.ui.common.actions.TopMenu;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import static dev.passage.ui.common.actions.Action.action;

/** The joint displays in the Analyse menu: each brings the joint displays' dock tab forward and shows one display. */
public final class MixedActions {

    /** {@code showTab} brings the joint displays' dock tab to the front. */
    public MixedActions(ActionRegistry registry, JointDisplaysView joint, Runnable showTab) {
        add(registry, joint, showTab, "mixed:matrix", "mixed.menu.matrix", KeyCode.M, JointDisplaysViewModel.Display.MATRIX, 10);
        add(registry, joint, showTab, "mixed:score", "mixed.menu.score", KeyCode.J, JointDisplaysViewModel.Display.SCORE, 20);
        add(registry, joint, showTab, "mixed:crosstab", "mixed.menu.crosstab", null, JointDisplaysViewModel.Display.CROSSTAB, 30);
        add(registry, joint, showTab, "mixed:quantitize", "mixed.menu.quantitize", null, JointDisplaysViewModel.Display.QUANTITIZE, 40);
    }

    private static void add(ActionRegistry registry, JointDisplaysView joint, Runnable showTab, String id, String labelKey, KeyCode key,
                            JointDisplaysViewModel.Display display, int order) {
        var a = action(id, labelKey, () -> {
            showTab.run();
            joint.show(display);
        }).in(TopMenu.ANALYSE, 1, order);
        if (key != null) {
            a.accelerator(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN));
        }
        registry.add(a);
    }
}
