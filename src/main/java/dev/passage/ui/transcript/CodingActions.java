package dev.passage.ui.transcript;

import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.actions.ActionRegistry;
import dev.passage.ui.common.actions.MenuPlace;
import dev.passage.ui.common.actions.TopMenu;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import static dev.passage.ui.common.actions.Action.action;

/**
 * The Code menu's coding actions on the transcript (apply, in vivo, recent codes, remove, recode, memo, adjust). The single
 * keys are the transcript view's own key map; they are registered as hints so the menus and the F1 list show them.
 */
public final class CodingActions {
    private static final String RECENT_MENU = "app.menu.applyRecent";

    public CodingActions(ActionRegistry registry, TranscriptView transcript, ProjectContext context) {
        BooleanBinding textSelected = context.transcriptSelectionProperty().isNotNull();
        BooleanBinding codingSelected = context.selectedCodingProperty().isNotNull();
        registry.add(action("coding:applyCode", "app.menu.applyCode", transcript::applyCodeWithPicker)
            .keyHint(key(KeyCode.C)).describedAs("app.shortcut.applyCode").enabledWhen(textSelected).in(TopMenu.CODE, 0, 10));
        registry.add(action("coding:inVivo", "app.menu.inVivo", transcript::codeInVivo)
            .keyHint(key(KeyCode.V)).describedAs("app.shortcut.inVivo").enabledWhen(textSelected).in(TopMenu.CODE, 0, 20));
        for (int n = 1; n <= 9; n++) {
            int which = n;
            var recent = action("coding:applyRecent" + n, "app.menu.recentN", () -> transcript.applyRecentCode(which))
                .labelArgs(n).keyHint(key(KeyCode.valueOf("DIGIT" + n)))
                .enabledWhen(textSelected.and(Bindings.size(context.recentCodes()).greaterThanOrEqualTo(n)))
                .in(MenuPlace.of(TopMenu.CODE, 0, 30 + n).inSubmenu(RECENT_MENU));
            if (n == 1) {
                recent.describedAs("app.shortcut.recent").listedAs("1 \u2013 9");
            } else {
                recent.notListed();
            }
            registry.add(recent);
        }
        registry.add(action("coding:remove", "app.menu.removeCoding", transcript::removeSelectedCoding)
            .keyHint(key(KeyCode.DELETE)).describedAs("app.shortcut.removeCoding").enabledWhen(codingSelected).in(TopMenu.CODE, 0, 50));
        registry.add(action("coding:recode", "app.menu.recode", transcript::recodeSelectedCoding)
            .keyHint(key(KeyCode.R)).describedAs("app.shortcut.recode").enabledWhen(codingSelected).in(TopMenu.CODE, 0, 60));
        registry.add(action("coding:memo", "app.menu.codingMemo", transcript::editSelectedCodingMemo)
            .keyHint(key(KeyCode.M)).describedAs("app.shortcut.memo").enabledWhen(codingSelected).in(TopMenu.CODE, 0, 70));
        registry.add(action("coding:adjust", "app.menu.adjustCoding", transcript::adjustSelectedCodingToSelection)
            .accelerator(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN)).describedAs("app.shortcut.adjust")
            .enabledWhen(codingSelected.and(textSelected)).in(TopMenu.CODE, 0, 80));
    }

    private static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code);
    }
}
