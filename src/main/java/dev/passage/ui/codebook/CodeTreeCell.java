package dev.passage.ui.codebook;

import dev.passage.model.CodeDescription;
import dev.passage.ui.common.CodeColours;
import dev.passage.ui.common.Messages;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

import java.util.Optional;

/**
 * One row of the codebook tree: colour swatch, name, coding count (and, muted, the codings in its sub-codes); a tooltip with
 * the code's path, counts and description; inline editing of the name (rename and new codes); drag-and-drop hooks.
 * Behaviour beyond showing is delegated to its {@link Host} (the view).
 */
final class CodeTreeCell extends TreeCell<CodeNode> {
    /** The id of a code being created inline (not in the project yet). */
    static final long DRAFT_ID = -1L;
    /** An ancestor shown only because something below it matches the filter. */
    private static final PseudoClass CONTEXT = PseudoClass.getPseudoClass("context");
    /** A code being created (its name not typed yet). */
    private static final PseudoClass DRAFT = PseudoClass.getPseudoClass("draft");

    /** What the cell asks of the view it sits in. */
    interface Host {
        /** Double-click: show the code's coded segments (never applies the code). */
        void openSegments(CodeNode node);

        ContextMenu contextMenuFor(CodeNode nodeOrNull);

        void dragDetected(CodeTreeCell cell, MouseEvent event);

        void dragOver(CodeTreeCell cell, DragEvent event);

        void dragExited(CodeTreeCell cell, DragEvent event);

        void dragDropped(CodeTreeCell cell, DragEvent event);
    }

    private final Host host;
    private final Messages messages;
    private final Rectangle swatch = new Rectangle(11, 11);
    private final Label name = new Label();
    private final Label count = new Label();
    private final Label subCount = new Label();
    private final HBox row;
    private final Rectangle editSwatch = new Rectangle(11, 11);
    private final TextField field = new TextField();
    private final HBox editRow;
    private final Tooltip tooltip = new Tooltip();

