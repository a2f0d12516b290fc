package dev.passage.ui.documents;

import dev.passage.ui.common.actions.ActionRegistry;
import dev.passage.ui.common.actions.MenuPlace;
import dev.passage.ui.common.actions.TopMenu;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import static dev.passage.ui.common.actions.Action.action;

/**
 * The documents pane's actions: File › Import files/folder, Edit › Filter documents, and Edit › Document › Rename, Delete,
 * Move up/down, Add to set, Remove from set (for the document selected in the list; the list's context menu has them too).
 */
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
        var one = documents.oneDocumentSelected();
        var some = documents.documentsSelected();
        registry.add(action("documents:rename", "documents.menu.rename", documents::renameDocument).enabledWhen(one)
            .in(MenuPlace.of(TopMenu.EDIT, 2, 10).inSubmenu(DOCUMENT)));
        registry.add(action("documents:delete", "documents.menu.delete", documents::deleteDocument).enabledWhen(one)
            .in(MenuPlace.of(TopMenu.EDIT, 2, 20).inSubmenu(DOCUMENT)));
        registry.add(action("documents:moveUp", "documents.menu.moveUp", () -> documents.moveDocument(-1)).enabledWhen(one)
            .in(MenuPlace.of(TopMenu.EDIT, 2, 30).inSubmenu(DOCUMENT)));
        registry.add(action("documents:moveDown", "documents.menu.moveDown", () -> documents.moveDocument(1)).enabledWhen(one)
            .in(MenuPlace.of(TopMenu.EDIT, 2, 40).inSubmenu(DOCUMENT)));
        registry.add(action("documents:addToSet", "documents.menu.addToSet", documents::addToSet).enabledWhen(some)
            .in(MenuPlace.of(TopMenu.EDIT, 2, 50).inSubmenu(DOCUMENT)));
        registry.add(action("documents:removeFromSet", "documents.menu.removeFromSet", documents::removeFromSet).enabledWhen(some)
            .in(MenuPlace.of(TopMenu.EDIT, 2, 60).inSubmenu(DOCUMENT)));
        var sets = documents.hasSets();
        registry.add(action("documents:renameSet", "documents.menu.renameSet", documents::renameSet).enabledWhen(sets)
            .in(MenuPlace.of(TopMenu.EDIT, 2, 70).inSubmenu(DOCUMENT)));
        registry.add(action("documents:deleteSet", "documents.menu.deleteSet", documents::deleteSet).enabledWhen(sets)
            .in(MenuPlace.of(TopMenu.EDIT, 2, 80).inSubmenu(DOCUMENT)));
    }

    private static final String DOCUMENT = "documents.menu.document";
}
