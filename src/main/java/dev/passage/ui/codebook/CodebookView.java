package dev.passage.ui.codebook;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.passage.model.Code;
import dev.passage.model.CodeDescription;
import dev.passage.ui.common.Messages;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import javafx.stage.Window;

import java.util.Objects;
import java.util.Optional;

/**
 * The codebook pane on the right of the workbench: a toolbar (title, new code, expand/collapse all), a filter, and the code
 * tree with swatches and coding counts. Codes are edited inline (new code, rename: {@link CodeInlineEditor}), through small
 * dialogs (colour, description, move, merge) and by drag and drop ({@link CodebookDragAndDrop}). Every action has a keyboard
 * shortcut ({@link CodebookKeyMap}) and a public method the main window's menus can call. The tree follows the model through
 * {@link CodebookTreeSync}.
 */
public final class CodebookView implements CodeTreeCell.Host {
    /** Dragged codes carry their id in this format (and their path as plain text), for drops elsewhere in the workbench. */
    public static final DataFormat CODE_ID_FORMAT = dev.passage.ui.common.DragFormats.CODE_ID;

    private final CodebookViewModel model;
    private final Messages messages;
    private final String stylesheet;
    private final VBox root = new VBox();
    private final TreeView<CodeNode> tree = new TreeView<>(new TreeItem<>());
    private final CustomTextField filter = new CustomTextField();
    private final Label countLabel = new Label();
    private final CodebookFooter footer;
    private final VBox emptyState;
    private final VBox noMatch;
    private final Label noMatchTitle = new Label();
    private final Button expandButton;
    private final Button collapseButton;
    private final CodebookTreeSync sync;
    private final CodeInlineEditor editor;
    private final CodebookDragAndDrop dragAndDrop;
    private final CodebookContextMenu contextMenu;

