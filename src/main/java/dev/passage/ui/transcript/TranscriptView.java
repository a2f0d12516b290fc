package dev.passage.ui.transcript;

import dev.passage.coding.Codebook;
import dev.passage.model.Coding;
import dev.passage.model.SpeakerTurn;
import dev.passage.ui.coding.CodePicker;
import dev.passage.ui.coding.CodePickerViewModel.Mode;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.TextLocation;
import dev.passage.ui.transcript.CodingLayout.Range;
import dev.passage.ui.transcript.TranscriptViewModel.LayoutUpdate;
import dev.passage.ui.transcript.TranscriptViewModel.OpenDocument;
import dev.passage.ui.transcript.TranscriptViewModel.State;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CharacterHit;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.util.UndoUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The transcript: the open document as a calm, readable page (RichTextFX, virtualised), speaker turns with names and times
 * in a left column, codings as tints under the text and MAXQDA-style stripes in the margin, and the keyboard coding flow
 * (C picker, V in vivo, 1-9 recent codes, Delete, R recode, M memo, Ctrl+B adjust, Ctrl+F find).
 * <p>
 * The parts: {@link TranscriptHeader}, {@link TranscriptEmptyState}, {@link TranscriptStyler} (tints and marks),
 * {@link TranscriptMargins} (the stripes), {@link TranscriptFind}, {@link TranscriptKeyMap}, {@link TranscriptContextMenu},
 * {@link CardPlacement} and {@link CodingToast}. After an edit only the changed ranges are restyled and only margins on
 * screen whose stripes changed are rebuilt; the scroll position stays.
 */
public final class TranscriptView {
    /** The widest the text column gets (about 85 characters of the reading font). */
    static final double TEXT_MAX_WIDTH = 690;
    static final int FIND_LIMIT = 5000;
    private static final List<String> READING_FONTS = List.of("Charter", "Georgia", "Source Serif 4", "Source Serif Pro", "Noto Serif",
                                                              "PT Serif", "Cambria", "Liberation Serif", "DejaVu Serif");

    private final TranscriptViewModel vm;
    private final Messages messages;
    private final StackPane root = new StackPane();
    private final BorderPane page = new BorderPane();
    private final StyleClassedTextArea area = new StyleClassedTextArea(false);
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private final TranscriptHeader header;
    private final TranscriptEmptyState emptyState;
    private final Pane overlay = new Pane();
    private final CodePicker picker;
    private final CodingInfoCard infoCard;
    private final CodingMemoEditor memoEditor;
    private final CodingToast toast;
    private final CardPlacement placement;
    private final TranscriptFind find;
    private final TranscriptStyler styler;
    private final TranscriptMargins margins;
    private CodingLayout layout;
    private OpenDocument shownDocument;
    private String tintStylesheet;
    private boolean dragSelecting;

