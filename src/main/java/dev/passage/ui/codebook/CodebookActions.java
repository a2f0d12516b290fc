package dev.passage.ui.codebook;

import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.actions.ActionRegistry;
import dev.passage.ui.common.actions.TopMenu;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import static dev.passage.ui.common.actions.Action.action;

/** The codebook's actions: the Code menu's code entries and Edit › Filter codes. */
public final class CodebookActions {

    public CodebookActions(ActionRegistry registry, CodebookView codebook, ProjectContext context) {
        BooleanBinding codeSelected = context.selectedCodeProperty().isNotNull();
        registry.add(action("codebook:filter", "app.menu.filterCodes", codebook::focusFilter)
            .accelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN))
            .describedAs("app.shortcut.filterCodes").in(TopMenu.EDIT, 1, 40));
        registry.add(action("codebook:newCode", "app.menu.newCode", codebook::newCode)
            .accelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN)).describedAs("app.shortcut.newCode")
            .in(TopMenu.CODE, 1, 10));
        registry.add(action("codebook:newTopLevelCode", "app.menu.newTopLevelCode", codebook::newTopLevelCode)
            .accelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN))
            .describedAs("app.shortcut.newTopCode").in(TopMenu.CODE, 1, 20));
        registry.add(action("codebook:rename", "app.menu.renameCode", codebook::renameSelected)
            .accelerator(new KeyCodeCombination(KeyCode.F2)).describedAs("app.shortcut.rename").enabledWhen(codeSelected)
            .in(TopMenu.CODE, 1, 30));
        registry.add(action("codebook:recolour", "app.menu.recolourCode", codebook::recolourSelected)
            .enabledWhen(codeSelected).in(TopMenu.CODE, 1, 40));
        registry.add(action("codebook:describe", "app.menu.describeCode", codebook::describeSelected)
            .enabledWhen(codeSelected).in(TopMenu.CODE, 1, 50));
        registry.add(action("codebook:merge", "app.menu.mergeCode", codebook::mergeSelected)
            .enabledWhen(codeSelected).in(TopMenu.CODE, 1, 60));
        registry.add(action("codebook:delete", "app.menu.deleteCode", codebook::deleteSelected)
            .enabledWhen(codeSelected).in(TopMenu.CODE, 1, 70));
    }
}