    public CodebookView(CodebookViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.stylesheet = Objects.requireNonNull(CodebookView.class.getResource("codebook.css"), "codebook.css").toExternalForm();
        this.footer = new CodebookFooter(messages, model.hasTranscriptSelectionProperty());
        this.sync = new CodebookTreeSync(model, tree, this::updateOverlays);
        this.editor = new CodeInlineEditor(model, tree, sync, this::updateOverlays);
        this.dragAndDrop = new CodebookDragAndDrop(model, messages, tree, footer);
        this.contextMenu = new CodebookContextMenu(this, model, messages);
        CodebookKeyMap keys = new CodebookKeyMap(this, model, tree, filter, sync, editor::isEditing);
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
        filter.addEventFilter(KeyEvent.KEY_PRESSED, keys::filterKey);
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
            if (!sync.isSyncing() && now != null && now != sync.draft() && now.getValue() != null
                && now.getValue().id() != CodeTreeCell.DRAFT_ID) {
                model.select(now.getValue().id());
            } else if (!sync.isSyncing() && now == null && !editor.isEditing()) {
                model.select(null);
            }
        });
        tree.getRoot().addEventHandler(TreeItem.<CodeNode>branchExpandedEvent(), e -> sync.expansionChanged(e.getTreeItem(), true));
        tree.getRoot().addEventHandler(TreeItem.<CodeNode>branchCollapsedEvent(), e -> sync.expansionChanged(e.getTreeItem(), false));
        tree.addEventFilter(KeyEvent.KEY_PRESSED, keys::treeKey);
        tree.addEventFilter(KeyEvent.KEY_TYPED, keys::typeToFilter);

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

        root.getChildren().addAll(top, body, footer.node());
        root.addEventFilter(KeyEvent.KEY_PRESSED, keys::paneKey);

        // --- follow the model
        model.treeProperty().addListener((obs, old, now) -> sync.sync());
        model.emptyProperty().addListener((obs, old, now) -> updateOverlays());
        model.loadedProperty().addListener((obs, old, now) -> updateOverlays());
        model.matchCountProperty().addListener((obs, old, now) -> updateOverlays());
        model.filterProperty().addListener((obs, old, now) -> updateOverlays());
        model.expandedCodes().addListener((SetChangeListener<Long>) c -> sync.quietlyUnlessSyncing(sync::applyExpansion));
        model.selectedCodeProperty().addListener((obs, old, now) -> sync.quietlyUnlessSyncing(() -> sync.selectInTree(now, true)));
        model.hasTranscriptSelectionProperty().addListener((obs, old, now) -> showFooterHint());
        showFooterHint();
        sync.sync();
    }

    /** The pane, for the main window to place. */
    public Node root() {
        return root;
    }

    // ------------------------------------------------------------------------------------------------ actions (menus)

    /** Ctrl+N: a new code under the selected code (at the top level when none is selected); the name is typed in place. */
    public void newCode() {
        Long selected = selectedId();
        editor.startDraft(selected);
    }

    /** Ctrl+Shift+N: a new code at the top level. */
    public void newTopLevelCode() {
        editor.startDraft(null);
    }

    /** F2: rename the selected code in place. */
    public void renameSelected() {
        TreeItem<CodeNode> item = sync.item(selectedId());
        if (item == null || editor.isEditing()) {
            return;
        }
        editor.edit(item);
    }

    /** Ctrl+Shift+C: choose the selected code's colour (palette first). */
    public void recolourSelected() {
        selectedRow().ifPresent(row -> {
            Optional<Code> opened = model.shown(row.id()); // saved on the version the dialog opened with
            CodeColourDialog d = new CodeColourDialog(row, model.palette(), messages, stylesheet);
            show(d).ifPresent(hex -> opened.ifPresent(code -> model.recolour(code, hex)));
        });
    }

    /** Alt+Enter: edit the selected code's definition, when to use, when not to use and example. */
    public void describeSelected() {
        selectedRow().ifPresent(row -> {
            Optional<Code> opened = model.shown(row.id()); // saved on the version the dialog opened with
            CodeDescriptionDialog d = new CodeDescriptionDialog(row, messages, stylesheet);
            Optional<CodeDescription> result = show(d);
            result.ifPresent(desc -> opened.ifPresent(code -> model.describe(code, desc)));
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

    /** Enter: apply the selected code to the transcript selection, or show its segments when there is none. */
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
            sync.items().forEach(i -> i.setExpanded(true));
        } else {
            model.expandAll();
        }
    }

    /** Ctrl+Shift+Minus: collapse every code. */
    public void collapseAll() {
        model.collapseAll();
        if (model.isFiltering()) {
            sync.quietly(() -> sync.items().forEach(i -> i.setExpanded(false)));
        }
    }

    // ------------------------------------------------------------------------------------------------ cell host

    @Override
    public void openSegments(CodeNode node) {
        if (node != null && node.id() != CodeTreeCell.DRAFT_ID) {
            model.showSegments(node.id());
        }
    }

    @Override
    public ContextMenu contextMenuFor(CodeNode node) {
        return contextMenu.menuFor(node);
    }

    @Override
    public void dragDetected(CodeTreeCell cell, MouseEvent event) {
        dragAndDrop.dragDetected(cell, event);
    }

    @Override
    public void dragOver(CodeTreeCell cell, DragEvent event) {
        dragAndDrop.dragOver(cell, event);
    }

    @Override
    public void dragExited(CodeTreeCell cell, DragEvent event) {
        dragAndDrop.dragExited(cell, event);
    }

    @Override
    public void dragDropped(CodeTreeCell cell, DragEvent event) {
        dragAndDrop.dragDropped(cell, event);
    }

    // ------------------------------------------------------------------------------------------------ overlays and footer

    private void updateOverlays() {
        boolean loaded = model.loadedProperty().get();
        boolean empty = loaded && model.emptyProperty().get() && sync.draft() == null && !editor.isEditing();
        boolean nothingMatches = loaded && !empty && model.isFiltering() && model.treeProperty().get().isEmpty();
        emptyState.setVisible(empty);
        footer.node().setVisible(!empty);
        footer.node().setManaged(!empty);
        expandButton.setDisable(empty);
        collapseButton.setDisable(empty);
        noMatch.setVisible(nothingMatches);
        tree.setVisible(!empty && !nothingMatches);
        noMatchTitle.setText(messages.get("codebook.noMatch.title", model.filterProperty().get().strip()));
        countLabel.setText(!loaded ? "" : model.isFiltering() ? messages.get("codebook.filter.matches", model.matchCountProperty().get())
                                                             : messages.get("codebook.codeCount", model.rows().size()));
    }

    private void showFooterHint() {
        if (!dragAndDrop.isDragging()) {
            footer.showDefault();
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
