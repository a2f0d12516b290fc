package dev.passage.ui.documents;

import dev.passage.model.Language;

import dev.passage.importer.ImportListener;
import dev.passage.importer.ImportOutcome;
import dev.passage.importer.ImportReport;
import dev.passage.model.VariableScope;
import dev.passage.store.ChangeSet;
import dev.passage.session.DocumentListing;
import dev.passage.session.DocumentQueries;
import dev.passage.ui.common.BackgroundTasks;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.TaskHandle;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The documents pane's state: every document with unit, speakers, length and coded share (loaded in the background, reloaded
 * when the project changes — only the touched documents when a change names them), a filter over name, unit and attributes,
 * the open document, and importing files with progress, cancel and a summary.
 */
public final class DocumentsViewModel {
    /** Above this many touched documents one full reload is cheaper than reading each one. */
    static final int PARTIAL_RELOAD_LIMIT = 40;
    private static final int NAMES_IN_SUMMARY = 3;

    private final ProjectContext context;
    private final DialogService dialogs;
    private final BackgroundTasks tasks;
    private final Messages m;

    private final ObservableList<DocumentRow> all = FXCollections.observableArrayList();
    private final ObservableList<String> unitNames = FXCollections.observableArrayList();
    private final ObservableList<String> documentVariables = FXCollections.observableArrayList();
    /** Each document's place in the project's stored order, and the sets it is in (read with every full load). */
    private final Map<Long, Integer> order = new HashMap<>();
    private final Map<Long, List<String>> setsOfDocument = new HashMap<>();
    private final ObservableList<String> setNames = FXCollections.observableArrayList();
    private final FilteredList<DocumentRow> filtered = new FilteredList<>(all);
    private final SortedList<DocumentRow> visible;
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(this, "importing", false);
    private final ReadOnlyDoubleWrapper importProgress = new ReadOnlyDoubleWrapper(this, "importProgress", -1);
    private final ReadOnlyStringWrapper importMessage = new ReadOnlyStringWrapper(this, "importMessage", "");
    private final ReadOnlyStringWrapper importSummary = new ReadOnlyStringWrapper(this, "importSummary", "");
    private final ReadOnlyObjectWrapper<DocumentRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final BooleanBinding empty;
    private final BooleanBinding noMatches;

    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private TaskHandle importHandle;
    private java.util.function.Consumer<List<Path>> folderPreview;
    private boolean loadRunning;
    private boolean pendingFull;
    private final Set<Long> pendingIds = new HashSet<>();
    private ChangeSet lastHandled;

    private final InvalidationListener onData = o -> dataChanged();
    private final ChangeListener<Long> onOpenDocument = (o, a, b) -> updateSelected();

    public DocumentsViewModel(ProjectContext context, DialogService dialogs) {
        this.context = context;
        this.dialogs = dialogs;
        this.tasks = context.tasks();
        this.m = context.messages();
        NaturalOrder natural = new NaturalOrder(m.locale());
        Comparator<DocumentRow> byUnit = Comparator.comparing(DocumentRow::unit, Comparator.nullsLast(natural));
        // within a unit, the project's stored order (documents not yet read in a full load last, by name)
        Comparator<DocumentRow> stored = Comparator.comparing(r -> order.getOrDefault(r.id(), Integer.MAX_VALUE));
        visible = new SortedList<>(filtered, byUnit.thenComparing(stored).thenComparing(DocumentRow::name, natural));
        filter.addListener((o, a, b) -> {
            filtered.setPredicate(b == null || b.isBlank() ? null : row -> row.matches(b));
            updateCount();
        });
        all.addListener((javafx.collections.ListChangeListener<DocumentRow>) c -> {
            updateSelected();
            updateCount();
        });
        empty = Bindings.createBooleanBinding(() -> loaded.get() && all.isEmpty(), loaded, all);
        noMatches = Bindings.createBooleanBinding(() -> !all.isEmpty() && filtered.isEmpty(), all, filtered);
        context.dataVersionProperty().addListener(onData);
        context.openDocumentProperty().addListener(onOpenDocument);
        lastHandled = context.lastChangeProperty().get();
        updateCount();
        refresh();
    }

