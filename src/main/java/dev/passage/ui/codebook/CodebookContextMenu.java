package dev.passage.ui.codebook;

import dev.passage.ui.common.Messages;
import javafx.application.Platform;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The codebook tree's right-click menu: the code actions on a code, new code and expand/collapse on empty space. */
final class CodebookContextMenu {
    private final CodebookView view;
    private final CodebookViewModel model;
    private final Messages messages;

    CodebookContextMenu(CodebookView view, CodebookViewModel model, Messages messages) {
        this.view = view;
        this.model = model;
        this.messages = messages;
    }

    ContextMenu menuFor(CodeNode node) {
        ContextMenu menu = new ContextMenu();
        menu.getStyleClass().add("codebook-menu");
        if (node == null || node.id() == CodeTreeCell.DRAFT_ID) {
            menu.getItems().addAll(item("codebook.action.newTopLevel", "Shortcut+Shift+N", view::newTopLevelCode), new SeparatorMenuItem(),
                                   item("codebook.action.expandAll", "Shortcut+Shift+Plus", view::expandAll),
                                   item("codebook.action.collapseAll", "Shortcut+Shift+Minus", view::collapseAll));
            return menu;
        }
        MenuItem apply = item("codebook.action.apply", "Enter", view::activateSelected);
        apply.setDisable(!model.hasTranscriptSelectionProperty().get());
        MenuItem delete = item("codebook.action.delete", "Delete", view::deleteSelected);
        delete.getStyleClass().add("danger-item");
        menu.getItems().addAll(apply, item("codebook.action.segments", "Shift+Enter", view::showSegmentsOfSelected), new SeparatorMenuItem(),
                               item("codebook.action.newSubCode", "Shortcut+N", view::newCode),
                               item("codebook.action.newTopLevel", "Shortcut+Shift+N", view::newTopLevelCode), new SeparatorMenuItem(),
                               item("codebook.action.rename", "F2", view::renameSelected),
                               item("codebook.action.recolour", "Shortcut+Shift+C", view::recolourSelected),
                               item("codebook.action.describe", "Alt+Enter", view::describeSelected), new SeparatorMenuItem(),
                               item("codebook.action.move", "Shortcut+Shift+M", view::moveSelected),
                               item("codebook.action.merge", "Shortcut+M", view::mergeSelected), new SeparatorMenuItem(), delete);
        return menu;
    }

    private MenuItem item(String key, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(key.substring(key.lastIndexOf('.') + 1));
        // displayed only: the menu is shown by hand (see CodeTreeCell), so this is not registered as a scene accelerator
        item.setAccelerator(KeyCombination.keyCombination(shortcut));
        item.setOnAction(e -> Platform.runLater(action));
        return item;
    }
}