    public TranscriptView(TranscriptViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.header = new TranscriptHeader(messages);
        this.emptyState = new TranscriptEmptyState(messages);
        this.find = new TranscriptFind(area, messages, () -> shownDocument, () -> layout, this::restyle);
        this.styler = new TranscriptStyler(area, () -> layout, find);
        this.picker = new CodePicker(vm.picker(), messages, new CodePicker.Actions() {
            @Override
            public void pick() {
                vm.pickHighlighted();
                area.requestFocus();
            }

            @Override
            public void create() {
                vm.pickNewCode();
                if (!vm.picker().showingProperty().get()) {
                    area.requestFocus();
                }
            }

            @Override
            public void close() {
                vm.picker().close();
                area.requestFocus();
            }
        });
        this.infoCard = new CodingInfoCard(messages);
        this.memoEditor = new CodingMemoEditor(messages);
        this.placement = new CardPlacement(overlay, area, () -> layout);
        this.margins = new TranscriptMargins(vm, messages, area, infoCard, placement, () -> layout,
                                             () -> vm.picker().showingProperty().get() || memoEditor.isOpen());
        this.toast = new CodingToast(overlay);
        root.getStyleClass().add("transcript-view");
        root.getStylesheets().add(TranscriptView.class.getResource("/dev/passage/ui/transcript/transcript.css").toExternalForm());

        buildArea();
        CoderLegend legend = new CoderLegend(vm.coders(), vm.colourStripesByCoderProperty(), messages);
        // stripes coloured by coder: recolour them when that is switched or the coders change
        vm.colourStripesByCoderProperty().addListener((o, a, b) -> margins.recolour());
        vm.coders().addListener((javafx.collections.ListChangeListener<String>) c -> margins.recolour());
        VBox top = new VBox(header.node(), legend.node(), find.bar());
        top.getStyleClass().add("transcript-top");
        page.setTop(top);
        page.setCenter(scroll);
        page.getStyleClass().add("transcript-page");

        overlay.setPickOnBounds(false);
        overlay.getStyleClass().add("transcript-overlay");
        picker.setVisible(false);
        overlay.setMinSize(0, 0);
        overlay.getChildren().addAll(infoCard, picker, memoEditor, toast.label());
        root.getChildren().addAll(page, emptyState.node(), overlay);

        vm.picker().showingProperty().addListener((obs, old, showing) -> {
            picker.setVisible(showing);
            if (!showing && picker.field().isFocused()) {
                area.requestFocus();
            }
        });
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (vm.picker().showingProperty().get() && !CardPlacement.inside(e.getTarget(), picker)) {
                vm.picker().close();
            }
            if (memoEditor.isOpen() && !CardPlacement.inside(e.getTarget(), memoEditor)) {
                memoEditor.close();
            }
        });

        vm.stateProperty().addListener((obs, old, s) -> showState());
        vm.documentProperty().addListener((obs, old, d) -> showDocument(d));
        vm.layoutUpdateProperty().addListener((obs, old, u) -> applyLayout(u));
        vm.codebookProperty().addListener((obs, old, b) -> applyTints(b));
        vm.selectedCodingProperty().addListener((obs, old, id) -> selectedCodingChanged());
        vm.revealRequestProperty().addListener((obs, old, loc) -> {
            if (loc != null) {
                reveal(loc);
            }
        });
        vm.hintProperty().addListener((obs, old, h) -> toast.show(h));

        applyTints(vm.codebookProperty().get());
        showDocument(vm.documentProperty().get());
        applyLayout(vm.layoutUpdateProperty().get());
        showState();
    }

    // ================================================================ public API for the main window

    /** The node to place in the window. */
    public Node root() {
        return root;
    }

    /** Stops listening to the project (when the window closes the project). */
    public void dispose() {
        styler.stop();
        margins.stop();
        toast.stop();
        vm.dispose();
    }

    /** Puts the keyboard focus into the transcript text (e.g. when F6 cycles to it). */
    public void focusText() {
        area.requestFocus();
    }

    /** C: the type-ahead code picker at the selection; Enter applies the highlighted code, Ctrl+Enter creates one. */
    public void applyCodeWithPicker() {
        if (vm.openPicker(Mode.APPLY)) {
            placement.atRange(picker, CodePicker.WIDTH, selectionRange());
            picker.focusField();
        }
    }

    /** V: the selected words become a new top-level code and are coded with it (one undo step). */
    public void codeInVivo() {
        vm.codeInVivo();
    }

    /** 1-9: applies the n-th most recently used code to the selection. */
    public void applyRecentCode(int n) {
        vm.applyRecentCode(n);
    }

    /** Delete: removes the selected coding. */
    public void removeSelectedCoding() {
        vm.removeSelectedCoding();
    }

    /** R: recodes the selected coding through the picker. */
    public void recodeSelectedCoding() {
        if (vm.openPicker(Mode.RECODE)) {
            Coding c = vm.selectedCoding();
            placement.atRange(picker, CodePicker.WIDTH, new Range(c.start(), c.end()));
            picker.focusField();
        }
    }

    /** M: edits the selected coding's memo in a small card (Ctrl+Enter saves, Esc cancels). */
    public void editSelectedCodingMemo() {
        var memo = vm.memoToEdit();
        if (memo.isEmpty()) {
            return;
        }
        Coding c = vm.selectedCoding();
        String path = vm.codingInfo(c.id()).map(TranscriptViewModel.CodingInfo::codePath).orElse("");
        memoEditor.open(messages.get("transcript.memo.title", path), memo.get(), text -> {
            vm.saveSelectedCodingMemo(text);
            area.requestFocus();
        }, area::requestFocus);
        placement.atRange(memoEditor, CodingMemoEditor.WIDTH, new Range(c.start(), c.end()));
    }

    /** Ctrl+B: the selected coding now covers the selected text. */
    public void adjustSelectedCodingToSelection() {
        vm.adjustSelectedCodingToSelection();
    }

    /** Ctrl+F: the find bar (prefilled with a short selection). */
    public void showFindBar() {
        find.open();
    }

    /** F3 / Enter in the find bar: the next match. */
    public void findNext() {
        find.next();
    }

    /** Shift+F3 / Shift+Enter in the find bar: the previous match. */
    public void findPrevious() {
        find.previous();
    }

    // ================================================================ package API for tests

    StyleClassedTextArea area() {
        return area;
    }

    CodePicker picker() {
        return picker;
    }

    CodingMemoEditor memoEditor() {
        return memoEditor;
    }

    FindBar findBar() {
        return find.bar();
    }

    CodingInfoCard infoCard() {
        return infoCard;
    }

    Label toast() {
        return toast.label();
    }

    Label title() {
        return header.title();
    }

    Node emptyState() {
        return emptyState.node();
    }

    Label emptyTitle() {
        return emptyState.title();
    }

    /** How many margins the graphic factory has made (it is only called for paragraphs on screen). */
    int marginsCreated() {
        return margins.created();
    }

    /** The paragraph graphic factory (for the benchmark's comparisons). */
    java.util.function.IntFunction<Node> marginFactory() {
        return margins::margin;
    }

    /** The margins currently on screen. */
    List<CodingMargin> liveMargins() {
        return margins.live();
    }

    int[] findHits() {
        return find.hits();
    }

    void showCodingInfoAt(int offset, Point2D screen) {
        var infos = vm.codingsAt(offset);
        if (infos.isEmpty()) {
            infoCard.hide();
            return;
        }
        infoCard.show(infos);
        placement.near(infoCard, screen);
    }

    // ================================================================ building

    private void buildArea() {
        area.getStyleClass().add("transcript-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setStyle("-fx-font-family: '" + readingFont() + "';");
        area.setShowCaret(org.fxmisc.richtext.Caret.CaretVisibility.AUTO);
        area.focusedProperty().addListener((obs, old, f) -> area.setShowCaret(
            f ? org.fxmisc.richtext.Caret.CaretVisibility.ON : org.fxmisc.richtext.Caret.CaretVisibility.AUTO));
        area.setParagraphGraphicFactory(margins::margin);
        area.setMouseOverTextDelay(java.time.Duration.ofMillis(450));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            if (!vm.picker().showingProperty().get() && !memoEditor.isOpen()) {
                showCodingInfoAt(e.getCharacterIndex(), e.getScreenPosition());
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> infoCard.hide());
        area.addEventHandler(MouseEvent.MOUSE_EXITED, e -> infoCard.hide());
        area.selectionProperty().addListener((obs, old, sel) -> vm.setSelection(sel.getStart(), sel.getEnd()));
        // a code dragged from the codebook onto the selected text codes it (DESIGN.md: "onto a selection to code it")
        area.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(dev.passage.ui.common.DragFormats.CODE_ID) && area.getSelection().getLength() > 0) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.ANY);
            }
            e.consume();
        });
        area.setOnDragDropped(e -> {
            Object id = e.getDragboard().getContent(dev.passage.ui.common.DragFormats.CODE_ID);
            boolean applied = id instanceof Number n && area.getSelection().getLength() > 0 && vm.applyCode(n.longValue());
            e.setDropCompleted(applied);
            e.consume();
        });
        TranscriptKeyMap keys = new TranscriptKeyMap(this, vm, find);
        area.addEventFilter(KeyEvent.KEY_PRESSED, keys::keyPressed);
        area.addEventFilter(KeyEvent.KEY_TYPED, keys::keyTyped);
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            infoCard.hide();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 3 && !e.isShiftDown() && selectTurnAt(e.getX(), e.getY())) {
                e.consume();
            }
        });
        // a dragged selection snaps to whole words on release (NVivo, MAXQDA); Alt-drag keeps the exact characters
        area.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> dragSelecting = e.isPrimaryButtonDown());
        area.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragSelecting && e.getButton() == MouseButton.PRIMARY && !e.isAltDown()) {
                snapSelectionToWords();
            }
            dragSelecting = false;
        });
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && e.isStillSincePress() && !e.isShiftDown()
                && area.getSelection().getLength() == 0) {
                CharacterHit hit = area.hit(e.getX(), e.getY());
                OptionalInt index = hit.getCharacterIndex();
                if (index.isPresent()) {
                    vm.selectCodingAt(index.getAsInt());
                } else {
                    vm.selectCoding(null);
                }
            }
        });
        area.setContextMenu(TranscriptContextMenu.create(this, messages, area::copy));
        scroll.getStyleClass().add("transcript-scroll");
        scroll.widthProperty().addListener((obs, old, w) -> updatePadding());
    }

    private static String readingFont() {
        List<String> families = Font.getFamilies();
        for (String f : READING_FONTS) {
            if (families.contains(f)) {
                return f;
            }
        }
        return Font.getDefault().getFamily();
    }

    // ================================================================ showing

    private void showState() {
        State s = vm.stateProperty().get();
        boolean showingText = s == State.READY || (s == State.LOADING && shownDocument != null);
        page.setVisible(showingText);
        emptyState.node().setVisible(!showingText);
        emptyState.show(s);
        if (!showingText) {
            vm.picker().close();
            memoEditor.close();
            infoCard.hide();
        }
    }

    private void showDocument(OpenDocument d) {
        if (d == null) {
            shownDocument = null;
            layout = null;
            find.close();
            area.clear();
            margins.clear();
            showState();
            return;
        }
        boolean sameText = shownDocument != null && shownDocument.id() == d.id() && shownDocument.text().equals(d.text());
        shownDocument = d;
        header.show(d, layout);
        if (!sameText) {
            vm.picker().close();
            memoEditor.close();
            infoCard.hide();
            layout = null;
            styler.forget();
            find.forget();
            margins.clear();
            area.replaceText(d.text());
            area.moveTo(0);
            area.showParagraphAtTop(0);
            find.searchAgain();
        }
        showState();
    }

    private void applyLayout(LayoutUpdate update) {
        if (update == null || shownDocument == null || update.layout().length() != area.getLength()) {
            return;
        }
        CodingLayout old = layout;
        layout = update.layout();
        List<Range> selectionChanged = styler.takeSelected(vm.selectedCoding());
        if (update.full() || old == null) {
            styler.restyle(0, layout.length());
            margins.rebuild();
        } else {
            List<Range> dirty = new ArrayList<>(update.changed());
            dirty.addAll(selectionChanged);
            for (Range r : CodingLayout.merge(dirty)) {
                styler.restyle(r.start(), r.end());
            }
            margins.refresh();
        }
        header.showStats(shownDocument, layout);
        updatePadding();
    }

    private void applyTints(Codebook book) {
        String next = TintStylesheet.dataUrl(book.all());
        if (next.equals(tintStylesheet)) {
            return;
        }
        if (tintStylesheet != null) {
            root.getStylesheets().remove(tintStylesheet);
        }
        tintStylesheet = next;
        root.getStylesheets().add(tintStylesheet);
        margins.recolour();
    }

    /** For the find (made before the styler it needs). */
    private void restyle(int from, int to) {
        styler.restyle(from, to);
    }

    private void selectedCodingChanged() {
        styler.selectedChanged(vm.selectedCoding());
        margins.refresh();
    }

    private void updatePadding() {
        double w = scroll.getWidth();
        double content = CodingMargin.width(layout) + TEXT_MAX_WIDTH;
        double side = Math.max(8, (w - content - 16) / 2);
        // set only when different: a new Insets object would relayout every paragraph on screen
        setIfChanged(area.paddingProperty(), new Insets(14, Math.max(24, side), 0, Math.max(0, side - CodingMargin.STRIPE_PAD)));
        setIfChanged(header.node().paddingProperty(), new Insets(18, Math.max(24, side), 14, Math.max(16, side + CodingMargin.width(layout)
                                                                                                     - CodingMargin.GUTTER_GAP
                                                                                                     - CodingMargin.GUTTER)));
        setIfChanged(find.bar().paddingProperty(), new Insets(6, Math.max(24, side), 6, Math.max(16, side)));
    }

    private static void setIfChanged(javafx.beans.property.ObjectProperty<Insets> property, Insets value) {
        if (!value.equals(property.get())) {
            property.set(value);
        }
    }

    // ================================================================ mouse and selection

    /** Grows the selection to whole words (keeping which end is the caret); a selection on word boundaries stays. */
    void snapSelectionToWords() {
        IndexRange sel = area.getSelection();
        if (shownDocument == null || sel.getLength() == 0) {
            return;
        }
        WordSnap.Span snapped = WordSnap.snap(shownDocument.text(), sel.getStart(), sel.getEnd(), vm.textLocale());
        if (snapped.start() == sel.getStart() && snapped.end() == sel.getEnd()) {
            return;
        }
        if (area.getCaretPosition() == sel.getStart()) {
            area.selectRange(snapped.end(), snapped.start());
        } else {
            area.selectRange(snapped.start(), snapped.end());
        }
    }

    /** Triple-click: the whole speaker turn (the paragraph when the text has no turns there). */
    private boolean selectTurnAt(double x, double y) {
        if (shownDocument == null) {
            return false;
        }
        OptionalInt index = area.hit(x, y).getCharacterIndex();
        if (index.isEmpty()) {
            return false;
        }
        SpeakerTurn t = SpeakerTurn.at(shownDocument.turns(), index.getAsInt());
        if (t == null) {
            return false;
        }
        area.selectRange(t.start(), t.end());
        return true;
    }

    private Range selectionRange() {
        IndexRange sel = area.getSelection();
        return new Range(sel.getStart(), sel.getEnd());
    }

    // ================================================================ reveal

    private void reveal(TextLocation loc) {
        if (layout == null || shownDocument == null || loc.documentId() != shownDocument.id()) {
            return;
        }
        int start = loc.start();
        int end = loc.end();
        area.showParagraphAtCenter(layout.paragraphOf(start));
        if (end > start) {
            area.selectRange(end, start);
        } else {
            area.moveTo(start);
        }
        styler.flash(start, end);
        area.requestFocus();
    }
}
