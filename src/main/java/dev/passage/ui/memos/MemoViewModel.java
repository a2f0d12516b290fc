package dev.passage.ui.memos;

import dev.passage.coding.CodingException;
import dev.passage.model.Coding;
import dev.passage.model.Memo;
import dev.passage.model.Memo.MemoTarget;
import dev.passage.session.ProjectSession;
import dev.passage.store.ChangeSet;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.LatestOnly;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import javafx.beans.value.ChangeListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Memos on the project, the open document, the selected code or the selected coding (the target switcher), with an editor.
 * New memos are drafts until saved; a changed memo is saved when the user leaves it (another memo, another target, a new
 * memo). For a coding, its own inline note (Coding.memo) is the first entry and is edited the same way. Every save and
 * delete goes through MemoService / CodingService, so Ctrl+Z undoes it.
 */
public final class MemoViewModel {

    /** What the memo list shows. */
    public enum ListState { NO_TARGET, EMPTY, MEMOS }

    private final ProjectContext context;
    private final DialogService dialogs;
    private final Messages messages;
    private final dev.passage.ui.common.StaleEditPrompt staleEdits;

    private final ObjectProperty<MemoTarget> target = new SimpleObjectProperty<>(MemoTarget.PROJECT);
    private final java.util.Map<MemoTarget, ReadOnlyBooleanWrapper> available = new java.util.EnumMap<>(MemoTarget.class);
    private final ReadOnlyStringWrapper documentLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper codeLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper codingLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper codingDescription = new ReadOnlyStringWrapper("");
    private final ObservableList<MemoEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ListState> listState = new ReadOnlyObjectWrapper<>(ListState.EMPTY);
    private final ReadOnlyObjectWrapper<MemoEntry> selected = new ReadOnlyObjectWrapper<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper draft = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tabTitle = new ReadOnlyStringWrapper();

    private String loadedTitle = "";
    private String loadedText = "";
    private MemoTarget draftTarget;
    /** While a new memo is being added: where the added memo will be, for edits made before the add finishes. */
    private AtomicReference<Memo> draftInFlight;
    private Long draftTargetId;
    /** Grows whenever the editor shows something else, so late results of a save do not touch a newer edit. */
    private int editSession;
    private final LatestOnly loads = new LatestOnly();
    private final LatestOnly labelLoads = new LatestOnly();
    private ChangeSet handledChange;

    private final ChangeListener<Long> documentChanged = (o, before, now) -> contextChanged(MemoTarget.DOCUMENT);
    private final ChangeListener<Long> codeChanged = (o, before, now) -> contextChanged(MemoTarget.CODE);
    private final ChangeListener<Long> codingChanged = (o, before, now) -> contextChanged(MemoTarget.CODING);
    private final ChangeListener<Number> dataTick = (o, before, now) -> dataChanged();

    public MemoViewModel(ProjectContext context, DialogService dialogs) {
        this.context = context;
        this.dialogs = dialogs;
        this.messages = context.messages();
        this.staleEdits = new dev.passage.ui.common.StaleEditPrompt(dialogs, messages, context.tasks());
        tabTitle.bind(javafx.beans.binding.Bindings.when(dirty).then(messages.get("memos.titleDirty")).otherwise(messages.get("memos.title")));
        documentLabel.set(messages.get("memos.targetDocumentNone"));
        codeLabel.set(messages.get("memos.targetCodeNone"));
        codingLabel.set(messages.get("memos.targetCoding"));
        for (MemoTarget t : MemoTarget.values()) {
            available.put(t, new ReadOnlyBooleanWrapper(isAvailable(t)));
        }
        title.addListener((o, before, now) -> updateDirty());
        text.addListener((o, before, now) -> updateDirty());
        target.addListener((o, before, now) -> {
            commitEdits();
            clearEditor();
            reload();
        });
        context.openDocumentProperty().addListener(documentChanged);
        context.selectedCodeProperty().addListener(codeChanged);
        context.selectedCodingProperty().addListener(codingChanged);
        context.dataVersionProperty().addListener(dataTick);
        loadLabels();
        reload();
    }

