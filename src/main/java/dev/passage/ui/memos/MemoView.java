package dev.passage.ui.memos;

import dev.passage.model.Memo.MemoTarget;
import dev.passage.ui.common.Messages;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.Map;

/**
 * Memos on the project, the open document, the selected code or the selected coding: a target switcher, the target's memos
 * (title, author, date) and an editor with title and text. A changed memo is saved with Ctrl+S or the Save button, and also
 * when the user leaves it (another memo or target, a new memo, or focus leaving this view).
 *
 * <p>Shortcuts inside the view: Ctrl+S saves, Ctrl+Shift+M starts a new memo, Delete in the list deletes the memo (after
 * confirming), Alt+1 .. Alt+4 switch to Project / Document / Code / Coding.
 */
public final class MemoView {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCode[] TARGET_KEYS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4};

    private static final javafx.css.PseudoClass UNAVAILABLE = javafx.css.PseudoClass.getPseudoClass("unavailable");

    private final MemoViewModel vm;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final ListView<MemoEntry> list = new ListView<>();
    private final TextField titleField = new TextField();
    private final TextArea textArea = new TextArea();
    private final Map<MemoTarget, ToggleButton> targets = new EnumMap<>(MemoTarget.class);
    private boolean syncing;

    public MemoView(MemoViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        root.getStyleClass().add("memo-view");
        root.getStylesheets().add(MemoView.class.getResource("memos.css").toExternalForm());

        // target switcher
        ToggleGroup group = new ToggleGroup();
        HBox switcher = new HBox();
        switcher.getStyleClass().add("memo-targets");
        MemoTarget[] all = MemoTarget.values();
        for (int i = 0; i < all.length; i++) {
            MemoTarget t = all[i];
            ToggleButton b = new ToggleButton();
            b.setToggleGroup(group);
            b.setUserData(t);
            b.setMnemonicParsing(false);
            b.getStyleClass().addAll("memo-target", "memo-target-" + t.name().toLowerCase(java.util.Locale.ROOT),
                                     i == 0 ? "left-pill" : i == all.length - 1 ? "right-pill" : "center-pill");
            b.setMaxWidth(320);
            b.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
            Tooltip tip = new Tooltip();
            String keys = messages.get("memos.targetTooltip", i + 1);
            tip.textProperty().bind(b.textProperty().concat("  (" + keys + ")"));
            b.setTooltip(tip);
            b.pseudoClassStateChanged(UNAVAILABLE, !vm.availableProperty(t).get());
            vm.availableProperty(t).addListener((o, was, now) -> b.pseudoClassStateChanged(UNAVAILABLE, !now));
            targets.put(t, b);
            switcher.getChildren().add(b);
        }
        targets.get(MemoTarget.PROJECT).setText(messages.get("memos.targetProject"));
        targets.get(MemoTarget.DOCUMENT).textProperty().bind(vm.documentLabelProperty());
        targets.get(MemoTarget.CODE).textProperty().bind(vm.codeLabelProperty());
        targets.get(MemoTarget.CODING).textProperty().bind(vm.codingLabelProperty());
        Tooltip codingTip = targets.get(MemoTarget.CODING).getTooltip();
        codingTip.textProperty().unbind();
        codingTip.textProperty().bind(Bindings.createStringBinding(() -> (vm.codingDescriptionProperty().get().isEmpty()
            ? vm.codingLabelProperty().get() : vm.codingDescriptionProperty().get()) + "  (" + messages.get("memos.targetTooltip", 4) + ")",
            vm.codingDescriptionProperty(), vm.codingLabelProperty()));
        targets.get(vm.targetProperty().get()).setSelected(true);
        group.selectedToggleProperty().addListener((o, before, now) -> {
            if (now == null) {
                before.setSelected(true); // one target is always chosen
            } else if (!syncing) {
                vm.targetProperty().set((MemoTarget) now.getUserData());
            }
        });
        vm.targetProperty().addListener((o, a, t) -> {
            syncing = true;
            targets.get(t).setSelected(true);
            syncing = false;
        });

        Button newMemo = new Button(messages.get("memos.new"));
        newMemo.getStyleClass().add("memo-new");
        newMemo.setTooltip(new Tooltip(messages.get("memos.newTooltip")));
        newMemo.setOnAction(e -> newMemo());
        newMemo.setMinWidth(Region.USE_PREF_SIZE);
        newMemo.disableProperty().bind(vm.listStateProperty().isEqualTo(MemoViewModel.ListState.NO_TARGET));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, switcher, spacer, newMemo);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("memo-bar");
        root.setTop(bar);

        // list
        list.getStyleClass().add("memo-list");
        list.setItems(vm.entries());
        list.setCellFactory(l -> new MemoCell(messages));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, entry) -> {
            if (!syncing && entry != null) {
                vm.select(entry);
            }
        });
        vm.selectedProperty().addListener((o, a, entry) -> syncSelection());
        vm.entries().addListener((javafx.collections.ListChangeListener<MemoEntry>) c -> syncSelection());
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE) {
                deleteMemo();
                e.consume();
            }
        });
        Label listPlaceholder = new Label();
        listPlaceholder.getStyleClass().add("memo-placeholder");
        listPlaceholder.setWrapText(true);
        listPlaceholder.textProperty().bind(Bindings.createStringBinding(this::listHint, vm.listStateProperty(), vm.targetProperty()));
        list.setPlaceholder(listPlaceholder);
        list.setMinWidth(200);

        // editor
        titleField.getStyleClass().add("memo-title");
        titleField.setPromptText(messages.get("memos.titlePrompt"));
        titleField.textProperty().bindBidirectional(vm.titleProperty());
        textArea.getStyleClass().add("memo-text");
        textArea.setWrapText(true);
        textArea.textProperty().bindBidirectional(vm.textProperty());
        VBox.setVgrow(textArea, Priority.ALWAYS);
        Label status = new Label();
        status.getStyleClass().add("memo-status");
        status.textProperty().bind(vm.statusProperty());
        vm.dirtyProperty().addListener((o, a, d) -> status.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dirty"), d));
        Button delete = new Button(messages.get("memos.delete"));
        delete.getStyleClass().addAll("memo-delete", "flat", "danger");
        delete.setTooltip(new Tooltip(messages.get("memos.deleteTooltip")));
        delete.setOnAction(e -> deleteMemo());
        Button save = new Button(messages.get("memos.save"));
        save.getStyleClass().addAll("memo-save", "accent");
        save.setTooltip(new Tooltip(messages.get("memos.saveTooltip")));
        save.setOnAction(e -> save());
        save.disableProperty().bind(vm.dirtyProperty().not());
        Region editorSpacer = new Region();
        HBox.setHgrow(editorSpacer, Priority.ALWAYS);
        HBox actions = new HBox(8, status, editorSpacer, delete, save);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox editor = new VBox(8, titleField, textArea, actions);
        editor.getStyleClass().add("memo-editor");
        editor.visibleProperty().bind(vm.editingProperty());
        Label editorEmpty = new Label(messages.get("memos.editorEmpty"));
        editorEmpty.getStyleClass().add("memo-placeholder");
        editorEmpty.setWrapText(true);
        editorEmpty.visibleProperty().bind(vm.editingProperty().not());
        StackPane editorPane = new StackPane(editorEmpty, editor);
        editorPane.getStyleClass().add("memo-editor-pane");

        vm.selectedProperty().addListener((o, a, e) -> updateNoteMode());
        vm.editingProperty().addListener((o, a, e) -> updateNoteMode());

        SplitPane split = new SplitPane(list, editorPane);
        split.getStyleClass().add("memo-split");
        split.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(list, false);
        root.setCenter(split);

        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                save();
            } else if (NEW.match(e)) {
                newMemo();
            } else if (e.isAltDown() && !e.isControlDown() && !e.isShiftDown() && targetKey(e.getCode()) >= 0) {
                showTarget(MemoTarget.values()[targetKey(e.getCode())]);
            } else {
                return;
            }
            e.consume();
        });
        // leaving the view saves a changed memo
        root.sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((fo, from, to) -> {
                    if (from != null && isInside(from) && (to == null || !isInside(to))) {
                        vm.commitEdits();
                    }
                });
            }
        });
        updateNoteMode();
    }

    /** The node to place in the dock. */
    public Node root() {
        return root;
    }

    /** A title for the dock tab ("Memos", with a dot while there are unsaved changes). */
    public javafx.beans.property.ReadOnlyStringProperty titleProperty() {
        return vm.tabTitleProperty();
    }

    // ---- actions the main window can put in menus

    /** Saves the memo in the editor (Ctrl+S). */
    public void save() {
        vm.save();
    }

    /** Starts a new memo on the chosen target and puts the cursor in its title (Ctrl+Shift+M). */
    public void newMemo() {
        vm.newMemo();
        if (vm.draftProperty().get()) {
            Platform.runLater(titleField::requestFocus);
            titleField.requestFocus();
        }
    }

    /** Deletes the memo in the editor after confirming (Delete in the list). */
    public void deleteMemo() {
        vm.delete();
    }

    /** Lists the memos of {@code target} (Alt+1 .. Alt+4). */
    public void showTarget(MemoTarget target) {
        vm.targetProperty().set(target);
    }

    // ---- internals

    private static int targetKey(KeyCode code) {
        for (int i = 0; i < TARGET_KEYS.length; i++) {
            if (TARGET_KEYS[i] == code) {
                return i;
            }
        }
        return -1;
    }

    private boolean isInside(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == root) {
                return true;
            }
        }
        return false;
    }

    private void syncSelection() {
        syncing = true;
        try {
            MemoEntry entry = vm.selectedProperty().get();
            if (entry == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getItems().stream().filter(entry::sameAs).findFirst().ifPresent(e -> list.getSelectionModel().select(e));
            }
        } finally {
            syncing = false;
        }
    }

    private void updateNoteMode() {
        boolean note = vm.isEditingNote();
        titleField.setEditable(!note);
        titleField.setFocusTraversable(!note);
        titleField.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("note"), note);
        textArea.setPromptText(messages.get(note ? "memos.notePrompt" : "memos.textPrompt"));
    }

    private String listHint() {
        MemoTarget t = vm.targetProperty().get();
        if (vm.listStateProperty().get() == MemoViewModel.ListState.NO_TARGET) {
            return switch (t) {
                case DOCUMENT -> messages.get("memos.noDocument");
                case CODE -> messages.get("memos.noCode");
                case CODING -> messages.get("memos.noCoding");
                case PROJECT -> "";
            };
        }
        return switch (t) {
            case PROJECT -> messages.get("memos.emptyProject");
            case DOCUMENT -> messages.get("memos.emptyDocument");
            case CODE -> messages.get("memos.emptyCode");
            case CODING -> messages.get("memos.emptyCoding");
        };
    }
}
