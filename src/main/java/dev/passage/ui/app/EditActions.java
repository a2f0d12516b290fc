package dev.passage.ui.app;

import dev.passage.ui.common.actions.ActionRegistry;
import dev.passage.ui.common.actions.TopMenu;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import static dev.passage.ui.common.actions.Action.action;

/** Edit › Undo and Redo, named after the step they undo or redo ("Undo: apply Speaking up to Interview 07"). */
final class EditActions {

    EditActions(ActionRegistry registry, MainViewModel vm) {
        // the undo/redo labels: the menu items' texts follow these two properties (and nothing else)
        registry.add(action("edit:undo", "app.menu.undo", vm::undo).text(vm.undoTextProperty())
            .accelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN)).describedAs("app.shortcut.undo")
            .enabledWhen(vm.canUndoProperty()).in(TopMenu.EDIT, 0, 10));
        registry.add(action("edit:redo", "app.menu.redo", vm::redo).text(vm.redoTextProperty())
            .accelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                         new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN))
            .describedAs("app.shortcut.redo").enabledWhen(vm.canRedoProperty()).in(TopMenu.EDIT, 0, 20));
    }
}
