package dev.passage.ui.codebook;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.passage.model.CodeDescription;
import dev.passage.ui.common.Messages;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import javafx.stage.Window;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The codebook pane on the right of the workbench: a toolbar (title, new code, expand/collapse all), a filter, and the code
 * tree with swatches and coding counts. Codes are edited inline (new code, rename), through small dialogs (colour,
 * description, move, merge) and by drag and drop (onto a code: nest it; below the list: top level; Alt held when the drag
 * starts: merge). Every action has a keyboard shortcut and a public method the main window's menus can call.
 */
public final class CodebookView implements CodeTreeCell.Host {
    /** Dragged codes carry their id in this format (and their path as plain text), for drops elsewhere in the workbench. */
    public static final DataFormat CODE_ID_FORMAT = dev.passage.ui.common.DragFormats.CODE_ID;

    private static final PseudoClass DROP_INTO = PseudoClass.getPseudoClass("drop-into");
    private static final PseudoClass DROP_REFUSED = PseudoClass.getPseudoClass("drop-refused");
    private static final PseudoClass DROP_TOP = PseudoClass.getPseudoClass("drop-top");
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

    private final CodebookViewModel model;
    private final Messages messages;
    private final String stylesheet;
    private final VBox root = new VBox();
    private final TreeItem<CodeNode> rootItem = new TreeItem<>();
    private final TreeView<CodeNode> tree = new TreeView<>(rootItem);
    private final CustomTextField filter = new CustomTextField();
    private final Label countLabel = new Label();
    private final Label footer = new Label();
    private final VBox emptyState;
    private final VBox noMatch;
    private final Label noMatchTitle = new Label();
    private final Button expandButton;
    private final Button collapseButton;

    private Map<Long, TreeItem<CodeNode>> items = new HashMap<>();
    private boolean syncing;
    private boolean syncPending;
    private TreeItem<CodeNode> draft;
    private Long draftParent;
    private Long dragged;
    private boolean dragMerge;
    private CodeTreeCell markedCell;
    private boolean altAtPress;
    private final PauseTransition hoverExpand = new PauseTransition(Duration.millis(700));
    private TreeItem<CodeNode> hoverItem;