    // ---- state for the view

    /** Whose memos are listed. Switching saves a changed memo first. */
    public ObjectProperty<MemoTarget> targetProperty() {
        return target;
    }

    /** Whether the target has something to attach memos to (the project always; the others when something is open/selected). */
    public boolean isAvailable(MemoTarget t) {
        return t == MemoTarget.PROJECT || targetId(t) != null;
    }

    /** Whether {@code t} has something to attach memos to now (see {@link #isAvailable}), as a property for the switcher. */
    public ReadOnlyBooleanProperty availableProperty(MemoTarget t) {
        return available.get(t).getReadOnlyProperty();
    }

    /** 'Document "Interview 07"', or plain "Document" when none is open. */
    public ReadOnlyStringProperty documentLabelProperty() {
        return documentLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty codeLabelProperty() {
        return codeLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty codingLabelProperty() {
        return codingLabel.getReadOnlyProperty();
    }

    /** "Speaking up in Interview 07", for the coding target's tooltip; empty without a coding. */
    public ReadOnlyStringProperty codingDescriptionProperty() {
        return codingDescription.getReadOnlyProperty();
    }

    public ObservableList<MemoEntry> entries() {
        return entries;
    }

    public ReadOnlyObjectProperty<ListState> listStateProperty() {
        return listState.getReadOnlyProperty();
    }

    /** The entry in the editor; null for a new draft or nothing. */
    public ReadOnlyObjectProperty<MemoEntry> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** True when the editor shows a memo, a note or a draft. */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** True for a new memo that is not saved yet. */
    public ReadOnlyBooleanProperty draftProperty() {
        return draft.getReadOnlyProperty();
    }

    /** True when the editor differs from what is saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** True when the editor shows a coding's inline note (no title of its own). */
    public boolean isEditingNote() {
        return selected.get() != null && selected.get().isNote();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** A title for the dock tab: "Memos", with a dot while the editor has unsaved changes. */
    public ReadOnlyStringProperty tabTitleProperty() {
        return tabTitle.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }

    // ---- actions

    /** Shows an entry in the editor, saving the memo being left if it changed. */
    public void select(MemoEntry entry) {
        if (entry == null || (!draft.get() && entry.sameAs(selected.get()))) {
            return;
        }
        commitEdits();
        showInEditor(entry);
    }

    /** Starts a new memo on the current target (saved with {@link #save()} or when left). */
    public void newMemo() {
        MemoTarget t = target.get();
        if (!isAvailable(t)) {
            return;
        }
        commitEdits();
        editSession++;
        draft.set(true);
        draftTarget = t;
        draftTargetId = targetId(t);
        selected.set(null);
        loadedTitle = "";
        loadedText = "";
        title.set("");
        text.set("");
        editing.set(true);
        updateDirty();
    }

    /** Saves the editor: adds a draft, edits a memo, or sets the coding's note. Nothing happens when nothing changed. */
    public void save() {
        if (!editing.get()) {
            return;
        }
        String newTitle = title.get() == null ? "" : title.get().strip();
        String newText = text.get() == null ? "" : text.get();
        ProjectSession session = context.session();
        int session0 = editSession;
        MemoEntry entry = selected.get();
        if (draft.get()) {
            if (newTitle.isEmpty() && newText.isBlank()) {
                return;
            }
            String finalTitle = newTitle.isEmpty() ? messages.get("memos.untitled") : newTitle;
            MemoTarget t = draftTarget;
            Long id = draftTargetId;
            draft.set(false); // a second save while this one runs must not add the memo twice
            AtomicReference<Memo> holder = new AtomicReference<>();
            draftInFlight = holder;
            context.tasks().submit(messages.get("memos.saveTask", finalTitle), p -> {
                Memo m = session.memos().add(t, id, finalTitle, newText);
                holder.set(m);
                return m;
            }, memo -> {
                if (draftInFlight == holder) {
                    draftInFlight = null;
                }
                saved(session0, MemoEntry.of(memo), newTitle.isEmpty());
            }, error -> {
                if (draftInFlight == holder) {
                    draftInFlight = null;
                }
                if (session0 == editSession) {
                    draft.set(true);
                }
                dialogs.showError(messages.get("memos.saveFailedTitle"), describe(error));
            });
            return;
        }
        if (entry == null && draftInFlight != null && dirty.get()) {
            // typed on while the new memo was being added: edit it once it exists (the worker runs tasks in order)
            AtomicReference<Memo> holder = draftInFlight;
            String finalTitle = newTitle.isEmpty() ? messages.get("memos.untitled") : newTitle;
            context.tasks().submit(messages.get("memos.saveTask", finalTitle), p -> {
                Memo created = holder.get();
                if (created == null) {
                    throw new CodingException("The new memo could not be added, so the later changes were not saved either");
                }
                return session.memos().edit(created.id(), finalTitle, newText);
            }, memo -> saved(session0, MemoEntry.of(memo), newTitle.isEmpty()),
                error -> dialogs.showError(messages.get("memos.saveFailedTitle"), describe(error)));
            return;
        }
        if (entry == null || !dirty.get()) {
            return;
        }
        if (entry.isNote()) {
            context.tasks().submit(messages.get("memos.saveTask", messages.get("memos.codingNote")),
                p -> session.coding().setMemo(entry.id(), newText), coding -> saved(session0, note(coding), false),
                error -> dialogs.showError(messages.get("memos.saveFailedTitle"), describe(error)));
        } else {
            String finalTitle = newTitle.isEmpty() ? messages.get("memos.untitled") : newTitle;
            Memo seen = opened != null && opened.id() == entry.id() ? opened : null;
            context.tasks().submit(messages.get("memos.saveTask", finalTitle),
                p -> seen != null ? session.memos().edit(seen, finalTitle, newText) : session.memos().edit(entry.id(), finalTitle, newText),
                memo -> saved(session0, MemoEntry.of(memo), newTitle.isEmpty()),
                error -> {
                    if (!staleEdits.handle(error, this::showStored)) {
                        dialogs.showError(messages.get("memos.saveFailedTitle"), describe(error));
                    }
                });
        }
    }

    /** Saves the editor if it changed (called when the user leaves the memo); drops an empty draft. */
    public void commitEdits() {
        if (dirty.get()) {
            save();
        }
    }

    /** Deletes the memo in the editor after confirming (a coding's note is cleared); discards a draft. */
    public void delete() {
        if (draft.get()) {
            clearEditor();
            return;
        }
        MemoEntry entry = selected.get();
        if (entry == null) {
            return;
        }
        ProjectSession session = context.session();
        if (entry.isNote()) {
            if (entry.text().isBlank() && text.get().isBlank()) {
                return;
            }
            if (!dialogs.confirm(messages.get("memos.confirmDeleteTitle"), messages.get("memos.confirmClearNote"),
                                 messages.get("memos.confirmButton"))) {
                return;
            }
            int session0 = editSession;
            context.tasks().submit(messages.get("memos.deleteTask", messages.get("memos.codingNote")),
                p -> session.coding().setMemo(entry.id(), null), coding -> saved(session0, note(coding), false),
                error -> dialogs.showError(messages.get("memos.deleteFailedTitle"), describe(error)));
            return;
        }
        if (!dialogs.confirm(messages.get("memos.confirmDeleteTitle"), messages.get("memos.confirmDelete", entry.title()),
                             messages.get("memos.confirmButton"))) {
            return;
        }
        clearEditor();
        context.tasks().submit(messages.get("memos.deleteTask", entry.title()), p -> {
            session.memos().delete(entry.id());
            return entry;
        }, done -> reload(), error -> dialogs.showError(messages.get("memos.deleteFailedTitle"), describe(error)));
    }

    /** Loads the current target's memos again (in the background). */
    public void reload() {
        MemoTarget t = target.get();
        Long id = targetId(t);
        LatestOnly.Ticket gen = loads.start();
        if (!isAvailable(t)) {
            entries.clear();
            listState.set(ListState.NO_TARGET);
            return;
        }
        ProjectSession session = context.session();
        context.tasks().submit(messages.get("memos.loadTask"), p -> load(session, t, id), list -> {
            if (gen.isCurrent()) {
                showEntries(list);
            }
        }, error -> {
            if (gen.isCurrent()) {
                dialogs.showError(messages.get("memos.failedTitle"), describe(error));
            }
        });
    }

    /** Stops following the context. */
    public void dispose() {
        context.openDocumentProperty().removeListener(documentChanged);
        context.selectedCodeProperty().removeListener(codeChanged);
        context.selectedCodingProperty().removeListener(codingChanged);
        context.dataVersionProperty().removeListener(dataTick);
    }

    // ---- internals

    private Long targetId(MemoTarget t) {
        return switch (t) {
            case PROJECT -> null;
            case DOCUMENT -> context.openDocumentProperty().get();
            case CODE -> context.selectedCodeProperty().get();
            case CODING -> context.selectedCodingProperty().get();
        };
    }

    private MemoEntry note(Coding c) {
        return new MemoEntry(MemoEntry.Kind.CODING_NOTE, c.id(), messages.get("memos.codingNote"), c.memo() == null ? "" : c.memo(),
                             c.memoBy(), c.memoAt());
    }

    private List<MemoEntry> load(ProjectSession session, MemoTarget t, Long id) {
        List<MemoEntry> out = new ArrayList<>();
        if (t == MemoTarget.CODING) {
            try {
                out.add(note(session.coding().find(id)));
            } catch (CodingException gone) {
                return null; // the coding was removed (e.g. undone) since it was selected
            }
        }
        for (Memo m : session.memos().forTarget(t, id)) {
            out.add(MemoEntry.of(m));
        }
        return out;
    }

    private void showEntries(List<MemoEntry> list) {
        if (list == null) {
            entries.clear();
            listState.set(ListState.NO_TARGET);
            if (!draft.get() && !dirty.get()) {
                clearEditor();
            }
            return;
        }
        entries.setAll(list);
        long memos = list.stream().filter(e -> !e.isNote()).count();
        listState.set(memos == 0 ? ListState.EMPTY : ListState.MEMOS);
        MemoEntry current = selected.get();
        if (current == null) {
            return;
        }
        MemoEntry now = list.stream().filter(current::sameAs).findFirst().orElse(null);
        if (now == null) {
            if (!dirty.get()) {
                clearEditor(); // deleted, e.g. by undo
            }
            return;
        }
        selected.set(now);
        if (!dirty.get()) {
            opened = now.memo(); // nothing typed: the editor is on the current version
        }
        boolean changedElsewhere = !Objects.equals(now.text(), loadedText) || (!now.isNote() && !Objects.equals(now.title(), loadedTitle));
        if (changedElsewhere && !dirty.get()) {
            showInEditor(now); // e.g. an undo of an edit
        }
    }

    /** The memo as the editor loaded it (its row version): a save states it, so it never overwrites a colleague's later edit. */
    private Memo opened;

    /** After a refused save was dropped or re-applied: the editor lets go of what was typed and shows the stored memo. */
    private void showStored() {
        title.set(loadedTitle);
        text.set(loadedText);
        updateDirty();
        reload();
    }

    private void showInEditor(MemoEntry entry) {
        editSession++;
        draft.set(false);
        selected.set(entry);
        opened = entry.memo();
        loadedTitle = entry.isNote() ? "" : entry.title();
        loadedText = entry.text();
        title.set(entry.isNote() ? messages.get("memos.codingNote") : entry.title());
        text.set(entry.text());
        editing.set(true);
        updateDirty();
    }

    private void clearEditor() {
        editSession++;
        draft.set(false);
        selected.set(null);
        loadedTitle = "";
        loadedText = "";
        title.set("");
        text.set("");
        editing.set(false);
        updateDirty();
    }

    /** After a save: the editor (if it still shows this memo) now matches what is stored. */
    private void saved(int session0, MemoEntry entry, boolean titleWasBlank) {
        if (session0 == editSession) {
            draft.set(false);
            selected.set(entry);
            opened = entry.memo();
            loadedTitle = entry.isNote() ? "" : entry.title();
            loadedText = entry.text();
            if (titleWasBlank && (title.get() == null || title.get().isBlank())) {
                title.set(entry.title());
            }
            updateDirty();
        }
        reload();
    }

    private void updateDirty() {
        boolean changed;
        if (!editing.get()) {
            changed = false;
        } else if (isEditingNote()) {
            changed = !Objects.equals(nullToEmpty(text.get()), loadedText);
        } else {
            changed = !Objects.equals(nullToEmpty(title.get()).strip(), loadedTitle.strip()) || !Objects.equals(nullToEmpty(text.get()), loadedText);
        }
        dirty.set(changed);
        if (!editing.get()) {
            status.set("");
        } else if (draft.get()) {
            status.set(messages.get("memos.statusNew"));
        } else if (changed) {
            status.set(messages.get("memos.statusUnsaved"));
        } else if (isEditingNote()) {
            status.set(messages.get("memos.statusNoteHint"));
        } else {
            status.set(messages.get("memos.statusSaved"));
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private void contextChanged(MemoTarget which) {
        available.get(which).set(isAvailable(which));
        loadLabels();
        if (target.get() == which) {
            commitEdits();
            if (!draft.get() || !Objects.equals(draftTargetId, targetId(which))) {
                clearEditor();
            }
            reload();
        }
    }

    private void loadLabels() {
        Long doc = context.openDocumentProperty().get();
        Long code = context.selectedCodeProperty().get();
        Long coding = context.selectedCodingProperty().get();
        ProjectSession session = context.session();
        record Labels(String document, String code, String codingCode, String codingDocument) {
        }
        LatestOnly.Ticket gen = labelLoads.start();
        context.tasks().submit(messages.get("memos.loadTask"), p -> {
            var book = session.codebook().codebook();
            String docName = doc == null ? null : session.documents().name(doc).orElse(null);
            String codeName = code == null || book.find(code).isEmpty() ? null : book.path(code);
            String codingCode = null;
            String codingDoc = null;
            if (coding != null) {
                try {
                    Coding c = session.coding().find(coding);
                    codingCode = book.find(c.codeId()).map(x -> x.name()).orElse("?");
                    codingDoc = session.documents().name(c.documentId()).orElse("?");
                } catch (CodingException gone) {
                    // removed since it was selected: no description
                }
            }
            return new Labels(docName, codeName, codingCode, codingDoc);
        }, l -> {
            if (!gen.isCurrent()) {
                return;
            }
            documentLabel.set(l.document() == null ? messages.get("memos.targetDocumentNone") : messages.get("memos.targetDocument", l.document()));
            codeLabel.set(l.code() == null ? messages.get("memos.targetCodeNone") : messages.get("memos.targetCode", l.code()));
            codingLabel.set(l.codingCode() == null ? messages.get("memos.targetCoding") : messages.get("memos.targetCodingNamed", l.codingCode()));
            codingDescription.set(l.codingCode() == null ? "" : messages.get("memos.targetCodingTooltip", l.codingCode(), l.codingDocument()));
        }, error -> dialogs.showError(messages.get("memos.failedTitle"), describe(error)));
    }

    private void dataChanged() {
        ChangeSet change = context.lastChangeProperty().get();
        if (change != null && change == handledChange) {
            return; // the undo history's tick after the same commit
        }
        handledChange = change;
        if (change == null || change.codebookChanged() || !change.touchedDocuments().isEmpty()) {
            loadLabels();
        }
        reload();
    }

    private String describe(Throwable error) {
        String m = messages.message(error);
        return m == null || m.isBlank() ? messages.get("memos.unknownError", error.getClass().getSimpleName()) : m;
    }
}
