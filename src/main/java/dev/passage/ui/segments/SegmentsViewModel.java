package dev.passage.ui.segments;

import dev.passage.coding.Codebook;
import dev.passage.model.Code;
import dev.passage.model.Segment;
import dev.passage.session.ProjectSession;
import dev.passage.store.ChangeSet;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.LatestOnly;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import javafx.beans.value.ChangeListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * All coded segments of the code selected in the codebook (with its sub-codes unless switched off), loaded in the background
 * and reloaded after every change; a filter narrows them by text, document, speaker, code or coder; opening one shows it in
 * the transcript. Several can follow the same context (the dock and a popped-out window).
 */
public final class SegmentsViewModel {

    /** What the list area shows. */
    public enum State { NO_CODE, LOADING, EMPTY, NO_MATCH, SEGMENTS }

    private final ProjectContext context;
    private final DialogService dialogs;
    private final Messages messages;

    private final BooleanProperty includeSubCodes = new SimpleBooleanProperty(true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<SegmentRow> all = FXCollections.observableArrayList();
    private final FilteredList<SegmentRow> shown = new FilteredList<>(all);
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper codeName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper codeColour = new ReadOnlyStringWrapper();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NO_CODE);

    private Long shownCode;
    private final LatestOnly loads = new LatestOnly();
    private ChangeSet handledChange;
    private final ChangeListener<Long> codeChanged = (o, before, now) -> reload();
    private final ChangeListener<Number> dataTick = (o, before, now) -> dataChanged();

    public SegmentsViewModel(ProjectContext context, DialogService dialogs) {
        this.context = context;
        this.dialogs = dialogs;
        this.messages = context.messages();
        header.set(messages.get("segments.noCode"));
        includeSubCodes.addListener((o, before, now) -> reload());
        filter.addListener((o, before, now) -> applyFilter());
        context.selectedCodeProperty().addListener(codeChanged);
        context.dataVersionProperty().addListener(dataTick);
        reload();
    }

    /** A second model on the same context (for a popped-out window); it follows the selected code too. */
    public SegmentsViewModel newWindowModel() {
        SegmentsViewModel other = new SegmentsViewModel(context, dialogs);
        other.includeSubCodes.set(includeSubCodes.get());
        return other;
    }

    // ---- state for the view

    public BooleanProperty includeSubCodesProperty() {
        return includeSubCodes;
    }

    /** Narrows the list to segments whose text, document, speaker, code path or coder contains this (any case). */
    public StringProperty filterProperty() {
        return filter;
    }

    /** The segments that pass the filter, by document then position. */
    public ObservableList<SegmentRow> segments() {
        return shown;
    }

    /** 'Segments of "Speaking up" (34)', also a title for the dock tab. */
    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty codeNameProperty() {
        return codeName.getReadOnlyProperty();
    }

    /** The shown code's colour (#RRGGBB), or null. */
    public ReadOnlyStringProperty codeColourProperty() {
        return codeColour.getReadOnlyProperty();
    }

    /** All segments of the code, before the filter. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }

    // ---- actions

    /** Shows the segment in the transcript. */
    public void open(SegmentRow row) {
        if (row != null) {
            context.navigateTo(row.location());
        }
    }

    /** Loads the segments of the selected code again (in the background). */
    public void reload() {
        Long codeId = context.selectedCodeProperty().get();
        LatestOnly.Ticket gen = loads.start();
        if (codeId == null) {
            show(gen, null);
            return;
        }
        boolean withSubCodes = includeSubCodes.get();
        if (!codeId.equals(shownCode)) {
            state.set(State.LOADING);
        }
        ProjectSession session = context.session();
        String label = codeName.get().isEmpty() ? String.valueOf(codeId) : codeName.get();
        context.tasks().submit(messages.get("segments.task", label), progress -> load(session, codeId, withSubCodes),
                               loaded -> show(gen, loaded),
                               error -> {
                                   if (gen.isCurrent()) {
                                       state.set(all.isEmpty() ? State.EMPTY : State.SEGMENTS);
                                       dialogs.showError(messages.get("segments.failedTitle"), describe(error));
                                   }
                               });
    }

    /** Stops following the context (when a popped-out window closes). */
    public void dispose() {
        context.selectedCodeProperty().removeListener(codeChanged);
        context.dataVersionProperty().removeListener(dataTick);
    }

    // ---- internals

    private record Loaded(long codeId, String name, String colour, List<SegmentRow> rows) {
    }

    private static Loaded load(ProjectSession session, long codeId, boolean withSubCodes) {
        Codebook book = session.codebook().codebook();
        Code code = book.find(codeId).orElse(null);
        if (code == null) {
            return null; // deleted meanwhile
        }
        List<Segment> segments = session.retrieval().segments(book, codeId, withSubCodes);
        List<SegmentRow> rows = new ArrayList<>(segments.size());
        for (Segment s : segments) {
            String colour = book.find(s.codeId()).map(Code::colour).orElse(code.colour());
            rows.add(new SegmentRow(s.codingId(), s.documentId(), s.documentName(), s.speaker() == null ? "" : s.speaker(), s.codeId(),
                                    s.codePath(), colour, s.coder(), s.start(), s.end(), s.text(), s.memo()));
        }
        return new Loaded(codeId, code.name(), code.colour(), rows);
    }

    private void show(LatestOnly.Ticket gen, Loaded loaded) {
        if (!gen.isCurrent()) {
            return;
        }
        if (loaded == null) {
            shownCode = null;
            all.clear();
            codeName.set("");
            codeColour.set(null);
            total.set(0);
            header.set(messages.get("segments.noCode"));
            state.set(State.NO_CODE);
            return;
        }
        shownCode = loaded.codeId();
        codeName.set(loaded.name());
        codeColour.set(loaded.colour());
        all.setAll(loaded.rows());
        total.set(loaded.rows().size());
        applyFilter();
    }

    private void applyFilter() {
        String needle = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(needle.isEmpty() ? null : r -> matches(r, needle));
        if (shownCode == null) {
            return;
        }
        header.set(needle.isEmpty() ? messages.get("segments.header", codeName.get(), total.get())
                                    : messages.get("segments.headerFiltered", codeName.get(), shown.size(), total.get()));
        state.set(total.get() == 0 ? State.EMPTY : shown.isEmpty() ? State.NO_MATCH : State.SEGMENTS);
    }

    private static boolean matches(SegmentRow r, String needle) {
        return contains(r.text(), needle) || contains(r.document(), needle) || contains(r.speaker(), needle)
               || contains(r.codePath(), needle) || contains(r.coder(), needle) || contains(r.memo(), needle);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }

    private void dataChanged() {
        ChangeSet change = context.lastChangeProperty().get();
        if (change != null && change == handledChange) {
            return; // the undo history's tick after the same commit
        }
        handledChange = change;
        if (context.selectedCodeProperty().get() == null) {
            return;
        }
        // memos and other edits that touch no document and not the codebook cannot change the segments
        if (change == null || change.codebookChanged() || !change.touchedDocuments().isEmpty()) {
            reload();
        }
    }

    private String describe(Throwable error) {
        String m = messages.message(error);
        return m == null || m.isBlank() ? messages.get("segments.unknownError", error.getClass().getSimpleName()) : m;
    }
}