    public CodebookView(CodebookViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.stylesheet = Objects.requireNonNull(CodebookView.class.getResource("codebook.css"), "codebook.css").toExternalForm();

        root.getStyleClass().add("codebook-pane");
        root.getStylesheets().add(stylesheet);
        root.setMinWidth(180);

        // --- header: title, count, actions
        Label title = new Label(messages.get("codebook.title").toUpperCase(messages.locale()));
        title.getStyleClass().add("pane-title");
        countLabel.getStyleClass().add("pane-count");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = iconButton("M8 3.5v9M3.5 8h9", "codebook.tip.newCode", this::newCode);
        add.setId("codebook-new");
        expandButton = iconButton("M4.5 3.5l3.5 3.5 3.5-3.5M4.5 9l3.5 3.5 3.5-3.5", "codebook.tip.expandAll", this::expandAll);
        collapseButton = iconButton("M4.5 7l3.5-3.5 3.5 3.5M4.5 12.5l3.5-3.5 3.5 3.5", "codebook.tip.collapseAll", this::collapseAll);
        HBox header = new HBox(6, title, countLabel, spacer, add, expandButton, collapseButton);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("codebook-header");

        // --- filter
        filter.setId("codebook-filter");
        filter.setPromptText(messages.get("codebook.filter.prompt"));
        filter.setLeft(icon("M7 2.5a4.5 4.5 0 1 0 0 9a4.5 4.5 0 1 0 0-9M10.3 10.3l3.2 3.2"));
        Button clear = iconButton("M4.5 4.5l7 7M11.5 4.5l-7 7", "codebook.filter.clear", () -> {
            model.filterProperty().set("");
            filter.requestFocus();
        });
        clear.getStyleClass().add("filter-clear");
        clear.visibleProperty().bind(filter.textProperty().isNotEmpty());
        filter.setRight(clear);
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.addEventFilter(KeyEvent.KEY_PRESSED, this::filterKey);
        filter.getStyleClass().add("codebook-filter");
        VBox top = new VBox(8, header, filter);
        top.getStyleClass().add("codebook-top");

        // --- tree
        tree.setId("codebook-tree");
        tree.setShowRoot(false);
        tree.setEditable(false);
        tree.getStyleClass().addAll("codebook-tree", Tweaks.EDGE_TO_EDGE);
        tree.setCellFactory(t -> new CodeTreeCell(this, messages));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null && now != draft && now.getValue() != null && now.getValue().id() != CodeTreeCell.DRAFT_ID) {
                model.select(now.getValue().id());
            } else if (!syncing && now == null && tree.getEditingItem() == null) {
                model.select(null);
            }
        });
        rootItem.addEventHandler(TreeItem.<CodeNode>branchExpandedEvent(), e -> expansionChanged(e.getTreeItem(), true));
        rootItem.addEventHandler(TreeItem.<CodeNode>branchCollapsedEvent(), e -> expansionChanged(e.getTreeItem(), false));
        tree.setOnEditCommit(this::editCommitted);
        tree.setOnEditCancel(this::editCancelled);
        tree.addEventFilter(KeyEvent.KEY_PRESSED, this::treeKey);
        tree.addEventFilter(KeyEvent.KEY_TYPED, this::typeToFilter);
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

        // --- empty states
        Label emptyTitle = new Label(messages.get("codebook.empty.title"));
        emptyTitle.getStyleClass().add("empty-title");
        Label emptyHint = new Label(messages.get("codebook.empty.hint"));
        emptyHint.getStyleClass().add("empty-hint");
        emptyHint.setWrapText(true);
        Button emptyButton = new Button(messages.get("codebook.empty.button"), icon("M8 3.5v9M3.5 8h9"));
        emptyButton.setId("codebook-empty-new");
        emptyButton.getStyleClass().add(Styles.ACCENT);
        emptyButton.setOnAction(e -> newTopLevelCode());
        emptyState = new VBox(10, emptyTitle, emptyHint, emptyButton);
        emptyState.setId("codebook-empty");
        emptyState.getStyleClass().add("empty-state");
        emptyState.setAlignment(Pos.TOP_CENTER);
        emptyState.setVisible(false);

        noMatchTitle.getStyleClass().add("empty-title");
        noMatchTitle.setWrapText(true);
        Label noMatchHint = new Label(messages.get("codebook.noMatch.hint"));
        noMatchHint.getStyleClass().add("empty-hint");
        noMatch = new VBox(6, noMatchTitle, noMatchHint);
        noMatch.setId("codebook-no-match");
        noMatch.getStyleClass().add("empty-state");
        noMatch.setAlignment(Pos.TOP_CENTER);
        noMatch.setVisible(false);

        StackPane body = new StackPane(tree, emptyState, noMatch);
        VBox.setVgrow(body, Priority.ALWAYS);

        footer.getStyleClass().add("codebook-footer");
        footer.setMaxWidth(Double.MAX_VALUE);
        footer.setWrapText(true);

        root.getChildren().addAll(top, body, footer);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::paneKey);

        // --- follow the model
        model.treeProperty().addListener((obs, old, now) -> syncTree());
        model.emptyProperty().addListener((obs, old, now) -> updateOverlays());
        model.loadedProperty().addListener((obs, old, now) -> updateOverlays());
        model.matchCountProperty().addListener((obs, old, now) -> updateOverlays());
        model.filterProperty().addListener((obs, old, now) -> updateOverlays());
        model.expandedCodes().addListener((SetChangeListener<Long>) c -> {
            if (!syncing) {
                syncing = true;
                try {
                    applyExpansion();
                } finally {
                    syncing = false;
                }
            }
        });
        model.selectedCodeProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                syncing = true;
                try {
                    selectInTree(now, true);
                } finally {
                    syncing = false;
                }
            }
        });
        model.hasTranscriptSelectionProperty().addListener((obs, old, now) -> showFooterHint());
        showFooterHint();
        syncTree();
    }

    /** The pane, for the main window to place. */
    public Node root() {
        return root;
    }

    // ------------------------------------------------------------------------------------------------ actions (menus)

    /** Ctrl+N: a new code under the selected code (at the top level when none is selected); the name is typed in place. */
    public void newCode() {
        Long selected = selectedId();
        startDraft(selected);
    }

    /** Ctrl+Shift+N: a new code at the top level. */
    public void newTopLevelCode() {
        startDraft(null);
    }

    /** F2: rename the selected code in place. */
    public void renameSelected() {
        Long id = selectedId();
        TreeItem<CodeNode> item = id == null ? null : items.get(id);
        if (item == null || tree.getEditingItem() != null) {
            return;
        }
        edit(item);
    }

    /** Ctrl+Shift+C: choose the selected code's colour (palette first). */
    public void recolourSelected() {
        selectedRow().ifPresent(row -> {
            CodeColourDialog d = new CodeColourDialog(row, model.palette(), messages, stylesheet);
            show(d).ifPresent(hex -> model.recolour(row.id(), hex));
        });
    }

    /** Alt+Enter: edit the selected code's definition, when to use, when not to use and example. */
    public void describeSelected() {
        selectedRow().ifPresent(row -> {
            CodeDescriptionDialog d = new CodeDescriptionDialog(row, messages, stylesheet);
            Optional<CodeDescription> result = show(d);
            result.ifPresent(desc -> model.describe(row.id(), desc));
        });
    }

    /** Ctrl+Shift+M: move the selected code (with its sub-codes) under another code or to the top level. */
    public void moveSelected() {
        selectedRow().ifPresent(row -> {
            CodeChooserDialog d = new CodeChooserDialog(messages.get("codebook.move.title"), messages.get("codebook.move.header", row.name()),
                                                        null, messages.get("codebook.move.choose"), messages.get("codebook.move.topLevel"),
                                                        model.moveTargets(row.id()), model.moveRefusal(row.id(), null).isEmpty(),
                                                        messages, stylesheet);
            show(d).ifPresent(choice -> model.move(row.id(), choice.topLevel() ? null : choice.code().id()));
        });
    }

    /** Ctrl+M: merge the selected code into another (chosen in a list; a confirmation says how many codings move). */
    public void mergeSelected() {
        selectedRow().ifPresent(row -> {
            CodeChooserDialog d = new CodeChooserDialog(messages.get("codebook.mergeChooser.title"),
                                                        messages.get("codebook.mergeChooser.header", row.name()),
                                                        messages.get("codebook.mergeChooser.hint"),
                                                        messages.get("codebook.mergeChooser.choose"), null,
                                                        model.mergeTargets(row.id()), false, messages, stylesheet);
            show(d).filter(c -> !c.topLevel()).ifPresent(choice -> model.merge(row.id(), choice.code().id()));
        });
    }

    /** Delete: delete the selected code after a confirmation naming its sub-codes and the codings that go. */
    public void deleteSelected() {
        Long id = selectedId();
        if (id != null) {
            model.delete(id);
        }
    }

    /** Enter or double-click: apply the selected code to the transcript selection, or show its segments when there is none. */
    public void activateSelected() {
        Long id = selectedId();
        if (id != null) {
            model.activate(id);
        }
    }

    /** Shift+Enter: show the selected code's coded segments (even when text is selected in the transcript). */
    public void showSegmentsOfSelected() {
        Long id = selectedId();
        if (id != null) {
            model.showSegments(id);
        }
    }

    /** Ctrl+F inside the pane: put the cursor in the filter. */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    /** Ctrl+Shift+Plus: expand every code. */
    public void expandAll() {
        if (model.isFiltering()) {
            items.values().forEach(i -> i.setExpanded(true));
        } else {
            model.expandAll();
        }
    }

    /** Ctrl+Shift+Minus: collapse every code. */
    public void collapseAll() {
        model.collapseAll();
        if (model.isFiltering()) {
            syncing = true;
            try {
                items.values().forEach(i -> i.setExpanded(false));
            } finally {
                syncing = false;
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ keys

    private void paneKey(KeyEvent e) {
        if (isInlineEditing()) {
            return;
        }
        boolean shortcut = e.isShortcutDown();
        if (shortcut && !e.isAltDown() && e.getCode() == KeyCode.N) {
            e.consume();
            if (e.isShiftDown()) {
                newTopLevelCode();
            } else {
                newCode();
            }
        } else if (shortcut && !e.isShiftDown() && e.getCode() == KeyCode.F) {
            e.consume();
            focusFilter();
        } else if (shortcut && e.isShiftDown() && isPlus(e.getCode())) {
            e.consume();
            expandAll();
        } else if (shortcut && e.isShiftDown() && isMinus(e.getCode())) {
            e.consume();
            collapseAll();
        }
    }

    private void treeKey(KeyEvent e) {
        if (isInlineEditing() || e.getTarget() instanceof TextInputControl) {
            return;
        }
        KeyCode k = e.getCode();
        boolean shortcut = e.isShortcutDown();
        Runnable action = null;
        if (k == KeyCode.ENTER && !shortcut && !e.isShiftDown() && !e.isAltDown()) {
            action = this::activateSelected;
        } else if (k == KeyCode.ENTER && e.isShiftDown() && !shortcut && !e.isAltDown()) {
            action = this::showSegmentsOfSelected;
        } else if (k == KeyCode.ENTER && e.isAltDown() && !shortcut) {
            action = this::describeSelected;
        } else if (k == KeyCode.F2 && !shortcut) {
            action = this::renameSelected;
        } else if ((k == KeyCode.DELETE || k == KeyCode.BACK_SPACE && e.isMetaDown()) && !e.isControlDown()) {
            action = this::deleteSelected;
        } else if (k == KeyCode.C && shortcut && e.isShiftDown()) {
            action = this::recolourSelected;
        } else if (k == KeyCode.M && shortcut && e.isShiftDown()) {
            action = this::moveSelected;
        } else if (k == KeyCode.M && shortcut && !e.isShiftDown()) {
            action = this::mergeSelected;
        }
        if (action != null) {
            e.consume();
            action.run();
        }
    }

    /** Typing a letter in the tree starts filtering with it. */
    private void typeToFilter(KeyEvent e) {
        if (isInlineEditing() || e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown() || e.isControlDown()) {
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

    private void filterKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            if (filter.getText().isEmpty()) {
                tree.requestFocus();
            } else {
                model.filterProperty().set("");
            }
        } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
            e.consume();
            firstMatch().ifPresent(item -> {
                if (tree.getSelectionModel().getSelectedItem() == null || e.getCode() == KeyCode.ENTER
                    || !tree.getSelectionModel().getSelectedItem().getValue().match()) {
                    tree.getSelectionModel().select(item);
                }
                reveal(tree.getSelectionModel().getSelectedItem());
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

    // ------------------------------------------------------------------------------------------------ tree sync

    private void syncTree() {
        if (tree.getEditingItem() != null) {
            syncPending = true; // keep the row being typed in; catch up when the edit ends
            return;
        }
        syncPending = false;
        TreeItem<CodeNode> before = tree.getSelectionModel().getSelectedItem();
        Long selected = model.selectedCodeProperty().get();
        boolean alreadyShown = before != null && before.getValue() != null && Objects.equals(before.getValue().id(), selected);
        syncing = true;
        try {
            Map<Long, TreeItem<CodeNode>> next = new HashMap<>();
            List<TreeItem<CodeNode>> top = build(model.treeProperty().get(), rootItem, next);
            replaceChildren(rootItem, top);
            items = next;
            draft = null;
            applyExpansion();
            selectInTree(selected, !alreadyShown);
        } finally {
            syncing = false;
        }
        updateOverlays();
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

    private void applyExpansion() {
        for (Map.Entry<Long, TreeItem<CodeNode>> e : items.entrySet()) {
            e.getValue().setExpanded(model.isExpanded(e.getKey()));
        }
    }

    private void expansionChanged(TreeItem<CodeNode> item, boolean expanded) {
        if (!syncing && item != null && item.getValue() != null && item.getValue().id() != CodeTreeCell.DRAFT_ID) {
            model.setExpanded(item.getValue().id(), expanded);
        }
    }

    private void selectInTree(Long id, boolean reveal) {
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
    private void reveal(TreeItem<CodeNode> item) {
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

    private void updateOverlays() {
        boolean loaded = model.loadedProperty().get();
        boolean empty = loaded && model.emptyProperty().get() && draft == null && tree.getEditingItem() == null;
        boolean nothingMatches = loaded && !empty && model.isFiltering() && model.treeProperty().get().isEmpty();
        emptyState.setVisible(empty);
        footer.setVisible(!empty);
        footer.setManaged(!empty);
        expandButton.setDisable(empty);
        collapseButton.setDisable(empty);
        noMatch.setVisible(nothingMatches);
        tree.setVisible(!empty && !nothingMatches);
        noMatchTitle.setText(messages.get("codebook.noMatch.title", model.filterProperty().get().strip()));
        countLabel.setText(!loaded ? "" : model.isFiltering() ? messages.get("codebook.filter.matches", model.matchCountProperty().get())
                                                             : messages.get("codebook.codeCount", model.rows().size()));
    }

    private Optional<TreeItem<CodeNode>> firstMatch() {
        for (int i = 0; i < tree.getExpandedItemCount(); i++) {
            TreeItem<CodeNode> item = tree.getTreeItem(i);
            if (item != null && item.getValue() != null && item.getValue().match() && item != draft) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------------------------------------ inline editing

    private void startDraft(Long parentId) {
        if (tree.getEditingItem() != null) {
            return;
        }
        if (model.isFiltering()) {
            model.filterProperty().set(""); // the new code appears in its place in the whole tree
        }
        TreeItem<CodeNode> parent = parentId == null ? rootItem : items.get(parentId);
        if (parent == null) {
            parent = rootItem;
            parentId = null;
        }
        CodeRow row = new CodeRow(CodeTreeCell.DRAFT_ID, parentId, "", "", model.newCodeColour(parentId), CodeDescription.EMPTY, 0, 0, 0);
        draft = new TreeItem<>(new CodeNode(row, true, List.of()));
        draftParent = parentId;
        syncing = true;
        try {
            parent.getChildren().add(draft);
            parent.setExpanded(true);
        } finally {
            syncing = false;
        }
        if (parentId != null) {
            model.setExpanded(parentId, true);
        }
        updateOverlays();
        edit(draft);
    }

    private void edit(TreeItem<CodeNode> item) {
        tree.setEditable(true);
        syncing = true;
        try {
            tree.getSelectionModel().select(item);
        } finally {
            syncing = false;
        }
        tree.layout();
        reveal(item);
        tree.layout();
        tree.requestFocus();
        tree.edit(item);
    }

    private boolean isInlineEditing() {
        return tree.getEditingItem() != null;
    }

    private void editCommitted(TreeView.EditEvent<CodeNode> e) {
        TreeItem<CodeNode> item = e.getTreeItem();
        String name = e.getNewValue().row().name();
        item.setValue(e.getNewValue()); // shows the typed name at once; the reload brings the real row
        if (item == draft) {
            Long parent = draftParent;
            draft = null;
            Platform.runLater(() -> {
                endEdit();
                model.createCode(parent, name, created -> {
                    if (!created) {
                        syncTree(); // drops the unsaved row
                    }
                });
            });
        } else {
            long id = e.getOldValue().id();
            Platform.runLater(() -> {
                endEdit();
                model.rename(id, name, renamed -> {
                    if (!renamed) {
                        syncTree(); // back to the name the project has
                    }
                });
            });
        }
    }

    private void editCancelled(TreeView.EditEvent<CodeNode> e) {
        boolean wasDraft = e.getTreeItem() != null && e.getTreeItem() == draft;
        Platform.runLater(() -> {
            if (wasDraft) {
                draft = null;
            }
            endEdit();
            if (wasDraft) {
                syncTree();
                selectInTree(model.selectedCodeProperty().get(), false);
            }
            tree.requestFocus();
        });
    }

    private void endEdit() {
        if (tree.getEditingItem() != null) {
            return; // another edit has started meanwhile
        }
        tree.setEditable(false);
        if (syncPending) {
            syncTree();
        }
        updateOverlays();
    }

    // ------------------------------------------------------------------------------------------------ cell host

    @Override
    public void activate(CodeNode node) {
        if (node != null && node.id() != CodeTreeCell.DRAFT_ID) {
            model.activate(node.id());
        }
    }

    @Override
    public ContextMenu contextMenuFor(CodeNode node) {
        ContextMenu menu = new ContextMenu();
        menu.getStyleClass().add("codebook-menu");
        if (node == null || node.id() == CodeTreeCell.DRAFT_ID) {
            menu.getItems().addAll(item("codebook.action.newTopLevel", "Shortcut+Shift+N", this::newTopLevelCode), new SeparatorMenuItem(),
                                   item("codebook.action.expandAll", "Shortcut+Shift+Plus", this::expandAll),
                                   item("codebook.action.collapseAll", "Shortcut+Shift+Minus", this::collapseAll));
            return menu;
        }
        MenuItem apply = item("codebook.action.apply", "Enter", this::activateSelected);
        apply.setDisable(!model.hasTranscriptSelectionProperty().get());
        MenuItem delete = item("codebook.action.delete", "Delete", this::deleteSelected);
        delete.getStyleClass().add("danger-item");
        menu.getItems().addAll(apply, item("codebook.action.segments", "Shift+Enter", this::showSegmentsOfSelected), new SeparatorMenuItem(),
                               item("codebook.action.newSubCode", "Shortcut+N", this::newCode),
                               item("codebook.action.newTopLevel", "Shortcut+Shift+N", this::newTopLevelCode), new SeparatorMenuItem(),
                               item("codebook.action.rename", "F2", this::renameSelected),
                               item("codebook.action.recolour", "Shortcut+Shift+C", this::recolourSelected),
                               item("codebook.action.describe", "Alt+Enter", this::describeSelected), new SeparatorMenuItem(),
                               item("codebook.action.move", "Shortcut+Shift+M", this::moveSelected),
                               item("codebook.action.merge", "Shortcut+M", this::mergeSelected), new SeparatorMenuItem(), delete);
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

    // ------------------------------------------------------------------------------------------------ drag and drop

    @Override
    public void dragDetected(CodeTreeCell cell, MouseEvent event) {
        CodeNode node = cell.getItem();
        dragged = node.id();
        dragMerge = event.isAltDown() || altAtPress;
        Dragboard db = cell.startDragAndDrop(TransferMode.MOVE);
        ClipboardContent content = new ClipboardContent();
        content.putString(node.row().path());
        content.put(CODE_ID_FORMAT, node.id());
        db.setContent(content);
        if (cell.getGraphic() != null) {
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.TRANSPARENT);
            db.setDragView(cell.getGraphic().snapshot(p, null));
        }
        hint(messages.get("codebook.drag.start"), false);
        event.consume();
    }

    @Override
    public void dragOver(CodeTreeCell cell, DragEvent event) {
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
            hint(messages.get("codebook.drag.start"), false);
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
            hint(ok, false);
        } else {
            hint(refusal.get(), true);
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

    @Override
    public void dragExited(CodeTreeCell cell, DragEvent event) {
        if (markedCell == cell) {
            unmark();
        }
    }

    @Override
    public void dragDropped(CodeTreeCell cell, DragEvent event) {
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
        showFooterHint();
    }

    private void hint(String text, boolean refused) {
        footer.setText(text);
        footer.pseudoClassStateChanged(REFUSED, refused);
    }

    private void showFooterHint() {
        if (dragged == null) {
            hint(messages.get(model.hasTranscriptSelectionProperty().get() ? "codebook.footer.apply" : "codebook.footer.segments"), false);
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private Long selectedId() {
        Long id = model.selectedCodeProperty().get();
        return id != null && model.row(id).isPresent() ? id : null;
    }

    private Optional<CodeRow> selectedRow() {
        return Optional.ofNullable(selectedId()).flatMap(model::row);
    }

    private <T> Optional<T> show(Dialog<T> dialog) {
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog.showAndWait();
    }

    private Button iconButton(String path, String tooltipKey, Runnable action) {
        Button b = new Button(null, icon(path));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "codebook-icon-button");
        b.setTooltip(new Tooltip(messages.get(tooltipKey)));
        b.setAccessibleText(messages.get(tooltipKey));
        b.setFocusTraversable(false);
        b.setCursor(Cursor.HAND);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static SVGPath icon(String path) {
        SVGPath p = new SVGPath();
        p.setContent(path);
        p.getStyleClass().add("codebook-icon");
        return p;
    }

    // ------------------------------------------------------------------------------------------------ for tests

    TreeView<CodeNode> tree() {
        return tree;
    }
}
