package dev.passage.ui.codebook;

import dev.passage.model.CodeDescription;
import javafx.application.Platform;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

import java.util.List;

/**
 * Names codes in place in the codebook tree: a new code appears as a draft row under its parent and is typed in; F2 renames
 * the selected code. The tree is editable only while such an edit runs. A commit creates or renames the code through the
 * model; a cancel drops the draft.
 */
final class CodeInlineEditor {
    private final CodebookViewModel model;
    private final TreeView<CodeNode> tree;
    private final CodebookTreeSync sync;
    private final Runnable updateOverlays;
    private Long draftParent;

    CodeInlineEditor(CodebookViewModel model, TreeView<CodeNode> tree, CodebookTreeSync sync, Runnable updateOverlays) {
        this.model = model;
        this.tree = tree;
        this.sync = sync;
        this.updateOverlays = updateOverlays;
        tree.setOnEditCommit(this::editCommitted);
        tree.setOnEditCancel(this::editCancelled);
    }

    boolean isEditing() {
        return tree.getEditingItem() != null;
    }

    /** A draft row under {@code parentId} (the top level when null), with the cursor in its name. */
    void startDraft(Long parentId) {
        if (isEditing()) {
            return;
        }
        if (model.isFiltering()) {
            model.filterProperty().set(""); // the new code appears in its place in the whole tree
        }
        TreeItem<CodeNode> parent = parentId == null ? sync.rootItem() : sync.item(parentId);
        if (parent == null) {
            parent = sync.rootItem();
            parentId = null;
        }
        CodeRow row = new CodeRow(CodeTreeCell.DRAFT_ID, parentId, "", "", model.newCodeColour(parentId), CodeDescription.EMPTY, 0, 0, 0);
        TreeItem<CodeNode> draft = new TreeItem<>(new CodeNode(row, true, List.of()));
        sync.setDraft(draft);
        draftParent = parentId;
        TreeItem<CodeNode> under = parent;
        sync.quietly(() -> {
            under.getChildren().add(draft);
            under.setExpanded(true);
        });
        if (parentId != null) {
            model.setExpanded(parentId, true);
        }
        updateOverlays.run();
        edit(draft);
    }

    /** Starts typing in {@code item}'s name. */
    void edit(TreeItem<CodeNode> item) {
        tree.setEditable(true);
        sync.quietly(() -> tree.getSelectionModel().select(item));
        tree.layout();
        sync.reveal(item);
        tree.layout();
        tree.requestFocus();
        tree.edit(item);
    }

    private void editCommitted(TreeView.EditEvent<CodeNode> e) {
        TreeItem<CodeNode> item = e.getTreeItem();
        String name = e.getNewValue().row().name();
        item.setValue(e.getNewValue()); // shows the typed name at once; the reload brings the real row
        if (item == sync.draft()) {
            Long parent = draftParent;
            sync.setDraft(null);
            Platform.runLater(() -> {
                endEdit();
                model.createCode(parent, name, created -> {
                    if (!created) {
                        sync.sync(); // drops the unsaved row
                    }
                });
            });
        } else {
            long id = e.getOldValue().id();
            Platform.runLater(() -> {
                endEdit();
                model.rename(id, name, renamed -> {
                    if (!renamed) {
                        sync.sync(); // back to the name the project has
                    }
                });
            });
        }
    }

    private void editCancelled(TreeView.EditEvent<CodeNode> e) {
        boolean wasDraft = e.getTreeItem() != null && e.getTreeItem() == sync.draft();
        Platform.runLater(() -> {
            if (wasDraft) {
                sync.setDraft(null);
            }
            endEdit();
            if (wasDraft) {
                sync.sync();
                sync.selectInTree(model.selectedCodeProperty().get(), false);
            }
            tree.requestFocus();
        });
    }

    private void endEdit() {
        if (tree.getEditingItem() != null) {
            return; // another edit has started meanwhile
        }
        tree.setEditable(false);
        if (sync.isPending()) {
            sync.sync();
        }
        updateOverlays.run();
    }
}
