package dev.passage.ui.transcript;

import dev.passage.coding.Codebook;
import dev.passage.model.Coding;
import dev.passage.model.SpeakerTurn;
import dev.passage.ui.coding.CodePicker;
import dev.passage.ui.coding.CodePickerViewModel.Mode;
import dev.passage.ui.common.CodeColours;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.TextLocation;
import dev.passage.ui.transcript.CodingLayout.Mark;
import dev.passage.ui.transcript.CodingLayout.Range;
import dev.passage.ui.transcript.CodingLayout.Run;
import dev.passage.ui.transcript.TranscriptViewModel.LayoutUpdate;
import dev.passage.ui.transcript.TranscriptViewModel.OpenDocument;
import dev.passage.ui.transcript.TranscriptViewModel.State;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CharacterHit;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.util.UndoUtils;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The transcript: the open document as a calm, readable page (RichTextFX, virtualised), speaker turns with names and times
 * in a left column, codings as tints under the text and MAXQDA-style stripes in the margin, and the keyboard coding flow
 * (C picker, V in vivo, 1-9 recent codes, Delete, R recode, M memo, Ctrl+B adjust, Ctrl+F find).
 * <p>
 * After an edit only the changed ranges are restyled and only margins on screen whose stripes changed are rebuilt; the
 * scroll position stays.
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
    private final HBox header = new HBox(16);
    private final Label title = new Label();
    private final FlowPane facts = new FlowPane(6, 4);
    private final Label stats = new Label();
    private final FindBar findBar;
    private final Pane overlay = new Pane();
    private final CodePicker picker;
    private final CodingInfoCard infoCard;
    private final CodingMemoEditor memoEditor;
    private final Label toast = new Label();
    private final SequentialTransition toastAnimation;
    private final VBox emptyState = new VBox(8);
    private final Label emptyTitle = new Label();
    private final Label emptyText = new Label();
    private final PauseTransition hoverDelay = new PauseTransition(Duration.millis(400));
    private final PauseTransition flashTimer = new PauseTransition(Duration.millis(1300));
    private final Map<Integer, WeakReference<CodingMargin>> liveMargins = new HashMap<>();
    private final Map<Long, Color> colours = new HashMap<>();
    private final CodingMargin.Host marginHost;
    private CodingLayout layout;
    private OpenDocument shownDocument;
    private String tintStylesheet;
    private int[] findHits = new int[0];
    private int findLength;
    private int findCurrent = -1;
    private Range flash;
    private Range selectedRange;
    private int marginsCreated;

    public TranscriptView(TranscriptViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.marginHost = new MarginHost();
        this.findBar = new FindBar(messages, new FindActions());
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
        root.getStyleClass().add("transcript-view");
        root.getStylesheets().add(TranscriptView.class.getResource("/dev/passage/ui/transcript/transcript.css").toExternalForm());

        buildHeader();
        buildArea();
        findBar.setVisible(false);
        findBar.setManaged(false);
        VBox top = new VBox(header, findBar);
        top.getStyleClass().add("transcript-top");
        page.setTop(top);
        page.setCenter(scroll);
        page.getStyleClass().add("transcript-page");

        buildEmptyState();
        overlay.setPickOnBounds(false);
        overlay.getStyleClass().add("transcript-overlay");
        picker.setVisible(false);
        overlay.setMinSize(0, 0);
        toast.getStyleClass().add("transcript-toast");
        toast.setManaged(false);
        toast.setVisible(false);
        toast.setMouseTransparent(true);
        overlay.getChildren().addAll(infoCard, picker, memoEditor, toast);
        root.getChildren().addAll(page, emptyState, overlay);

        FadeTransition fadeIn = new FadeTransition(Duration.millis(120), toast);
        fadeIn.setFromValue(0);
        fadeIn.setToValue(1);
        FadeTransition fadeOut = new FadeTransition(Duration.millis(400), toast);
        fadeOut.setFromValue(1);
        fadeOut.setToValue(0);
        toastAnimation = new SequentialTransition(fadeIn, new PauseTransition(Duration.millis(2200)), fadeOut);
        toastAnimation.setOnFinished(e -> toast.setVisible(false));

        vm.picker().showingProperty().addListener((obs, old, showing) -> {
            picker.setVisible(showing);
            if (!showing && picker.field().isFocused()) {
                area.requestFocus();
            }
        });
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (vm.picker().showingProperty().get() && !inside(e.getTarget(), picker)) {
                vm.picker().close();
            }
            if (memoEditor.isOpen() && !inside(e.getTarget(), memoEditor)) {
                memoEditor.close();
            }
        });
        overlay.widthProperty().addListener((obs, old, w) -> placeToast());
        overlay.heightProperty().addListener((obs, old, h) -> placeToast());

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
        vm.hintProperty().addListener((obs, old, h) -> showToast(h));
        flashTimer.setOnFinished(e -> endFlash());

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
        flashTimer.stop();
        hoverDelay.stop();
        toastAnimation.stop();
        vm.dispose();
    }

    /** Puts the keyboard focus into the transcript text (e.g. when F6 cycles to it). */
    public void focusText() {
        area.requestFocus();
    }

    /** C: the type-ahead code picker at the selection; Enter applies the highlighted code, Ctrl+Enter creates one. */
    public void applyCodeWithPicker() {
        if (vm.openPicker(Mode.APPLY)) {
            placeAtRange(picker, CodePicker.WIDTH, selectionRange());
            picker.focusField();
        }
    }

    /** V: the selection becomes a new code (under the selected code, or at the top level) and is coded with it. */
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
            placeAtRange(picker, CodePicker.WIDTH, new Range(c.start(), c.end()));
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
        placeAtRange(memoEditor, CodingMemoEditor.WIDTH, new Range(c.start(), c.end()));
    }

    /** Ctrl+B: the selected coding now covers the selected text. */
    public void adjustSelectedCodingToSelection() {
        vm.adjustSelectedCodingToSelection();
    }

    /** Ctrl+F: the find bar (prefilled with a short selection). */
    public void showFindBar() {
        if (shownDocument == null) {
            return;
        }
        String selected = area.getSelectedText();
        findBar.setVisible(true);
        findBar.setManaged(true);
        if (!selected.isEmpty() && selected.length() <= 60 && !selected.contains("\n")) {
            findBar.field().setText(selected);
        }
        findBar.field().requestFocus();
        findBar.field().selectAll();
        findBar.flush(this::find);
    }

    /** F3 / Enter in the find bar: the next match. */
    public void findNext() {
        stepFind(1);
    }

    /** Shift+F3 / Shift+Enter in the find bar: the previous match. */
    public void findPrevious() {
        stepFind(-1);
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
        return findBar;
    }

    CodingInfoCard infoCard() {
        return infoCard;
    }

    Label toast() {
        return toast;
    }

    Label title() {
        return title;
    }

    Node emptyState() {
        return emptyState;
    }

    Label emptyTitle() {
        return emptyTitle;
    }

    /** How many margins the graphic factory has made (it is only called for paragraphs on screen). */
    int marginsCreated() {
        return marginsCreated;
    }

    /** The paragraph graphic factory (for the benchmark's comparisons). */
    java.util.function.IntFunction<Node> marginFactory() {
        return this::margin;
    }

    /** The margins currently on screen. */
    List<CodingMargin> liveMargins() {
        List<CodingMargin> out = new ArrayList<>();
        for (WeakReference<CodingMargin> ref : liveMargins.values()) {
            CodingMargin m = ref.get();
            if (m != null && m.getScene() != null) {
                out.add(m);
            }
        }
        return out;
    }

    int[] findHits() {
        return findHits;
    }

    void showCodingInfoAt(int offset, Point2D screen) {
        var infos = vm.codingsAt(offset);
        if (infos.isEmpty()) {
            infoCard.hide();
            return;
        }
        infoCard.show(infos);
        placeNear(infoCard, screen);
    }

    // ================================================================ building

    private void buildHeader() {
        header.getStyleClass().add("transcript-header");
        header.setAlignment(Pos.CENTER_LEFT);
        title.getStyleClass().add("transcript-title");
        title.setMinWidth(0);
        facts.getStyleClass().add("transcript-facts");
        VBox left = new VBox(6, title, facts);
        left.setMinWidth(0);
        HBox.setHgrow(left, Priority.ALWAYS);
        stats.getStyleClass().add("transcript-stats");
        stats.setMinWidth(Region.USE_PREF_SIZE);
        header.getChildren().addAll(left, stats);
    }

    private void buildArea() {
        area.getStyleClass().add("transcript-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setStyle("-fx-font-family: '" + readingFont() + "';");
        area.setShowCaret(org.fxmisc.richtext.Caret.CaretVisibility.AUTO);
        area.focusedProperty().addListener((obs, old, f) -> area.setShowCaret(
            f ? org.fxmisc.richtext.Caret.CaretVisibility.ON : org.fxmisc.richtext.Caret.CaretVisibility.AUTO));
        area.setParagraphGraphicFactory(this::margin);
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
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        area.addEventFilter(KeyEvent.KEY_TYPED, this::keyTyped);
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            infoCard.hide();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 3 && !e.isShiftDown() && selectTurnAt(e.getX(), e.getY())) {
                e.consume();
            }
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
        area.setContextMenu(contextMenu());
        scroll.getStyleClass().add("transcript-scroll");
        scroll.widthProperty().addListener((obs, old, w) -> updatePadding());
    }

    private ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        menu.getItems().addAll(
            item("transcript.menu.apply", "C", this::applyCodeWithPicker),
            item("transcript.menu.inVivo", "V", this::codeInVivo),
            new SeparatorMenuItem(),
            item("transcript.menu.recode", "R", this::recodeSelectedCoding),
            item("transcript.menu.memo", "M", this::editSelectedCodingMemo),
            item("transcript.menu.adjust", "Shortcut+B", this::adjustSelectedCodingToSelection),
            item("transcript.menu.remove", "Delete", this::removeSelectedCoding),
            new SeparatorMenuItem(),
            item("transcript.menu.copy", "Shortcut+C", area::copy),
            item("transcript.menu.find", "Shortcut+F", this::showFindBar));
        return menu;
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        // shown for discoverability; the keys themselves are handled by the text area (see keyPressed)
        item.setAccelerator(KeyCombination.valueOf(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void buildEmptyState() {
        emptyState.getStyleClass().add("transcript-empty");
        emptyState.setAlignment(Pos.CENTER);
        emptyState.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        emptyTitle.getStyleClass().add("transcript-empty-title");
        emptyText.getStyleClass().add("transcript-empty-text");
        emptyText.setWrapText(true);
        emptyText.setMaxWidth(520);
        emptyText.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        emptyState.getChildren().addAll(emptyTitle, emptyText);
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
        emptyState.setVisible(!showingText);
        switch (s) {
            case EMPTY_PROJECT -> {
                emptyTitle.setText(messages.get("transcript.empty.projectTitle"));
                emptyText.setText(messages.get("transcript.empty.projectText"));
            }
            case LOADING -> {
                emptyTitle.setText(messages.get("transcript.loading"));
                emptyText.setText("");
            }
            default -> {
                emptyTitle.setText(messages.get("transcript.empty.noDocumentTitle"));
                emptyText.setText(messages.get("transcript.empty.noDocumentText"));
            }
        }
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
            closeFind();
            area.clear();
            liveMargins.clear();
            showState();
            return;
        }
        boolean sameText = shownDocument != null && shownDocument.id() == d.id() && shownDocument.text().equals(d.text());
        shownDocument = d;
        updateHeader(d);
        if (!sameText) {
            vm.picker().close();
            memoEditor.close();
            infoCard.hide();
            layout = null;
            selectedRange = null;
            flash = null;
            findHits = new int[0];
            findCurrent = -1;
            liveMargins.clear();
            area.replaceText(d.text());
            area.moveTo(0);
            area.showParagraphAtTop(0);
            if (findBar.isVisible()) {
                find(findBar.field().getText());
            }
        }
        showState();
    }

    private void updateHeader(OpenDocument d) {
        title.setText(d.name());
        facts.getChildren().clear();
        if (d.unit() != null && !d.unit().isBlank()) {
            facts.getChildren().add(chip(null, d.unit()));
        }
        for (Map.Entry<String, String> a : d.attributes().entrySet()) {
            if (a.getKey().equals("unit") || a.getValue() == null || a.getValue().isBlank()) {
                continue;
            }
            facts.getChildren().add(chip(a.getKey().replace('_', ' '), a.getValue()));
        }
        updateStats();
    }

    private Node chip(String key, String value) {
        HBox chip = new HBox(5);
        chip.getStyleClass().add("fact-chip");
        chip.setAlignment(Pos.CENTER_LEFT);
        if (key != null) {
            Label k = new Label(key);
            k.getStyleClass().add("fact-key");
            chip.getChildren().add(k);
        }
        Label v = new Label(value);
        v.getStyleClass().add("fact-value");
        chip.getChildren().add(v);
        return chip;
    }

    private void updateStats() {
        OpenDocument d = shownDocument;
        if (d == null) {
            stats.setText("");
            return;
        }
        long speakerTurns = d.turns().stream().filter(t -> t.speaker() != null).count();
        int codings = layout == null ? 0 : layout.codings().size();
        Long last = d.lastTimestampMs();
        String text = messages.get("transcript.stats", speakerTurns, codings);
        if (last != null) {
            text = CodingLayout.clock(last) + "  ·  " + text;
        }
        stats.setText(text);
    }

    private void applyLayout(LayoutUpdate update) {
        if (update == null || shownDocument == null || update.layout().length() != area.getLength()) {
            return;
        }
        CodingLayout old = layout;
        layout = update.layout();
        Range oldSelected = selectedRange;
        Coding selected = vm.selectedCoding();
        selectedRange = selected == null ? null : new Range(selected.start(), selected.end());
        if (update.full() || old == null) {
            restyle(0, layout.length());
            area.setParagraphGraphicFactory(null);
            liveMargins.clear();
            area.setParagraphGraphicFactory(this::margin);
        } else {
            List<Range> dirty = new ArrayList<>(update.changed());
            if (!java.util.Objects.equals(oldSelected, selectedRange)) {
                if (oldSelected != null) {
                    dirty.add(oldSelected);
                }
                if (selectedRange != null) {
                    dirty.add(selectedRange);
                }
            }
            for (Range r : CodingLayout.merge(dirty)) {
                restyle(r.start(), r.end());
            }
            refreshMargins();
        }
        updateStats();
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
        colours.clear();
        for (CodingMargin m : liveMargins()) {
            m.recolour();
        }
    }

    /** Restyles [from, to): codings from the layout plus the view's marks (selected coding, find hits, flash). */
    private void restyle(int from, int to) {
        if (layout == null) {
            return;
        }
        from = Math.max(0, from);
        to = Math.min(to, area.getLength());
        if (from >= to) {
            return;
        }
        List<Run> runs = layout.runs(from, to, marks(from, to));
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>(runs.size());
        for (Run r : runs) {
            spans.add(r.classes(), r.length());
        }
        area.setStyleSpans(from, spans.create());
    }

    private List<Mark> marks(int from, int to) {
        List<Mark> marks = new ArrayList<>();
        if (selectedRange != null && selectedRange.start() < to && selectedRange.end() > from) {
            marks.add(new Mark(selectedRange.start(), selectedRange.end(), "selected-coding"));
        }
        if (flash != null && flash.start() < to && flash.end() > from) {
            marks.add(new Mark(flash.start(), flash.end(), "flash"));
        }
        if (findHits.length > 0) {
            int i = Arrays.binarySearch(findHits, Math.max(0, from - findLength));
            i = i >= 0 ? i : -i - 1;
            for (; i < findHits.length && findHits[i] < to; i++) {
                if (findHits[i] + findLength > from) {
                    marks.add(new Mark(findHits[i], findHits[i] + findLength, i == findCurrent ? "find-current" : "find-hit"));
                }
            }
        }
        return marks;
    }

    private Node margin(int paragraph) {
        marginsCreated++;
        CodingMargin m = new CodingMargin(paragraph, marginHost);
        liveMargins.put(paragraph, new WeakReference<>(m));
        return m;
    }

    /** Rebuilds the bars of margins on screen whose stripes (or selection) changed; nothing else is touched. */
    private void refreshMargins() {
        Iterator<Map.Entry<Integer, WeakReference<CodingMargin>>> it = liveMargins.entrySet().iterator();
        while (it.hasNext()) {
            CodingMargin m = it.next().getValue().get();
            if (m == null || m.getScene() == null) {
                it.remove();
            } else {
                m.refresh();
            }
        }
    }

    private void selectedCodingChanged() {
        Range old = selectedRange;
        Coding c = vm.selectedCoding();
        selectedRange = c == null ? null : new Range(c.start(), c.end());
        if (old != null) {
            restyle(old.start(), old.end());
        }
        if (selectedRange != null) {
            restyle(selectedRange.start(), selectedRange.end());
        }
        refreshMargins();
    }

    private void updatePadding() {
        double w = scroll.getWidth();
        double content = CodingMargin.width(layout) + TEXT_MAX_WIDTH;
        double side = Math.max(8, (w - content - 16) / 2);
        // set only when different: a new Insets object would relayout every paragraph on screen
        setIfChanged(area.paddingProperty(), new Insets(14, Math.max(24, side), 0, Math.max(0, side - CodingMargin.STRIPE_PAD)));
        setIfChanged(header.paddingProperty(), new Insets(18, Math.max(24, side), 14, Math.max(16, side + CodingMargin.width(layout)
                                                                                                     - CodingMargin.GUTTER_GAP
                                                                                                     - CodingMargin.GUTTER)));
        setIfChanged(findBar.paddingProperty(), new Insets(6, Math.max(24, side), 6, Math.max(16, side)));
    }

    private static void setIfChanged(javafx.beans.property.ObjectProperty<Insets> property, Insets value) {
        if (!value.equals(property.get())) {
            property.set(value);
        }
    }

    // ================================================================ keys and mouse

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        if (e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
            if (code == KeyCode.B) {
                adjustSelectedCodingToSelection();
                e.consume();
            } else if (code == KeyCode.F) {
                showFindBar();
                e.consume();
            }
            return;
        }
        if (code == KeyCode.F3) {
            if (e.isShiftDown()) {
                findPrevious();
            } else {
                findNext();
            }
            e.consume();
            return;
        }
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown() || e.isShiftDown()) {
            return;
        }
        switch (code) {
            case DELETE, BACK_SPACE -> removeSelectedCoding();
            case ESCAPE -> {
                if (findBar.isVisible()) {
                    closeFind();
                } else {
                    vm.selectCoding(null);
                }
            }
            default -> {
                int digit = digit(code);
                if (digit < 1) {
                    return;
                }
                applyRecentCode(digit);
            }
        }
        e.consume();
    }

    /**
     * Letter commands react to the typed character (so they follow the keyboard layout), and because they open cards that
     * take the focus, the character must not arrive in the card's field as well.
     */
    private void keyTyped(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return;
        }
        switch (e.getCharacter()) {
            case "c", "C" -> applyCodeWithPicker();
            case "v", "V" -> codeInVivo();
            case "r", "R" -> recodeSelectedCoding();
            case "m", "M" -> editSelectedCodingMemo();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            char c = name.charAt(name.length() - 1);
            return Character.isDigit(c) ? c - '0' : -1;
        }
        return -1;
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
        int i = index.getAsInt();
        for (SpeakerTurn t : shownDocument.turns()) {
            if (i >= t.start() && i < t.end()) {
                area.selectRange(t.start(), t.end());
                return true;
            }
        }
        return false;
    }

    private Range selectionRange() {
        IndexRange sel = area.getSelection();
        return new Range(sel.getStart(), sel.getEnd());
    }

    // ================================================================ overlay placement

    private static boolean inside(Object target, Node container) {
        Node n = target instanceof Node node ? node : null;
        while (n != null) {
            if (n == container) {
                return true;
            }
            n = n.getParent();
        }
        return false;
    }

    /** Places a card just below (or above) a text range, inside the view. */
    private void placeAtRange(Region card, double width, Range range) {
        card.applyCss();
        card.autosize();
        double w = Math.max(width, card.prefWidth(-1));
        double h = card.prefHeight(w);
        card.resize(w, h);
        Bounds b = null;
        if (range != null && range.end() > range.start() && layout != null) {
            int p = layout.paragraphOf(range.start());
            if (area.allParToVisibleParIndex(p).isEmpty()) {
                area.showParagraphAtCenter(p);
                area.layout();
            }
            int end = Math.min(range.end(), layout.paragraphEnd(p));
            b = area.getCharacterBoundsOnScreen(range.start(), Math.max(range.start() + 1, end)).orElse(null);
        }
        double ow = overlay.getWidth();
        double oh = overlay.getHeight();
        double x;
        double y;
        if (b == null) {
            x = (ow - w) / 2;
            y = Math.max(8, (oh - h) / 3);
        } else {
            Bounds local = overlay.screenToLocal(b);
            x = local.getMinX();
            y = local.getMaxY() + 6;
            if (y + h > oh - 8 && local.getMinY() - h - 6 >= 8) {
                y = local.getMinY() - h - 6;
            }
        }
        x = Math.max(8, Math.min(x, ow - w - 8));
        y = Math.max(8, Math.min(y, oh - h - 8));
        card.relocate(x, y);
    }

    private void placeNear(Region card, Point2D screen) {
        card.applyCss();
        double w = Math.min(card.getMaxWidth(), card.prefWidth(-1));
        double h = card.prefHeight(w);
        card.resize(w, h);
        Point2D p = overlay.screenToLocal(screen);
        if (p == null) {
            return;
        }
        double x = p.getX() + 14;
        double y = p.getY() + 18;
        if (x + w > overlay.getWidth() - 8) {
            x = overlay.getWidth() - w - 8;
        }
        if (y + h > overlay.getHeight() - 8) {
            y = p.getY() - h - 10;
        }
        card.relocate(Math.max(8, x), Math.max(8, y));
    }

    private void placeToast() {
        toast.autosize();
        toast.relocate((overlay.getWidth() - toast.getWidth()) / 2, overlay.getHeight() - toast.getHeight() - 28);
    }

    private void showToast(String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        toast.setText(text);
        toast.setVisible(true);
        toast.applyCss();
        placeToast();
        toastAnimation.playFromStart();
    }

    // ================================================================ reveal and flash

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
        Range old = flash;
        flash = new Range(start, Math.max(end, Math.min(start + 1, area.getLength())));
        if (old != null) {
            restyle(old.start(), old.end());
        }
        restyle(flash.start(), flash.end());
        flashTimer.playFromStart();
        area.requestFocus();
    }

    private void endFlash() {
        Range old = flash;
        flash = null;
        if (old != null) {
            restyle(old.start(), old.end());
        }
    }

    // ================================================================ find

    private void find(String query) {
        int[] old = findHits;
        int oldLength = findLength;
        findHits = shownDocument == null ? new int[0] : TextFinder.find(shownDocument.text(), query, FIND_LIMIT);
        findLength = query == null ? 0 : query.length();
        findCurrent = -1;
        restyleHits(old, oldLength);
        if (findHits.length == 0) {
            findBar.setCount(query == null || query.isEmpty() ? "" : messages.get("transcript.find.none"));
            restyleHits(findHits, findLength);
            return;
        }
        int caret = area.getSelection().getStart();
        int first = Arrays.binarySearch(findHits, caret);
        first = first >= 0 ? first : -first - 1;
        goToHit(first >= findHits.length ? 0 : first);
        restyleHits(findHits, findLength);
    }

    private void restyleHits(int[] hits, int length) {
        if (hits.length == 0) {
            return;
        }
        restyle(hits[0], hits[hits.length - 1] + length);
    }

    private void stepFind(int delta) {
        if (!findBar.isVisible()) {
            showFindBar();
            return;
        }
        findBar.flush(this::find);
        if (findHits.length == 0) {
            return;
        }
        int next = findCurrent < 0 ? 0 : Math.floorMod(findCurrent + delta, findHits.length);
        goToHit(next);
    }

    private void goToHit(int index) {
        int previous = findCurrent;
        findCurrent = index;
        if (previous >= 0 && previous < findHits.length) {
            restyle(findHits[previous], findHits[previous] + findLength);
        }
        int start = findHits[index];
        restyle(start, start + findLength);
        area.showParagraphAtCenter(layout == null ? 0 : layout.paragraphOf(start));
        area.selectRange(start, start + findLength);
        String suffix = findHits.length >= FIND_LIMIT ? "+" : "";
        findBar.setCount(messages.get("transcript.find.count", index + 1, findHits.length + suffix));
    }

    private void closeFind() {
        int[] old = findHits;
        int oldLength = findLength;
        findHits = new int[0];
        findCurrent = -1;
        findBar.setVisible(false);
        findBar.setManaged(false);
        restyleHits(old, oldLength);
        area.requestFocus();
    }

    private final class FindActions implements FindBar.Actions {
        @Override
        public void search(String query) {
            find(query);
        }

        @Override
        public void next() {
            stepFind(1);
        }

        @Override
        public void previous() {
            stepFind(-1);
        }

        @Override
        public void close() {
            closeFind();
        }
    }

    // ================================================================ margin host

    private final class MarginHost implements CodingMargin.Host {
        @Override
        public CodingLayout layout() {
            return layout;
        }

        @Override
        public Long selectedCodingId() {
            return vm.selectedCodingProperty().get();
        }

        @Override
        public void stripeClicked(long codingId) {
            infoCard.hide();
            vm.selectCoding(codingId);
            area.requestFocus();
        }

        @Override
        public void stripeHovered(long codingId, Node bar) {
            hoverDelay.setOnFinished(e -> {
                if (bar.getScene() == null || vm.picker().showingProperty().get() || memoEditor.isOpen()) {
                    return;
                }
                vm.codingInfo(codingId).ifPresent(info -> {
                    infoCard.show(List.of(info));
                    Bounds b = bar.localToScreen(bar.getBoundsInLocal());
                    if (b != null) {
                        placeNear(infoCard, new Point2D(b.getMaxX(), b.getMinY()));
                    }
                });
            });
            hoverDelay.playFromStart();
        }

        @Override
        public void hoverEnded() {
            hoverDelay.stop();
            infoCard.hide();
        }

        @Override
        public Locale locale() {
            return messages.locale();
        }

        @Override
        public Color colour(long codeId) {
            return colours.computeIfAbsent(codeId, id -> vm.codebookProperty().get().find(id)
                                                            .map(c -> CodeColours.parse(c.colour())).orElse(Color.GRAY));
        }
    }
}
