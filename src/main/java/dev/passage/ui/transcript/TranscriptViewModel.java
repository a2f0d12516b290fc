package dev.passage.ui.transcript;

import dev.passage.coding.Codebook;
import dev.passage.model.Code;
import dev.passage.model.Coding;
import dev.passage.model.Document;
import dev.passage.model.SpeakerTurn;
import dev.passage.session.ProjectSession;
import dev.passage.store.ChangeSet;
import dev.passage.ui.coding.CodePickerViewModel;
import dev.passage.ui.coding.CodePickerViewModel.Mode;
import dev.passage.ui.coding.CodePickerViewModel.Pick;
import dev.passage.ui.common.BackgroundTasks;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.LatestOnly;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.TextLocation;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The open transcript and coding in it. Loads the document chosen in {@link ProjectContext#openDocumentProperty()} in the
 * background (text, turns, codings, codebook) into a {@link CodingLayout}; after every committed change that touches the
 * document (an edit here, elsewhere, undo or redo) it reloads only the codings and publishes the ranges whose styling
 * changed, so the view restyles just those. All edits go through the core services (undoable, labelled).
 */
public final class TranscriptViewModel {
    public enum State { EMPTY_PROJECT, NO_DOCUMENT, LOADING, READY }

    /** The document as shown: text and turns, and its header facts. */
    public record OpenDocument(long id, String name, String text, List<SpeakerTurn> turns, Map<String, String> attributes,
                               String unit) {
        public OpenDocument {
            turns = List.copyOf(turns);
            attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }

        /** The last timestamp of the transcript, or null when it has none. */
        public Long lastTimestampMs() {
            Long last = null;
            for (SpeakerTurn t : turns) {
                if (t.timestampMs() != null) {
                    last = t.timestampMs();
                }
            }
            return last;
        }
    }

    /** A new layout; {@code full}: restyle everything (a new document), else only {@code changed}. */
    public record LayoutUpdate(CodingLayout layout, boolean full, List<CodingLayout.Range> changed) {
    }

    /** What hovering a coding shows. */
    /** What the info card shows about a coding; the memo has its own author and time (who wrote it and when). */
    public record CodingInfo(long codingId, long codeId, String codePath, String colour, String coder, Instant created, String memo,
                             String memoAuthor, Instant memoUpdated, int start, int end) {
    }

    private final ProjectContext context;
    private final DialogService dialogs;
    private final Messages messages;
    private final CodePickerViewModel picker;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NO_DOCUMENT);
    private final ReadOnlyObjectWrapper<OpenDocument> document = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LayoutUpdate> layoutUpdate = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Codebook> codebook = new ReadOnlyObjectWrapper<>(new Codebook(List.of()));
    private final ReadOnlyObjectWrapper<TextLocation> revealRequest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ChangeListener<Long> openListener = (obs, old, id) -> open(id);
    private final InvalidationListener dataListener = obs -> dataChanged();
    private final ChangeListener<TextLocation> revealListener = (obs, old, loc) -> reveal(loc);
    private Map<Long, Integer> counts = Map.of();
    private CodingLayout layout;
    private final LatestOnly loads = new LatestOnly();
    private long seenVersion = -1;
    private TextLocation pendingReveal;
    private java.util.Locale textLocale = java.util.Locale.ROOT;

    /** View › Colour stripes by coder (shared with the menu through the project context). */
    public javafx.beans.property.BooleanProperty colourStripesByCoderProperty() {
        return context.colourStripesByCoderProperty();
    }

    /** The project's coders, sorted: their place picks their stripe colour. */
    public javafx.collections.ObservableList<String> coders() {
        return context.coders();
    }

    public TranscriptViewModel(ProjectContext context, DialogService dialogs) {
        this.context = context;
        this.dialogs = dialogs;
        this.messages = context.messages();
        this.picker = new CodePickerViewModel(context);
        context.openDocumentProperty().addListener(openListener);
        context.dataVersionProperty().addListener(dataListener);
        context.revealProperty().addListener(revealListener);
        ChangeSet last = context.lastChangeProperty().get();
        seenVersion = last == null ? -1 : last.dataVersion();
        open(context.openDocumentProperty().get());
    }

    /** Stops listening to the project (when the view goes away). */
    public void dispose() {
        context.openDocumentProperty().removeListener(openListener);
        context.dataVersionProperty().removeListener(dataListener);
        context.revealProperty().removeListener(revealListener);
        loads.supersede();
    }

    public Messages messages() {
        return messages;
    }

    public CodePickerViewModel picker() {
        return picker;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The language of the open document's text, for word boundaries (the project's language; ROOT until one is open). */
    public java.util.Locale textLocale() {
        return textLocale;
    }

    public ReadOnlyObjectProperty<OpenDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LayoutUpdate> layoutUpdateProperty() {
        return layoutUpdate.getReadOnlyProperty();
    }

    /** The current layout (null before a document is loaded). */
    public CodingLayout layout() {
        return layout;
    }

    public ReadOnlyObjectProperty<Codebook> codebookProperty() {
        return codebook.getReadOnlyProperty();
    }

    /** A range to scroll to, select and flash (set when a reveal for the open document is due). */
    public ReadOnlyObjectProperty<TextLocation> revealRequestProperty() {
        return revealRequest.getReadOnlyProperty();
    }

    /** A short transient message for the user ("Select some text first"); re-set for every new message. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public javafx.beans.property.ObjectProperty<Long> selectedCodingProperty() {
        return context.selectedCodingProperty();
    }

    // ---------------------------------------------------------------- loading

    private void open(Long id) {
        LatestOnly.Ticket gen = loads.start();
        pendingRevealFor(id);
        if (id == null) {
            document.set(null);
            layout = null;
            layoutUpdate.set(null);
            state.set(State.NO_DOCUMENT);
            checkProjectEmpty(gen);
            return;
        }
        state.set(State.LOADING);
        record Loaded(Document doc, Map<String, String> attributes, String unit, List<Coding> codings, List<Code> codes,
                      Map<Long, Integer> counts, CodingLayout layout, java.util.Locale locale) {
        }
        context.tasks().submit(messages.get("transcript.task.open"), progress -> {
            ProjectSession s = context.session();
            return s.documents().transcript(id).map(t -> new Loaded(
                t.document(), t.attributes(), t.unit(), t.codings(), t.codes(), t.counts(),
                CodingLayout.of(t.document().text(), t.document().turns(), t.codings()), s.info().language().locale())).orElse(null);
        }, loaded -> {
            if (!gen.isCurrent()) {
                return;
            }
            if (loaded == null) {
                document.set(null);
                layout = null;
                state.set(State.NO_DOCUMENT);
                return;
            }
            Document d = loaded.doc();
            textLocale = loaded.locale();
            codebook.set(new Codebook(loaded.codes()));
            counts = loaded.counts();
            document.set(new OpenDocument(d.id(), d.name(), d.text(), d.turns(), new LinkedHashMap<>(loaded.attributes()),
                                          unitOf(loaded.unit(), d)));
            layout = loaded.layout();
            layoutUpdate.set(new LayoutUpdate(layout, true, List.of()));
            state.set(State.READY);
            if (pendingReveal != null && pendingReveal.documentId() == d.id()) {
                TextLocation loc = pendingReveal;
                pendingReveal = null;
                requestReveal(loc);
            }
        }, error -> {
            if (gen.isCurrent()) {
                state.set(State.NO_DOCUMENT);
                dialogs.showError(messages.get("transcript.error.openTitle"), message(error));
            }
        });
    }

    private void checkProjectEmpty(LatestOnly.Ticket gen) {
        context.tasks().submit(messages.get("transcript.task.count"),
                               progress -> context.session().documents().count(),
                               count -> {
                                   if (gen.isCurrent() && document.get() == null) {
                                       state.set(count == 0 ? State.EMPTY_PROJECT : State.NO_DOCUMENT);
                                   }
                               }, error -> { });
    }

    private static String unitOf(String unit, Document d) {
        return unit != null ? unit : d.attributes().get("unit");
    }

    private void dataChanged() {
        ChangeSet change = context.lastChangeProperty().get();
        if (change == null || change.dataVersion() <= seenVersion) {
            return;
        }
        seenVersion = change.dataVersion();
        OpenDocument doc = document.get();
        if (doc == null) {
            if (state.get() != State.LOADING && !change.touchedDocuments().isEmpty()) {
                checkProjectEmpty(loads.current());
            }
            return;
        }
        boolean touched = change.touchedDocuments().contains(doc.id());
        if (!touched && !change.codebookChanged() && change.touchedDocuments().isEmpty()) {
            return;
        }
        refresh(doc.id(), touched);
    }

    /** Reloads codings (when the document was touched), codebook and counts; publishes only what changed. */
    private void refresh(long id, boolean touched) {
        LatestOnly.Ticket gen = loads.current();
        CodingLayout base = layout;
        record Refreshed(boolean exists, String name, Map<String, String> attributes, String unit, List<Code> codes,
                         Map<Long, Integer> counts, CodingLayout layout) {
        }
        boolean withCodings = touched && base != null;
        context.tasks().submit(messages.get("transcript.task.refresh"), progress -> context.session().documents().transcriptUpdate(id, withCodings)
            .map(u -> new Refreshed(true, u.name(), u.attributes(), u.unit(), u.codes(), u.counts(),
                                    withCodings ? base.withCodings(u.codings()) : null))
            .orElseGet(() -> new Refreshed(false, null, null, null, null, null, null)), r -> {
            if (!gen.isCurrent()) {
                return;
            }
            if (!r.exists()) {
                document.set(null);
                layout = null;
                layoutUpdate.set(null);
                state.set(State.NO_DOCUMENT);
                checkProjectEmpty(gen);
                return;
            }
            Codebook book = new Codebook(r.codes());
            codebook.set(book);
            counts = r.counts();
            OpenDocument old = document.get();
            String unit = r.unit() != null ? r.unit() : r.attributes().get("unit");
            if (!old.name().equals(r.name()) || !old.attributes().equals(r.attributes()) || !java.util.Objects.equals(old.unit(), unit)) {
                document.set(new OpenDocument(old.id(), r.name(), old.text(), old.turns(), new LinkedHashMap<>(r.attributes()), unit));
            }
            if (r.layout() != null && layout != null) {
                Long selected = context.selectedCodingProperty().get();
                boolean selectedWasHere = selected != null && layout.coding(selected) != null;
                List<CodingLayout.Range> changed = layout.changedRanges(r.layout());
                layout = r.layout();
                layoutUpdate.set(new LayoutUpdate(layout, false, changed));
                if (selectedWasHere && layout.coding(selected) == null) {
                    context.selectedCodingProperty().set(null);   // it was removed (here, elsewhere or by undo)
                }
            }
        }, error -> dialogs.showError(messages.get("transcript.error.openTitle"), message(error)));
    }

    private void pendingRevealFor(Long id) {
        if (pendingReveal != null && (id == null || pendingReveal.documentId() != id)) {
            pendingReveal = null;
        }
    }

    private void reveal(TextLocation loc) {
        if (loc == null) {
            return;
        }
        OpenDocument doc = document.get();
        if (doc != null && state.get() == State.READY && doc.id() == loc.documentId()) {
            pendingReveal = null;
            requestReveal(loc);
        } else {
            pendingReveal = loc;
        }
    }

    private void requestReveal(TextLocation loc) {
        int len = document.get().text().length();
        TextLocation clamped = new TextLocation(loc.documentId(), Math.max(0, Math.min(loc.start(), len)),
                                                Math.max(0, Math.min(loc.end(), len)));
        revealRequest.set(null);
        revealRequest.set(clamped);
    }

    // ---------------------------------------------------------------- selection

    /** The view reports its text selection here; it becomes {@link ProjectContext#transcriptSelectionProperty()}. */
    public void setSelection(int start, int end) {
        OpenDocument doc = document.get();
        if (doc == null || start == end) {
            context.transcriptSelectionProperty().set(null);
        } else {
            context.transcriptSelectionProperty().set(new TextLocation(doc.id(), Math.min(start, end), Math.max(start, end)));
        }
    }

    /** The current selection in the open document, or null. */
    public TextLocation selection() {
        TextLocation sel = context.transcriptSelectionProperty().get();
        OpenDocument doc = document.get();
        return sel != null && doc != null && sel.documentId() == doc.id() && sel.start() < sel.end() ? sel : null;
    }

    /** The selected coding when it is one of this document's, else null. */
    public Coding selectedCoding() {
        Long id = context.selectedCodingProperty().get();
        return id == null || layout == null ? null : layout.coding(id);
    }

    /** Selects the innermost coding at {@code offset} (a click on tinted text); none there clears the selection. */
    public void selectCodingAt(int offset) {
        if (layout == null) {
            return;
        }
        List<Coding> here = layout.codingsAt(offset);
        context.selectedCodingProperty().set(here.isEmpty() ? null : here.getFirst().id());
    }

    public void selectCoding(Long codingId) {
        context.selectedCodingProperty().set(codingId);
    }

    public List<CodingInfo> codingsAt(int offset) {
        if (layout == null) {
            return List.of();
        }
        List<CodingInfo> out = new ArrayList<>();
        for (Coding c : layout.codingsAt(offset)) {
            out.add(info(c));
        }
        return out;
    }

    public Optional<CodingInfo> codingInfo(long codingId) {
        Coding c = layout == null ? null : layout.coding(codingId);
        return Optional.ofNullable(c).map(this::info);
    }

    private CodingInfo info(Coding c) {
        Codebook book = codebook.get();
        Optional<Code> code = book.find(c.codeId());
        return new CodingInfo(c.id(), c.codeId(), code.map(x -> book.path(x.id())).orElse("?"), code.map(Code::colour).orElse("#999999"),
                              c.coder(), c.created(), c.memo(), c.memo() == null ? null : c.memoBy(),
                              c.memo() == null ? null : c.memoAt(), c.start(), c.end());
    }

    public Map<Long, Integer> codingCounts() {
        return counts;
    }

    // ---------------------------------------------------------------- coding actions

    /** Opens the code picker: to apply a code to the selection, or to recode the selected coding. False if it can't. */
    public boolean openPicker(Mode mode) {
        if (mode == Mode.APPLY && selection() == null) {
            hint("transcript.hint.selectFirst");
            return false;
        }
        if (mode == Mode.RECODE && selectedCoding() == null) {
            hint("transcript.hint.selectCoding");
            return false;
        }
        picker.open(mode, codebook.get(), counts);
        return true;
    }

    /** Enter in the picker: apply (or recode with) the highlighted code. */
    public void pickHighlighted() {
        Optional<Pick> pick = picker.pick();
        picker.close();
        pick.ifPresent(this::choose);
    }

    /** Ctrl+Enter in the picker: create the typed code and apply (or recode with) it; an existing name is simply used. */
    public void pickNewCode() {
        Optional<Pick> pick = picker.create();
        if (pick.isEmpty()) {
            if (picker.queryProperty().get().isBlank()) {
                hint("transcript.hint.typeName");
            } else {
                pickHighlighted();   // the typed name exists already: use it
            }
            return;
        }
        picker.close();
        choose(pick.get());
    }

    /** Acts on a pick according to the picker's mode. */
    public void choose(Pick pick) {
        if (picker.modeProperty().get() == Mode.RECODE) {
            recodeSelectedCoding(pick);
        } else {
            applyPick(pick);
        }
    }

    /** Applies a code to the selection. False (with a hint) when nothing is selected. */
    public boolean applyCode(long codeId) {
        return applyPick(new Pick.Existing(codeId));
    }

    private boolean applyPick(Pick pick) {
        TextLocation sel = selection();
        if (sel == null) {
            hint("transcript.hint.selectFirst");
            return false;
        }
        edit("transcript.task.apply", () -> switch (pick) {
            case Pick.Existing e -> context.session().coding().apply(sel.documentId(), sel.start(), sel.end(), e.codeId()).codeId();
            // one undo step: the new code and its coding (a path is relative to the top level)
            case Pick.Create cr -> context.session().coding().applyNewCode(sel.documentId(), sel.start(), sel.end(),
                                                                           cr.name().contains("/") ? null : cr.parentId(), cr.name())
                                          .codeId();
        }, context::codeUsed);
        return true;
    }

    /** Applies the n-th most recently used code (1-9). */
    public boolean applyRecentCode(int n) {
        List<Long> recent = context.recentCodes();
        if (n < 1 || n > recent.size() || codebook.get().find(recent.get(n - 1)).isEmpty()) {
            hint("transcript.hint.noRecent", n);
            return false;
        }
        return applyCode(recent.get(n - 1));
    }

    /**
     * The selected words become a code's name and are coded with it, in one undoable edit. In-vivo codes go to the top level of
     * the codebook (as in NVivo and MAXQDA), never under the selected code; an existing top-level code of that name is reused.
     */
    public boolean codeInVivo() {
        TextLocation sel = selection();
        if (sel == null) {
            hint("transcript.hint.selectFirst");
            return false;
        }
        Optional<String> name = InVivoName.from(document.get().text().substring(sel.start(), sel.end()));
        if (name.isEmpty()) {
            hint("transcript.hint.nothingToName");
            return false;
        }
        edit("transcript.task.inVivo",
             () -> context.session().coding().applyNewCode(sel.documentId(), sel.start(), sel.end(), null, name.get()).codeId(),
             context::codeUsed);
        return true;
    }

    public boolean removeSelectedCoding() {
        Coding c = selectedCoding();
        if (c == null) {
            hint("transcript.hint.selectCoding");
            return false;
        }
        edit("transcript.task.remove", () -> {
            context.session().coding().remove(c.id());
            return c.id();
        }, id -> {
            if (id.equals(context.selectedCodingProperty().get())) {
                context.selectedCodingProperty().set(null);
            }
        });
        return true;
    }

    private void recodeSelectedCoding(Pick pick) {
        Coding c = selectedCoding();
        if (c == null) {
            hint("transcript.hint.selectCoding");
            return;
        }
        edit("transcript.task.recode", () -> {
            long codeId = resolve(pick);
            if (codeId != c.codeId()) {
                context.session().coding().recode(c.id(), codeId);
            }
            return codeId;
        }, context::codeUsed);
    }

    /** The selected coding's memo to edit ("" when it has none); empty (with a hint) when no coding is selected. */
    public Optional<String> memoToEdit() {
        Coding c = selectedCoding();
        if (c == null) {
            hint("transcript.hint.selectCoding");
            return Optional.empty();
        }
        return Optional.of(c.memo() == null ? "" : c.memo());
    }

    /** Saves the selected coding's memo (blank removes it). */
    public boolean saveSelectedCodingMemo(String memo) {
        Coding c = selectedCoding();
        if (c == null) {
            hint("transcript.hint.selectCoding");
            return false;
        }
        edit("transcript.task.memo", () -> context.session().coding().setMemo(c.id(), memo), x -> { });
        return true;
    }

    /** Ctrl+B: the selected coding now covers exactly the selected text. */
    public boolean adjustSelectedCodingToSelection() {
        Coding c = selectedCoding();
        if (c == null) {
            hint("transcript.hint.selectCoding");
            return false;
        }
        TextLocation sel = selection();
        if (sel == null) {
            hint("transcript.hint.selectNewRange");
            return false;
        }
        if (sel.start() == c.start() && sel.end() == c.end()) {
            return false;
        }
        edit("transcript.task.adjust", () -> context.session().coding().adjust(c.id(), sel.start(), sel.end()), x -> { });
        return true;
    }

    private long resolve(Pick pick) {
        return switch (pick) {
            case Pick.Existing e -> e.codeId();
            case Pick.Create cr -> {
                var service = context.session().codebook();
                Code code = cr.name().contains("/") ? service.addPath(cr.name(), null, null) : service.add(cr.parentId(), cr.name(), null, null);
                yield code.id();
            }
        };
    }

    @FunctionalInterface
    private interface Edit<T> {
        T run() throws Exception;
    }

    private <T> void edit(String titleKey, Edit<T> work, Consumer<T> onSuccess) {
        BackgroundTasks tasks = context.tasks();
        tasks.submit(messages.get(titleKey), progress -> work.run(), onSuccess,
                     error -> dialogs.showError(messages.get("transcript.error.editTitle"), message(error)));
    }

    private void hint(String key, Object... args) {
        hint.set("");
        hint.set(messages.get(key, args));
    }

    private String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        return t.getMessage() == null || t.getMessage().isBlank() ? messages.get("transcript.error.unknown") : messages.message(t);
    }
}