    // ---- what the view shows

    /** The documents that pass the filter, by unit (documents without a unit last), then in the project's stored order. */
    public ObservableList<DocumentRow> visibleDocuments() {
        return visible;
    }

    /** Every document, in no particular order. */
    public ObservableList<DocumentRow> allDocuments() {
        return FXCollections.unmodifiableObservableList(all);
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** "3 of 16" while a filter is on, otherwise the number of documents. */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** True once the first load has finished. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The project has no documents at all (the empty state that teaches importing). */
    public BooleanBinding emptyProperty() {
        return empty;
    }

    /** There are documents, but none passes the filter. */
    public BooleanBinding noMatchesProperty() {
        return noMatches;
    }

    /** The open document's row (null when none is open or it is not loaded yet). */
    public ReadOnlyObjectProperty<DocumentRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ObjectProperty<Long> openDocumentProperty() {
        return context.openDocumentProperty();
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the number of files is not known yet. */
    public ReadOnlyDoubleProperty importProgressProperty() {
        return importProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty importMessageProperty() {
        return importMessage.getReadOnlyProperty();
    }

    /** What the last import did ("Imported 3 documents …"); empty when there is nothing to say. */
    public ReadOnlyStringProperty importSummaryProperty() {
        return importSummary.getReadOnlyProperty();
    }

    // ---- actions

    /** Opens the document (the transcript shows it); null closes it. */
    public void open(DocumentRow row) {
        context.openDocumentProperty().set(row == null ? null : row.id());
    }

    public void clearFilter() {
        filter.set("");
    }

    public void dismissSummary() {
        importSummary.set("");
    }

    /** Asks for files and imports them. */
    public void importFiles() {
        if (importing.get()) {
            return;
        }
        List<Path> files = dialogs.chooseFilesToImport();
        if (!files.isEmpty()) {
            importPaths(files);
        }
    }

    /** Asks for a folder and imports every transcript in it (sub-folders too). */
    public void importFolder() {
        if (importing.get()) {
            return;
        }
        dialogs.chooseFolder(m.get("documents.import.folderTitle")).ifPresent(folder -> importPaths(List.of(folder)));
    }

    /**
     * Shows what a folder import would take before it imports (the view sets it: a window with a checkbox per file); while
     * none is set, folders are imported as the core takes them.
     */
    public void setFolderPreview(java.util.function.Consumer<List<Path>> preview) {
        this.folderPreview = preview;
    }

    /**
     * Imports files and folders (as dropped on the pane) in the background; a no-op while another import runs. With a
     * folder among them, the folder preview opens first (when there is one) and imports what is checked there.
     */
    public void importPaths(List<Path> paths) {
        if (paths == null || paths.isEmpty() || importing.get()) {
            return;
        }
        if (folderPreview != null && paths.stream().anyMatch(java.nio.file.Files::isDirectory)) {
            folderPreview.accept(List.copyOf(paths));
            return;
        }
        importChecked(paths);
    }

    /** The preview of importing these files and folders; its Import imports the checked files here. */
    public ImportPreviewViewModel folderPreview(List<Path> paths) {
        return new ImportPreviewViewModel(context, dialogs, paths, this::importChecked);
    }

    /** Imports exactly these files (the ones checked in the folder preview) in the background. */
    public void importChecked(List<Path> paths) {
        if (paths == null || paths.isEmpty() || importing.get()) {
            return;
        }
        List<Path> toImport = List.copyOf(paths);
        cancelRequested.set(false);
        importing.set(true);
        importProgress.set(-1);
        importMessage.set(m.get("documents.import.preparing"));
        importSummary.set("");
        var session = context.session();
        TaskHandle handle = tasks.submit(m.get("documents.task.import"), progress -> {
            ImportListener listener = new ImportListener() {
                @Override
                public void started(int fileCount) {
                    progress.update(0, fileCount, m.get("documents.import.preparing"));
                    showProgress(0, fileCount, m.get("documents.import.preparing"));
                }

                @Override
                public void fileStarted(Path file, int index, int fileCount) {
                    String text = m.get("documents.import.progress", file.getFileName().toString(), index + 1, fileCount);
                    progress.update(index, fileCount, text);
                    showProgress(index, fileCount, text);
                }

                @Override
                public void fileDone(ImportOutcome outcome, int index, int fileCount) {
                    progress.update(index + 1, fileCount, null);
                    showProgress(index + 1, fileCount, null);
                }
            };
            return session.imports().importPaths(toImport, listener, () -> progress.isCancelled() || cancelRequested.get());
        }, this::importFinished, this::importFailed);
        if (importing.get()) {
            importHandle = handle;
        }
    }

    /** Stops the running import after the file being read (files already imported stay). */
    public void cancelImport() {
        if (!importing.get()) {
            return;
        }
        cancelRequested.set(true);
        if (importHandle != null) {
            importHandle.cancel();
        }
        importMessage.set(m.get("documents.import.cancelling"));
    }

    /** Reloads everything. */
    public void refresh() {
        requestLoad(true, Set.of());
    }

    /** Stops listening to the project (when the pane goes away). */
    public void dispose() {
        context.dataVersionProperty().removeListener(onData);
        context.openDocumentProperty().removeListener(onOpenDocument);
    }

    // ---- import

    private void showProgress(long done, long total, String text) {
        tasks.onUiThread(() -> {
            if (!importing.get()) {
                return;
            }
            importProgress.set(total > 0 ? (double) done / total : -1);
            if (text != null && !cancelRequested.get()) {
                importMessage.set(text);
            }
        });
    }

    private void importFinished(ImportReport report) {
        endImport();
        List<ImportOutcome> imported = report.outcomes().stream().filter(o -> o.status() == ImportOutcome.Status.IMPORTED).toList();
        List<ImportOutcome> failed = report.failures();
        List<ImportOutcome> skipped = report.outcomes().stream().filter(o -> o.status() == ImportOutcome.Status.SKIPPED).toList();
        importSummary.set(summary(report.cancelled(), imported.size(), failed.size(), skipped));
        if (!imported.isEmpty() && context.openDocumentProperty().get() == null) {
            context.openDocumentProperty().set(imported.getFirst().documentId());
        }
        List<String> warnings = new ArrayList<>();
        for (ImportOutcome o : imported) {
            for (String w : o.warnings()) {
                warnings.add(o.documentName() + ": " + w);
            }
        }
        if (!failed.isEmpty()) {
            int attempted = imported.size() + failed.size();
            StringBuilder b = new StringBuilder(m.get("documents.import.failedIntro", failed.size(), attempted)).append('\n');
            failed.forEach(o -> b.append("\u2022 ").append(m.text(o.text())).append('\n'));
            if (!skipped.isEmpty()) {
                b.append('\n').append(m.get("documents.import.skippedIntro", skipped.size())).append('\n');
                skipped.forEach(o -> b.append("\u2022 ").append(o.text() == null ? o.file().getFileName() : m.text(o.text())).append('\n'));
            }
            if (!warnings.isEmpty()) {
                b.append('\n').append(m.get("documents.import.warningsIntro")).append('\n');
                warnings.forEach(w -> b.append("\u2022 ").append(w).append('\n'));
            }
            if (!imported.isEmpty()) {
                b.append('\n').append(m.get("documents.import.othersImported", imported.size()));
            }
            dialogs.showError(m.get("documents.import.failedTitle"), b.toString().strip());
        } else if (!warnings.isEmpty()) {
            StringBuilder b = new StringBuilder(m.get("documents.import.warningsIntro")).append('\n');
            warnings.forEach(w -> b.append("\u2022 ").append(w).append('\n'));
            dialogs.showInfo(m.get("documents.import.warningsTitle"), b.toString().strip());
        }
    }

    private String summary(boolean cancelled, int imported, int failed, List<ImportOutcome> skipped) {
        List<String> parts = new ArrayList<>();
        parts.add(cancelled ? m.get("documents.import.summaryCancelled", imported) : m.get("documents.import.summaryImported", imported));
        if (failed > 0) {
            parts.add(m.get("documents.import.summaryFailed", failed));
        }
        List<ImportOutcome> already = skipped.stream().filter(ImportOutcome::alreadyImported).toList();
        List<ImportOutcome> unread = skipped.stream().filter(o -> o.text() != null && "importer.skippedType".equals(o.text().key())).toList();
        List<ImportOutcome> leftOut = skipped.stream().filter(o -> !already.contains(o) && !unread.contains(o)).toList();
        if (!already.isEmpty()) {
            parts.add(m.get("documents.import.summaryAlready", already.size(), fileNames(already)));
        }
        if (!unread.isEmpty()) {
            parts.add(m.get("documents.import.summarySkipped", unread.size(), fileNames(unread)));
        }
        if (!leftOut.isEmpty()) {
            parts.add(m.get("documents.import.summaryLeftOut", leftOut.size(), fileNames(leftOut)));
        }
        return String.join(" ", parts);
    }

    private static String fileNames(List<ImportOutcome> outcomes) {
        List<String> names = outcomes.stream().limit(NAMES_IN_SUMMARY).map(o -> o.file().getFileName().toString()).toList();
        return String.join(", ", names) + (outcomes.size() > NAMES_IN_SUMMARY ? ", \u2026" : "");
    }

    private void importFailed(Throwable e) {
        endImport();
        dialogs.showError(m.get("documents.import.errorTitle"), clearMessage(e));
    }

    private void endImport() {
        importing.set(false);
        importHandle = null;
        importProgress.set(-1);
        importMessage.set("");
        requestLoad(true, Set.of());
    }

    // ---- loading

    private void dataChanged() {
        ChangeSet change = context.lastChangeProperty().get();
        if (change == null) {
            requestLoad(true, Set.of());
            return;
        }
        if (change == lastHandled) {
            return; // the undo history's own tick after a change already handled
        }
        lastHandled = change;
        if (change.documentsArranged()) {
            requestLoad(true, Set.of()); // the order or the sets changed: every row's place may have moved
        } else if (!change.touchedDocuments().isEmpty()) {
            requestLoad(false, change.touchedDocuments());
        }
    }

    private void requestLoad(boolean full, Collection<Long> ids) {
        if (full) {
            pendingFull = true;
        } else {
            pendingIds.addAll(ids);
        }
        if (!loadRunning && !importing.get()) {
            startLoad();
        }
    }

    private record Loaded(boolean full, List<DocumentRow> rows, Set<Long> gone, List<String> sets, Map<Long, List<String>> setsOf) {
    }

    private static Loaded partial(DocumentQueries.PartialListing some) {
        return new Loaded(false, some.rows().stream().map(DocumentsViewModel::row).toList(), some.gone(), null, null);
    }

    private static Loaded full(DocumentQueries documents) {
        List<DocumentRow> rows = documents.listing().stream().map(DocumentsViewModel::row).toList();
        List<String> sets = documents.sets().stream().map(dev.passage.model.DocumentSet::name).toList();
        return new Loaded(true, rows, Set.of(), sets, documents.setNames());
    }

    private void startLoad() {
        boolean full = pendingFull || pendingIds.size() > PARTIAL_RELOAD_LIMIT;
        Set<Long> ids = Set.copyOf(pendingIds);
        pendingFull = false;
        pendingIds.clear();
        if (!full && ids.isEmpty()) {
            return;
        }
        loadRunning = true;
        var documents = context.session().documents();
        tasks.submit(m.get("documents.task.load"),
                     progress -> full ? full(documents) : partial(documents.listing(ids)),
                     result -> {
                         loadRunning = false;
                         apply(result);
                         if (pendingFull || !pendingIds.isEmpty()) {
                             startLoad();
                         }
                     },
                     e -> {
                         loadRunning = false;
                         loaded.set(true);
                         dialogs.showError(m.get("documents.load.errorTitle"), clearMessage(e));
                     });
    }

    private void apply(Loaded result) {
        if (result.full()) {
            order.clear();
            for (int i = 0; i < result.rows().size(); i++) {
                order.put(result.rows().get(i).id(), i);
            }
            setsOfDocument.clear();
            setsOfDocument.putAll(result.setsOf());
            setNames.setAll(result.sets());
            all.setAll(result.rows());
        } else {
            Map<Long, Integer> index = new HashMap<>();
            for (int i = 0; i < all.size(); i++) {
                index.put(all.get(i).id(), i);
            }
            List<DocumentRow> added = new ArrayList<>();
            for (DocumentRow r : result.rows()) {
                Integer at = index.get(r.id());
                if (at == null) {
                    added.add(r);
                } else if (!all.get(at).equals(r)) {
                    all.set(at, r);
                }
            }
            all.addAll(added);
            if (!result.gone().isEmpty()) {
                all.removeIf(r -> result.gone().contains(r.id()));
            }
        }
        loaded.set(true);
    }

    /** A document list's row: its counts and the share of its characters that some coding covers. */
    static DocumentRow row(DocumentListing d) {
        return new DocumentRow(d.id(), d.name(), d.unit(), d.speakerCount(), d.turnCount(), d.length(), d.codings().size(),
                               CodedShare.of(d.codings(), d.length()), d.attributes(), d.format(), d.importedAt(), d.question(),
                               d.language());
    }

    // ---- managing documents: rename, delete, move, sets (each one undoable step, confirmed in the status bar)

    /** Every document set's name (read with every full load). */
    public ObservableList<String> setNames() {
        return setNames;
    }

    /** The sets the document is in, by name. */
    public List<String> setsOf(DocumentRow row) {
        return row == null ? List.of() : setsOfDocument.getOrDefault(row.id(), List.of());
    }

    /** Asks for a new name and renames the document (a name another document has is refused, with both named). */
    public void rename(DocumentRow row) {
        if (row == null) {
            return;
        }
        dialogs.askText(m.get("documents.rename.title"), m.get("documents.rename.label", row.name()), row.name())
               .map(String::strip).filter(n -> !n.isEmpty() && !n.equals(row.name()))
               .ifPresent(name -> {
                   var editor = context.session().documentEditor();
                   tasks.submit(m.get("documents.task.rename"), p -> {
                       editor.rename(row.id(), name);
                       return null;
                   }, r -> { }, e -> dialogs.showError(m.get("documents.rename.failedTitle"), clearMessage(e)));
               });
    }

    /**
     * Deletes the document with its codings and memos after a confirmation that says how many go (Edit › Undo brings all of
     * it back). When it is the open document, the next one in the list opens.
     */
    public void delete(DocumentRow row) {
        if (row == null) {
            return;
        }
        var editor = context.session().documentEditor();
        var what = editor.deletion(row.id());
        String message = m.get("documents.delete.message", row.name(), what.codings(), what.memos());
        if (!dialogs.confirm(m.get("documents.delete.title"), message, m.get("documents.delete.ok"))) {
            return;
        }
        Long open = context.openDocumentProperty().get();
        if (open != null && open == row.id()) {
            int at = visible.indexOf(row);
            DocumentRow next = at + 1 < visible.size() ? visible.get(at + 1) : at > 0 ? visible.get(at - 1) : null;
            context.openDocumentProperty().set(next == null ? null : next.id());
        }
        tasks.submit(m.get("documents.task.delete"), p -> editor.delete(row.id()), r -> { },
                     e -> dialogs.showError(m.get("documents.delete.failedTitle"), clearMessage(e)));
    }

    /** The document just above (-1) or below (+1) in the list, within the same group (unit, or survey answers); or null. */
    DocumentRow neighbour(DocumentRow row, int direction) {
        int at = row == null ? -1 : visible.indexOf(row);
        if (at < 0) {
            return null;
        }
        int to = at + direction;
        if (to < 0 || to >= visible.size()) {
            return null;
        }
        DocumentRow other = visible.get(to);
        boolean sameGroup = java.util.Objects.equals(other.unit(), row.unit()) && other.isSurveyAnswer() == row.isSurveyAnswer();
        return sameGroup && order.containsKey(other.id()) && order.containsKey(row.id()) ? other : null;
    }

    public boolean canMove(DocumentRow row, int direction) {
        return neighbour(row, direction) != null;
    }

    /** Moves the document one place up (-1) or down (+1) in the list: it takes its neighbour's place in the stored order. */
    public void move(DocumentRow row, int direction) {
        DocumentRow other = neighbour(row, direction);
        if (other == null) {
            return;
        }
        int place = order.get(other.id()) + 1;
        var editor = context.session().documentEditor();
        tasks.submit(m.get("documents.task.move"), p -> {
            editor.move(row.id(), place);
            return null;
        }, r -> { }, e -> dialogs.showError(m.get("documents.move.failedTitle"), clearMessage(e)));
    }

    /** Adds the documents to the set, created when there is none of that name: one undoable step. */
    public void addToSet(List<DocumentRow> rows, String set) {
        if (rows.isEmpty() || set == null || set.isBlank()) {
            return;
        }
        List<Long> ids = rows.stream().map(DocumentRow::id).toList();
        var editor = context.session().documentEditor();
        tasks.submit(m.get("documents.task.sets"), p -> editor.addToSet(set.strip(), ids), r -> { },
                     e -> dialogs.showError(m.get("documents.sets.failedTitle"), clearMessage(e)));
    }

    /** Takes the documents out of the set (they stay in the project): one undoable step. */
    public void removeFromSet(List<DocumentRow> rows, String set) {
        if (rows.isEmpty() || set == null) {
            return;
        }
        List<Long> ids = rows.stream().map(DocumentRow::id).toList();
        var editor = context.session().documentEditor();
        tasks.submit(m.get("documents.task.sets"), p -> editor.removeFromSet(set, ids), r -> { },
                     e -> dialogs.showError(m.get("documents.sets.failedTitle"), clearMessage(e)));
    }

    /** Asks for the set's new name and renames it (its documents stay in it): one undoable step. */
    public void renameSet(String set) {
        if (set == null) {
            return;
        }
        dialogs.askText(m.get("documents.renameSet.title"), m.get("documents.renameSet.label", set), set)
               .map(String::strip).filter(n -> !n.isEmpty() && !n.equals(set))
               .ifPresent(name -> {
                   var editor = context.session().documentEditor();
                   tasks.submit(m.get("documents.task.sets"), p -> {
                       editor.renameSet(set, name);
                       return null;
                   }, r -> { }, e -> dialogs.showError(m.get("documents.sets.failedTitle"), clearMessage(e)));
               });
    }

    /** Deletes the set; its documents stay in the project. One undoable step, so no confirmation. */
    public void deleteSet(String set) {
        if (set == null) {
            return;
        }
        var editor = context.session().documentEditor();
        tasks.submit(m.get("documents.task.sets"), p -> {
            editor.deleteSet(set);
            return null;
        }, r -> { }, e -> dialogs.showError(m.get("documents.sets.failedTitle"), clearMessage(e)));
    }

    /** The sets any of the documents is in (what "Remove from set" offers). */
    public List<String> setsOfAny(List<DocumentRow> rows) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        rows.forEach(r -> out.addAll(setsOf(r)));
        return List.copyOf(out);
    }

    // ---- units and variables

    /** The units to offer in "Set unit…" (loaded by {@link #loadCaseChoices()}). */
    public ObservableList<String> unitNames() {
        return unitNames;
    }

    /** The DOCUMENT variables to offer in "Set variable…" (loaded by {@link #loadCaseChoices()}). */
    public ObservableList<String> documentVariables() {
        return documentVariables;
    }

    /** Loads the unit and document variable names (before a "Set unit…" or "Set variable…" dialog opens). */
    public void loadCaseChoices() {
        var cases = context.session().caseOverview();
        record Choices(List<String> units, List<String> variables) {
        }
        tasks.submit(m.get("documents.task.caseChoices"), p -> new Choices(
            cases.unitNames(), cases.variableDefinitions(VariableScope.DOCUMENT).stream().map(dev.passage.model.Variable::name).toList()), c -> {
            unitNames.setAll(c.units());
            documentVariables.setAll(c.variables());
        }, e -> dialogs.showError(m.get("documents.setUnit.failedTitle"), clearMessage(e)));
    }

    /** Whether "Set unit…" applies: some of the rows are not survey answers (those keep their respondent's unit). */
    public boolean canSetUnit(List<DocumentRow> rows) {
        return rows.stream().anyMatch(r -> !r.isSurveyAnswer());
    }

    /** Places the documents (survey answers left out) in the unit, created when new: one undoable step. */
    public void setUnit(List<DocumentRow> rows, String unit) {
        List<Long> ids = rows.stream().filter(r -> !r.isSurveyAnswer()).map(DocumentRow::id).toList();
        if (ids.isEmpty() || unit == null || unit.isBlank()) {
            return;
        }
        var editor = context.session().caseEditor();
        tasks.submit(m.get("documents.task.setUnit"), p -> editor.linkDocuments(ids, unit.strip()), r -> { },
                     e -> dialogs.showError(m.get("documents.setUnit.failedTitle"), clearMessage(e)));
    }

    /** Sets (a blank value clears) a DOCUMENT variable of one document: one undoable step; a new variable's type is read from the value. */
    public void setVariable(DocumentRow row, String variable, String value) {
        if (row == null || variable == null || variable.isBlank()) {
            return;
        }
        var editor = context.session().caseEditor();
        tasks.submit(m.get("documents.task.setVariable"), p -> {
            editor.setDocumentVariable(row.name(), variable.strip(), value);
            return null;
        }, r -> { }, e -> dialogs.showError(m.get("documents.setVariable.failedTitle"), clearMessage(e)));
    }

    /**
     * Sets the language the documents' texts are searched in (stemming, stop words) as one undoable step; each is then
     * re-indexed. Rows already in that language are left alone.
     */
    public void setLanguage(List<DocumentRow> rows, Language language) {
        List<Long> ids = rows.stream().filter(r -> r.language() != language).map(DocumentRow::id).toList();
        if (ids.isEmpty() || language == null) {
            return;
        }
        var languages = context.session().languages();
        tasks.submit(m.get("documents.task.setLanguage"), p -> languages.change(ids, language), r -> { },
                     e -> dialogs.showError(m.get("documents.setLanguage.failedTitle"), clearMessage(e)));
    }

    /** The document's value of a DOCUMENT variable as shown, or "" (for the dialog's initial value). */
    public String variableValue(DocumentRow row, String variable) {
        if (row == null || variable == null || variable.isBlank()) {
            return "";
        }
        return context.session().caseOverview().documentValue(row.id(), variable.strip());
    }

    private void updateSelected() {
        Long id = context.openDocumentProperty().get();
        DocumentRow row = null;
        if (id != null) {
            for (DocumentRow r : all) {
                if (r.id() == id) {
                    row = r;
                    break;
                }
            }
        }
        selected.set(row);
    }

    private void updateCount() {
        String f = filter.get();
        countText.set(f == null || f.isBlank() ? m.get("documents.count", all.size())
                                               : m.get("documents.countFiltered", filtered.size(), all.size()));
    }

    /** A message fit to show: the core's messages already name the file or item and the problem. */
    private String clearMessage(Throwable e) {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() != null ? m.message(t) : m.get("documents.unexpectedError", e.getClass().getSimpleName());
    }
}
