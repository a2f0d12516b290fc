package dev.passage.ui.codebook;

import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.function.BooleanSupplier;

/**
 * The codebook pane's keys: Ctrl+N / Ctrl+Shift+N, Ctrl+F and expand/collapse anywhere in the pane; Enter, Shift+Enter,
 * Alt+Enter, F2, Delete, Ctrl+Shift+C, Ctrl+Shift+M and Ctrl+M on the tree; typing a letter in the tree starts filtering;
 * Escape, Down and Enter in the filter. None of them act while a code's name is being typed in place.
 */
final class CodebookKeyMap {
    private final CodebookView view;
    private final CodebookViewModel model;
    private final TreeView<CodeNode> tree;
    private final TextField filter;
    private final CodebookTreeSync sync;
    private final BooleanSupplier editing;

    CodebookKeyMap(CodebookView view, CodebookViewModel model, TreeView<CodeNode> tree, TextField filter, CodebookTreeSync sync,
                   BooleanSupplier editing) {
        this.view = view;
        this.model = model;
        this.tree = tree;
        this.filter = filter;
        this.sync = sync;
        this.editing = editing;
    }

    void paneKey(KeyEvent e) {
        if (editing.getAsBoolean()) {
            return;
        }
        boolean shortcut = e.isShortcutDown();
        if (shortcut && !e.isAltDown() && e.getCode() == KeyCode.N) {
            e.consume();
            if (e.isShiftDown()) {
                view.newTopLevelCode();
            } else {
                view.newCode();
            }
        } else if (shortcut && !e.isShiftDown() && e.getCode() == KeyCode.F) {
            e.consume();
            view.focusFilter();
        } else if (shortcut && e.isShiftDown() && isPlus(e.getCode())) {
            e.consume();
            view.expandAll();
        } else if (shortcut && e.isShiftDown() && isMinus(e.getCode())) {
            e.consume();
            view.collapseAll();
        }
    }

    void treeKey(KeyEvent e) {
        if (editing.getAsBoolean() || e.getTarget() instanceof TextInputControl) {
            return;
        }
        KeyCode k = e.getCode();
        boolean shortcut = e.isShortcutDown();
        Runnable action = null;
        if (k == KeyCode.ENTER && !shortcut && !e.isShiftDown() && !e.isAltDown()) {
            action = view::activateSelected;
        } else if (k == KeyCode.ENTER && e.isShiftDown() && !shortcut && !e.isAltDown()) {
            action = view::showSegmentsOfSelected;
        } else if (k == KeyCode.ENTER && e.isAltDown() && !shortcut) {
            action = view::describeSelected;
        } else if (k == KeyCode.F2 && !shortcut) {
            action = view::renameSelected;
        } else if ((k == KeyCode.DELETE || k == KeyCode.BACK_SPACE && e.isMetaDown()) && !e.isControlDown()) {
            action = view::deleteSelected;
        } else if (k == KeyCode.C && shortcut && e.isShiftDown()) {
            action = view::recolourSelected;
        } else if (k == KeyCode.M && shortcut && e.isShiftDown()) {
            action = view::moveSelected;
        } else if (k == KeyCode.M && shortcut && !e.isShiftDown()) {
            action = view::mergeSelected;
        }
        if (action != null) {
            e.consume();
            action.run();
        }
    }

    /** Typing a letter in the tree starts filtering with it. */
    void typeToFilter(KeyEvent e) {
        if (editing.getAsBoolean() || e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown() || e.isControlDown()) {
            return;
        }
        String ch = e.getCharacter();
        if (ch == null || ch.isEmpty() || ch.codePointAt(0) < 32 || ch.codePointAt(0) == 127 || Character.isWhitespace(ch.codePointAt(0))) {
            return;
        }
        e.consume();
        filter.requestFocus();
        filter.setText(filter.getText() + ch);
        filter.end();
    }

    void filterKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            if (filter.getText().isEmpty()) {
                tree.requestFocus();
            } else {
                model.filterProperty().set("");
            }
        } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
            e.consume();
            sync.firstMatch().ifPresent(item -> {
                if (tree.getSelectionModel().getSelectedItem() == null || e.getCode() == KeyCode.ENTER
                    || !tree.getSelectionModel().getSelectedItem().getValue().match()) {
                    tree.getSelectionModel().select(item);
                }
                sync.reveal(tree.getSelectionModel().getSelectedItem());
            });
            tree.requestFocus();
        }
    }

    private static boolean isPlus(KeyCode k) {
        return k == KeyCode.PLUS || k == KeyCode.EQUALS || k == KeyCode.ADD;
    }

    private static boolean isMinus(KeyCode k) {
        return k == KeyCode.MINUS || k == KeyCode.SUBTRACT || k == KeyCode.UNDERSCORE;
    }
}