    CodeTreeCell(Host host, Messages messages) {
        this.host = host;
        this.messages = messages;
        getStyleClass().add("code-cell");
        for (Rectangle r : new Rectangle[] {swatch, editSwatch}) {
            r.setArcWidth(4);
            r.setArcHeight(4);
            r.getStyleClass().add("code-swatch");
        }
        name.getStyleClass().add("code-name");
        name.setTextOverrun(OverrunStyle.ELLIPSIS);
        name.setMinWidth(20);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        count.getStyleClass().add("code-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        subCount.getStyleClass().add("code-subcount");
        subCount.setMinWidth(Region.USE_PREF_SIZE);
        row = new HBox(7, swatch, name, count, subCount);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("code-row");

        field.getStyleClass().add("code-name-field");
        field.setPromptText(messages.get("codebook.newCode.prompt"));
        HBox.setHgrow(field, Priority.ALWAYS);
        editRow = new HBox(7, editSwatch, field);
        editRow.setAlignment(Pos.CENTER_LEFT);
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::fieldKey);
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now && isEditing()) {
                commitName(); // leaving the field keeps what was typed, like a file manager
            }
        });

        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        tooltip.setShowDelay(Duration.millis(650));
        tooltip.setShowDuration(Duration.seconds(30));
        tooltip.getStyleClass().add("code-tooltip");
        tooltip.setOnShowing(e -> tooltip.setGraphic(tooltipContent(getItem())));

        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !isEmpty() && !isEditing() && !onDisclosure(e)) {
                // double-click shows the code's segments (instead of the tree's expand/collapse); it never codes text,
                // even when a passage is still selected after a jump: applying is C, Enter or a drag
                e.consume();
                getTreeView().getSelectionModel().select(getTreeItem());
                host.openSegments(getItem());
            }
        });
        setOnContextMenuRequested(e -> {
            if (isEditing()) {
                return;
            }
            if (!isEmpty()) {
                getTreeView().getSelectionModel().select(getTreeItem());
            }
            ContextMenu menu = host.contextMenuFor(isEmpty() ? null : getItem());
            if (menu != null) {
                // shown by hand, not through setContextMenu: its shortcuts are then only displayed, not registered in the
                // scene, so they cannot steal keys from the transcript or the lead's menus
                menu.show(this, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        setOnDragDetected(e -> {
            if (!isEmpty() && !isEditing() && getItem().id() != DRAFT_ID && e.getButton() == MouseButton.PRIMARY) {
                host.dragDetected(this, e);
            }
        });
        setOnDragOver(e -> host.dragOver(this, e));
        setOnDragExited(e -> host.dragExited(this, e));
        setOnDragDropped(e -> host.dragDropped(this, e));
    }

    private boolean onDisclosure(MouseEvent e) {
        Node disclosure = getDisclosureNode();
        for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != this; n = n.getParent()) {
            if (n == disclosure) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void updateItem(CodeNode item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            pseudoClassStates(false, false);
            return;
        }
        if (isEditing()) {
            setGraphic(editRow);
            return;
        }
        show(item);
    }

    private void show(CodeNode item) {
        CodeRow r = item.row();
        swatch.setFill(CodeColours.parse(r.colour()));
        swatch.setStroke(CodeColours.parse(r.colour()).darker());
        name.setText(r.name());
        boolean draft = r.id() == DRAFT_ID;
        count.setText(draft ? "" : Integer.toString(r.count()));
        count.setVisible(!draft && (r.count() > 0 || r.subCount() == 0));
        count.setManaged(count.isVisible());
        count.getStyleClass().remove("zero");
        if (r.count() == 0) {
            count.getStyleClass().add("zero");
        }
        subCount.setText(messages.get("codebook.count.subShort", r.subCount()));
        subCount.setVisible(!draft && r.subCount() > 0);
        subCount.setManaged(subCount.isVisible());
        pseudoClassStates(!item.match(), draft);
        setGraphic(row);
        setTooltip(draft ? null : tooltip);
        setAccessibleText(r.path() + ", " + messages.get("codebook.count.own", r.count()));
    }

    private void pseudoClassStates(boolean contextOnly, boolean draft) {
        pseudoClassStateChanged(CONTEXT, contextOnly);
        pseudoClassStateChanged(DRAFT, draft);
    }

    // --------------------------------------------------------------------------------------------------- layout

    @Override
    protected double computePrefWidth(double height) {
        // never wider than the pane: long names end in "…" (the tooltip has the whole path) instead of a sideways scroll bar
        return 60;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        Node g = getGraphic();
        if (g != null) {
            double right = getWidth() - snappedRightInset();
            double w = Math.max(0, right - g.getLayoutX());
            g.resize(w, g.getLayoutBounds().getHeight());
        }
    }

    // --------------------------------------------------------------------------------------------------- editing

    @Override
    public void startEdit() {
        if (isEmpty() || getItem() == null) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        CodeRow r = getItem().row();
        editSwatch.setFill(CodeColours.parse(r.colour()));
        editSwatch.setStroke(CodeColours.parse(r.colour()).darker());
        field.setText(r.id() == DRAFT_ID ? "" : r.name());
        setGraphic(editRow);
        setTooltip(null);
        field.requestFocus();
        field.selectAll();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        if (getItem() != null) {
            show(getItem());
        }
    }

    private void fieldKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            e.consume();
            commitName();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            cancelEdit();
        }
    }

    private void commitName() {
        if (!isEditing()) {
            return;
        }
        String text = field.getText() == null ? "" : field.getText().strip();
        CodeNode item = getItem();
        if (text.isEmpty() || (item.row().id() != DRAFT_ID && text.equals(item.row().name()))) {
            cancelEdit();
            return;
        }
        CodeRow r = item.row();
        commitEdit(new CodeNode(new CodeRow(r.id(), r.parentId(), text, r.path(), r.colour(), r.description(), r.count(), r.subCount(),
                                            r.subCodes()), item.match(), item.children()));
    }

    // --------------------------------------------------------------------------------------------------- tooltip

    private Node tooltipContent(CodeNode item) {
        if (item == null) {
            return null;
        }
        CodeRow r = item.row();
        VBox box = new VBox(6);
        box.getStyleClass().add("code-tooltip-content");
        Label path = new WrappedLabel(r.path());
        path.getStyleClass().add("code-tooltip-path");
        String counts = messages.get("codebook.count.own", r.count());
        if (r.subCodes() > 0) {
            counts += " · " + messages.get("codebook.count.sub", r.subCount());
        }
        Label countLine = new Label(counts);
        countLine.getStyleClass().add("code-tooltip-counts");
        box.getChildren().addAll(path, countLine);
        CodeDescription d = r.description();
        if (d == null || d.isEmpty()) {
            Label none = new Label(messages.get("codebook.tooltip.noDescription"));
            none.getStyleClass().add("code-tooltip-none");
            box.getChildren().add(none);
        } else {
            section(box, "codebook.tooltip.definition", d.definition());
            section(box, "codebook.tooltip.whenToUse", d.whenToUse());
            section(box, "codebook.tooltip.whenNotToUse", d.whenNotToUse());
            section(box, "codebook.tooltip.example", d.example()).ifPresent(l -> l.getStyleClass().add("code-tooltip-example"));
        }
        return box;
    }

    /**
     * A label that wraps at a fixed width, whatever width it is asked about. A tooltip measures its content without a width,
     * and a plain wrapping label then answers for a width of (almost) nothing: one word per line, thousands of pixels tall.
     */
    private static final class WrappedLabel extends Label {
        static final double WIDTH = 340;

        WrappedLabel(String text) {
            super(text);
            setWrapText(true);
            setMinWidth(Region.USE_PREF_SIZE);
            setMaxWidth(Region.USE_PREF_SIZE);
            setMinHeight(Region.USE_PREF_SIZE);
            setMaxHeight(Region.USE_PREF_SIZE);
        }

        @Override
        protected double computePrefWidth(double height) {
            return Math.min(WIDTH, Math.ceil(super.computePrefWidth(-1)));
        }

        @Override
        protected double computePrefHeight(double width) {
            return super.computePrefHeight(prefWidth(-1));
        }
    }

    private Optional<Label> section(VBox box, String headingKey, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Label heading = new Label(messages.get(headingKey));
        heading.getStyleClass().add("code-tooltip-heading");
        Label body = new WrappedLabel(text);
        body.getStyleClass().add("code-tooltip-body");
        VBox s = new VBox(1, heading, body);
        box.getChildren().add(s);
        return Optional.of(body);
    }
}
