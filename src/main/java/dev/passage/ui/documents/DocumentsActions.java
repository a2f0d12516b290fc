package dev.passage.ui.documents;

import dev.passage.ui.common.actions.ActionRegistry;
import dev.passage.ui.common.actions.TopMenu;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import static dev.passage.ui.common.actions.Action.action;

/** The documents pane's actions: File › Import files/folder and Edit › Filter documents. */
public final class DocumentsActions {

    public DocumentsActions(ActionRegistry registry, DocumentsView documents) {
        registry.add(action("documents:importFiles", "app.menu.importFiles", documents::importFiles)
            .accelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN)).describedAs("app.shortcut.import")
            .in(TopMenu.FILE, 1, 10));
        registry.add(action("documents:importFolder", "app.menu.importFolder", documents::importFolder)
            .accelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN))
            .describedAs("app.shortcut.importFolder").in(TopMenu.FILE, 1, 20));
        registry.add(action("documents:filter", "app.menu.filterDocuments", documents::focusFilter)
            .accelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN))
            .describedAs("app.shortcut.filterDocuments").in(TopMenu.EDIT, 1, 30));
    }
}
