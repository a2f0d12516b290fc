package dev.passage.ui.transcript;

import dev.passage.ui.common.Messages;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The transcript text's right-click menu: the coding commands, copy and find, with their keys shown. */
final class TranscriptContextMenu {
    private TranscriptContextMenu() {
    }

    static ContextMenu create(TranscriptView view, Messages messages, Runnable copy) {
        ContextMenu menu = new ContextMenu();
        menu.getItems().addAll(
            item(messages, "transcript.menu.apply", "C", view::applyCodeWithPicker),
            item(messages, "transcript.menu.inVivo", "V", view::codeInVivo),
            new SeparatorMenuItem(),
            item(messages, "transcript.menu.recode", "R", view::recodeSelectedCoding),
            item(messages, "transcript.menu.memo", "M", view::editSelectedCodingMemo),
            item(messages, "transcript.menu.adjust", "Shortcut+B", view::adjustSelectedCodingToSelection),
            item(messages, "transcript.menu.remove", "Delete", view::removeSelectedCoding),
            new SeparatorMenuItem(),
            item(messages, "transcript.menu.copy", "Shortcut+C", copy),
            item(messages, "transcript.menu.find", "Shortcut+F", view::showFindBar));
        return menu;
    }

    private static MenuItem item(Messages messages, String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        // shown for discoverability; the keys themselves are handled by the text area (see TranscriptKeyMap)
        item.setAccelerator(KeyCombination.valueOf(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }
}
