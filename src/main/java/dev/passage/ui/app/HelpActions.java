package dev.passage.ui.app;

import dev.passage.ui.common.Messages;
import dev.passage.ui.common.actions.ActionRegistry;
import dev.passage.ui.common.actions.TopMenu;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

import java.util.function.Supplier;

import static dev.passage.ui.common.actions.Action.action;

/** The Help menu: the keyboard shortcuts (F1), the command palette (Ctrl+Shift+P) and About. */
final class HelpActions {

    HelpActions(ActionRegistry registry, Messages m, Supplier<Window> owner) {
        CommandPalette palette = new CommandPalette(registry, m);
        registry.add(action("help:shortcuts", "app.menu.shortcuts", () -> ShortcutsDialog.show(owner.get(), registry, m))
            .accelerator(new KeyCodeCombination(KeyCode.F1)).describedAs("app.shortcut.help").in(TopMenu.HELP, 0, 10));
        registry.add(action("help:commandPalette", "app.menu.commandPalette", () -> palette.show(owner.get()))
            .accelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN))
            .describedAs("app.shortcut.commandPalette").in(TopMenu.HELP, 0, 20));
        registry.add(action("help:about", "app.menu.about", () -> ShortcutsDialog.about(owner.get(), m)).in(TopMenu.HELP, 0, 30));
    }
}
