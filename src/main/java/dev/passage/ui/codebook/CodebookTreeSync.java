package dev.passage.ui.codebook;

import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps the codebook's tree items in step with the view model's tree: builds and reuses the items, applies the remembered
 * expansion, selects and reveals codes. While it changes the tree itself ({@link #quietly}), the tree's listeners must not
 * write back to the model. The row being typed in (a new code's draft) is held here, because a reload drops it.
 */
final class CodebookTreeSync {
    private final CodebookViewModel model;
    private final TreeItem<CodeNode> rootItem;
    private final TreeView<CodeNode> tree;
    private final Runnable afterSync;

    private Map<Long, TreeItem<CodeNode>> items = new HashMap<>();
    private boolean syncing;
    private boolean syncPending;
    private TreeItem<CodeNode> draft;

    CodebookTreeSync(CodebookViewModel model, TreeView<CodeNode> tree, Runnable afterSync) {
        this.model = model;
        this.tree = tree;
        this.rootItem = tree.getRoot();
        this.afterSync = afterSync;
    }

    TreeItem<CodeNode> rootItem() {
        return rootItem;
    }

    /** The tree item of code {@code id}, or null when it is not shown. */
    TreeItem<CodeNode> item(Long id) {
        return id == null ? null : items.get(id);
    }

    /** Every shown code's tree item. */
    Iterable<TreeItem<CodeNode>> items() {
        return items.values();
    }

    boolean isSyncing() {
        return syncing;
    }

    /** Runs {@code change} with the tree's listeners told that the change is the view's own. */
    void quietly(Runnable change) {
        syncing = true;
        try {
            change.run();
        } finally {
            syncing = false;
        }
    }

    /** Like {@link #quietly}, but does nothing when a change of the view's own is already under way. */
    void quietlyUnlessSyncing(Runnable change) {
        if (!syncing) {
            quietly(change);
        }
    }

    TreeItem<CodeNode> draft() {
        return draft;
    }

    void setDraft(TreeItem<CodeNode> draft) {
        this.draft = draft;
    }

    /** True when a reload arrived during an inline edit and was put off until it ends. */
    boolean isPending() {
        return syncPending;
    }

    /** Rebuilds the tree from the model (put off while a row is being edited, so that the typed name is kept). */
    void sync() {
        if (tree.getEditingItem() != null) {
            syncPending = true; // keep the row being typed in; catch up when the edit ends
            return;
        }
        syncPending = false;
        TreeItem<CodeNode> before = tree.getSelectionModel().getSelectedItem();
        Long selected = model.selectedCodeProperty().get();
        boolean alreadyShown = before != null && before.getValue() != null && Objects.equals(before.getValue().id(), selected);
        quietly(() -> {
            Map<Long, TreeItem<CodeNode>> next = new HashMap<>();
            List<TreeItem<CodeNode>> top = build(model.treeProperty().get(), rootItem, next);
            replaceChildren(rootItem, top);
            items = next;
            draft = null;
            applyExpansion();
            selectInTree(selected, !alreadyShown);
        });
        afterSync.run();
    }

    /**
     * The tree items for {@code nodes} under {@code parent}. An item is reused only where it already sits under that parent:
     * a code that moved gets fresh items (a TreeItem added to a new parent before leaving its old one would lose its parent).
     */
    private List<TreeItem<CodeNode>> build(List<CodeNode> nodes, TreeItem<CodeNode> parent, Map<Long, TreeItem<CodeNode>> next) {
        List<TreeItem<CodeNode>> out = new ArrayList<>(nodes.size());
        for (CodeNode n : nodes) {
            TreeItem<CodeNode> item = items.get(n.id());
            if (item == null || item.getParent() != parent) {
                item = new TreeItem<>(n);
            } else if (!n.equals(item.getValue())) {
                item.setValue(n);
            }
            next.put(n.id(), item);
            replaceChildren(item, build(n.children(), item, next));
            out.add(item);
        }
        return out;
    }

    private static void replaceChildren(TreeItem<CodeNode> parent, List<TreeItem<CodeNode>> children) {
        if (!parent.getChildren().equals(children)) {
            parent.getChildren().setAll(children);
        }
    }

    void applyExpansion() {
        for (Map.Entry<Long, TreeItem<CodeNode>> e : items.entrySet()) {
            e.getValue().setExpanded(model.isExpanded(e.getKey()));
        }
    }

    /** A branch was opened or closed in the tree: the model remembers it (unless the view did it itself). */
    void expansionChanged(TreeItem<CodeNode> item, boolean expanded) {
        if (!syncing && item != null && item.getValue() != null && item.getValue().id() != CodeTreeCell.DRAFT_ID) {
            model.setExpanded(item.getValue().id(), expanded);
        }
    }

    void selectInTree(Long id, boolean reveal) {
        TreeItem<CodeNode> item = id == null ? null : items.get(id);
        if (item == null) {
            tree.getSelectionModel().clearSelection();
            return;
        }
        if (reveal) {
            for (TreeItem<CodeNode> p = item.getParent(); p != null && p != rootItem; p = p.getParent()) {
                p.setExpanded(true);
                model.setExpanded(p.getValue().id(), true);
            }
        }
        if (tree.getSelectionModel().getSelectedItem() != item) {
            tree.getSelectionModel().select(item);
        }
        if (reveal) {
            reveal(item);
        }
    }

    /** Scrolls just enough to show {@code item}. */
    void reveal(TreeItem<CodeNode> item) {
        int row = tree.getRow(item);
        if (row < 0) {
            return;
        }
        if (tree.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(row);
        } else {
            tree.scrollTo(row);
        }
    }

    /** The first shown code that matches the filter. */
    Optional<TreeItem<CodeNode>> firstMatch() {
        for (int i = 0; i < tree.getExpandedItemCount(); i++) {
            TreeItem<CodeNode> item = tree.getTreeItem(i);
            if (item != null && item.getValue() != null && item.getValue().match() && item != draft) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }
}
