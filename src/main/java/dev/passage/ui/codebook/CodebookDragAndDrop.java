package dev.passage.ui.codebook;

import dev.passage.ui.common.Messages;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.paint.Color;
import javafx.util.Duration;

import java.util.Objects;
import java.util.Optional;

/**
 * Drag and drop of codes in the codebook tree: onto a code nests the dragged code under it, below the list moves it to the
 * top level, and with Alt held when the drag starts it merges into the target. The footer says what a drop would do (or why
 * it is refused) while the drag runs; hovering over a collapsed code opens it, and the tree scrolls near its edges.
 */
final class CodebookDragAndDrop {
    private static final PseudoClass DROP_INTO = PseudoClass.getPseudoClass("drop-into");
    private static final PseudoClass DROP_REFUSED = PseudoClass.getPseudoClass("drop-refused");
    private static final PseudoClass DROP_TOP = PseudoClass.getPseudoClass("drop-top");

    private final CodebookViewModel model;
    private final Messages messages;
    private final TreeView<CodeNode> tree;
    private final CodebookFooter footer;
    private final PauseTransition hoverExpand = new PauseTransition(Duration.millis(700));

    private Long dragged;
    private boolean dragMerge;
    private CodeTreeCell markedCell;
    private boolean altAtPress;
    private TreeItem<CodeNode> hoverItem;

    CodebookDragAndDrop(CodebookViewModel model, Messages messages, TreeView<CodeNode> tree, CodebookFooter footer) {
        this.model = model;
        this.messages = messages;
        this.tree = tree;
        this.footer = footer;
        tree.setOnDragOver(e -> {
            if (!e.isConsumed()) {
                dragOverTarget(null, e);
            }
        });
        tree.setOnDragExited(e -> unmark());
        tree.setOnDragDropped(e -> {
            if (!e.isConsumed()) {
                drop(null, e);
            }
        });
        tree.addEventHandler(DragEvent.DRAG_DONE, e -> endDrag());
        tree.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> altAtPress = e.isAltDown());
        tree.addEventFilter(DragEvent.DRAG_OVER, this::autoScroll);
    }

    boolean isDragging() {
        return dragged != null;
    }

    void dragDetected(CodeTreeCell cell, MouseEvent event) {
        CodeNode node = cell.getItem();
        dragged = node.id();
        dragMerge = event.isAltDown() || altAtPress;
        Dragboard db = cell.startDragAndDrop(TransferMode.MOVE);
        ClipboardContent content = new ClipboardContent();
        content.putString(node.row().path());
        content.put(CodebookView.CODE_ID_FORMAT, node.id());
        db.setContent(content);
        if (cell.getGraphic() != null) {
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.TRANSPARENT);
            db.setDragView(cell.getGraphic().snapshot(p, null));
        }
        footer.hint(messages.get("codebook.drag.start"), false);
        event.consume();
    }

    void dragOver(CodeTreeCell cell, DragEvent event) {
        if (dragged == null) {
            return;
        }
        CodeNode node = cell.isEmpty() ? null : cell.getItem();
        if (node != null && node.id() == CodeTreeCell.DRAFT_ID) {
            return;
        }
        dragOverTarget(cell, event);
    }

    private void dragOverTarget(CodeTreeCell cell, DragEvent event) {
        if (dragged == null) {
            return;
        }
        event.consume();
        expandWhenHovered(cell == null || cell.isEmpty() ? null : cell.getTreeItem());
        Long target = cell == null || cell.isEmpty() ? null : cell.getItem().id();
        String name = model.row(dragged).map(CodeRow::name).orElse("");
        if (Objects.equals(target, dragged)) {
            mark(cell, null);
            footer.hint(messages.get("codebook.drag.start"), false);
            return;
        }
        Optional<String> refusal;
        String ok;
        if (dragMerge) {
            refusal = target == null ? Optional.of(messages.get("codebook.drag.mergeNeedsCode", name)) : model.mergeRefusal(dragged, target);
            ok = target == null ? "" : messages.get("codebook.drag.merge", name, model.row(target).map(CodeRow::name).orElse(""));
        } else {
            refusal = model.moveRefusal(dragged, target);
            ok = target == null ? messages.get("codebook.drag.top", name)
                                : messages.get("codebook.drag.move", name, model.row(target).map(CodeRow::name).orElse(""));
        }
        mark(cell, refusal.isEmpty());
        if (refusal.isEmpty()) {
            event.acceptTransferModes(TransferMode.MOVE);
            footer.hint(ok, false);
        } else {
            footer.hint(refusal.get(), true);
        }
    }

    /** Hovering over a collapsed code while dragging opens it, so that codes can be dropped deep in the tree. */
    private void expandWhenHovered(TreeItem<CodeNode> item) {
        if (item == hoverItem) {
            return;
        }
        hoverItem = item;
        hoverExpand.stop();
        if (item != null && !item.isLeaf() && !item.isExpanded()) {
            hoverExpand.setOnFinished(e -> {
                if (hoverItem == item && dragged != null) {
                    item.setExpanded(true);
                }
            });
            hoverExpand.playFromStart();
        }
    }

    /** Dragging near the top or bottom edge scrolls the tree. */
    private void autoScroll(DragEvent event) {
        if (dragged == null || !(tree.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return;
        }
        double edge = 28;
        double y = event.getY();
        if (y < edge) {
            flow.scrollPixels(-(edge - y) / 2 - 2);
        } else if (y > tree.getHeight() - edge) {
            flow.scrollPixels((y - (tree.getHeight() - edge)) / 2 + 2);
        }
    }

    void dragExited(CodeTreeCell cell, DragEvent event) {
        if (markedCell == cell) {
            unmark();
        }
    }

    void dragDropped(CodeTreeCell cell, DragEvent event) {
        if (dragged == null) {
            return;
        }
        CodeNode node = cell.isEmpty() ? null : cell.getItem();
        if (node != null && node.id() == CodeTreeCell.DRAFT_ID) {
            return;
        }
        drop(node == null ? null : node.id(), event);
    }

    private void drop(Long target, DragEvent event) {
        if (dragged == null) {
            return;
        }
        long code = dragged;
        boolean merge = dragMerge;
        event.setDropCompleted(true);
        event.consume();
        endDrag();
        if (Objects.equals(target, code)) {
            return;
        }
        // after the gesture has finished, so that a confirmation dialog does not open inside it
        Platform.runLater(() -> {
            if (merge) {
                if (target != null) {
                    model.merge(code, target);
                }
            } else {
                model.move(code, target);
            }
        });
    }

    private void mark(CodeTreeCell cell, Boolean accepted) {
        unmark();
        if (accepted == null) {
            return;
        }
        if (cell == null || cell.isEmpty()) {
            tree.pseudoClassStateChanged(accepted ? DROP_TOP : DROP_REFUSED, true);
        } else {
            cell.pseudoClassStateChanged(accepted ? DROP_INTO : DROP_REFUSED, true);
            markedCell = cell;
        }
    }

    private void unmark() {
        if (markedCell != null) {
            markedCell.pseudoClassStateChanged(DROP_INTO, false);
            markedCell.pseudoClassStateChanged(DROP_REFUSED, false);
            markedCell = null;
        }
        tree.pseudoClassStateChanged(DROP_TOP, false);
        tree.pseudoClassStateChanged(DROP_REFUSED, false);
    }

    private void endDrag() {
        hoverExpand.stop();
        hoverItem = null;
        dragged = null;
        dragMerge = false;
        unmark();
        footer.showDefault();
    }
}
