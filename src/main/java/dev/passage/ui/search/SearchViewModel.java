package dev.passage.ui.search;

import dev.passage.cases.CaseDataException;
import dev.passage.cases.Condition;
import dev.passage.cases.ConditionSyntaxException;
import dev.passage.coding.Codebook;
import dev.passage.coding.CodingException;
import dev.passage.coding.HitScope;
import dev.passage.model.Code;
import dev.passage.model.Coding;
import dev.passage.model.DocumentSummary;
import dev.passage.model.HitRange;
import dev.passage.model.Unit;
import dev.passage.search.KwicHit;
import dev.passage.search.SearchFilterException;
import dev.passage.search.SearchFilters;
import dev.passage.search.SearchResult;
import dev.passage.search.SearchSyntaxException;
import dev.passage.session.ProjectSession;
import dev.passage.session.SearchChoices;
import dev.passage.store.ChangeSet;
import dev.passage.ui.common.ActiveFilter;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.LatestOnly;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The search tab: a query with filters (code incl. sub-codes, document, speaker, unit, variable conditions such as
 * {@code psych_safety >= 4}), run in the background, shown as ranked
 * keyword-in-context rows; syntax errors stay inline; "code all hits" codes what the last search found as one undoable edit.
 */
public final class SearchViewModel {

    /** What "code all hits" codes around each hit. */
    public enum Scope { HIT, SENTENCE, TURN }

    /** What the results area shows. */
    public enum State { IDLE, SEARCHING, RESULTS, NO_HITS, ERROR }

    /** Rows shown unless "show all" is on; the totals always count everything. */
    public static final int DEFAULT_LIMIT = 200;

    private final ProjectContext context;
    private final DialogService dialogs;
    private final Messages messages;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<String> codeFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> documentFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> speakerFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> unitFilter = new SimpleObjectProperty<>();
    /** A document set: only its documents are searched (within the document filter, if any). */
    private final ObjectProperty<String> setFilter = new SimpleObjectProperty<>();
    private final ObservableList<String> setNames = FXCollections.observableArrayList();
    private final BooleanProperty showAll = new SimpleBooleanProperty(false);
    private final ObservableList<String> conditions = FXCollections.observableArrayList();
    private final StringProperty conditionInput = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper conditionError = new ReadOnlyStringWrapper("");
    private final ObservableList<ActiveFilter> activeFilters = FXCollections.observableArrayList();

    private final ObservableList<KwicRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper syntaxError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper shownQuery = new ReadOnlyStringWrapper("");
    private final ReadOnlyLongWrapper totalHits = new ReadOnlyLongWrapper(0);
    private final ReadOnlyLongWrapper totalPassages = new ReadOnlyLongWrapper(0);
    private final ReadOnlyBooleanWrapper limited = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canCodeAll = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper coding = new ReadOnlyBooleanWrapper(false);

    private final ObservableList<String> codePaths = FXCollections.observableArrayList();
    private final ObservableList<String> documentNames = FXCollections.observableArrayList();
    private final ObservableList<String> speakers = FXCollections.observableArrayList();
    private final ObservableList<String> units = FXCollections.observableArrayList();
    private Map<Long, String> pathById = Map.of();
    private Set<Long> knownDocuments = Set.of();
    private boolean documentChoicesStale;

    private record Run(String query, SearchFilters filters) {
    }

    private Run lastRun;
    private final LatestOnly searches = new LatestOnly();
    private boolean batch;
    private ChangeSet handledChange;
    private final ChangeListener<Number> dataTick = (o, before, now) -> dataChanged();

    public SearchViewModel(ProjectContext context, DialogService dialogs) {
        this.context = context;
        this.dialogs = dialogs;
        this.messages = context.messages();
        title.set(messages.get("search.title"));
        ChangeListener<String> refilter = (o, before, now) -> {
            if (!batch) {
                search();
            }
        };
        codeFilter.addListener(refilter);
        documentFilter.addListener(refilter);
        speakerFilter.addListener(refilter);
        unitFilter.addListener(refilter);
        setFilter.addListener(refilter);
        setFilter.addListener((o, a, b) -> listActiveFilters());
        showAll.addListener((o, before, now) -> {
            if (!batch && lastRun != null) {
                search();
            }
        });
        codeFilter.addListener((o, a, b) -> listActiveFilters());
        documentFilter.addListener((o, a, b) -> listActiveFilters());
        speakerFilter.addListener((o, a, b) -> listActiveFilters());
        unitFilter.addListener((o, a, b) -> listActiveFilters());
        conditions.addListener((javafx.collections.ListChangeListener<String>) c -> listActiveFilters());
        context.dataVersionProperty().addListener(dataTick);
        loadChoices();
    }

    // ---- state for the view

    /** The query text being typed; {@link #search()} runs it. */
    public StringProperty queryProperty() {
        return query;
    }

    /** A code path ("Parent/Child"), or null; the filter includes the code's sub-codes. */
    public ObjectProperty<String> codeFilterProperty() {
        return codeFilter;
    }

    public ObjectProperty<String> documentFilterProperty() {
        return documentFilter;
    }

    public ObjectProperty<String> speakerFilterProperty() {
        return speakerFilter;
    }

    public ObjectProperty<String> unitFilterProperty() {
        return unitFilter;
    }

    /** A document set's name, or null: only the set's documents are searched. */
    public ObjectProperty<String> setFilterProperty() {
        return setFilter;
    }

    /** The document sets to choose from. */
    public ObservableList<String> setNames() {
        return setNames;
    }

    /** Variable conditions that must all hold ({@code psych_safety >= 4}, {@code role = leader}), shown as chips. */
    public ObservableList<String> conditions() {
        return FXCollections.unmodifiableObservableList(conditions);
    }

    /**
     * Every filter in force, in words, for the chips: "Code: …", "Document: …", "Speaker: …", "Unit: …", then each "Where …"
     * condition. Removing one searches again at once. Exactly the filters the search uses, no more and no fewer.
     */
    public ObservableList<ActiveFilter> activeFilters() {
        return FXCollections.unmodifiableObservableList(activeFilters);
    }

    /** The condition being typed; {@link #addCondition()} checks and adds it. */
    public StringProperty conditionInputProperty() {
        return conditionInput;
    }

    /** Why the typed condition cannot be read, or names no known variable; empty when all is well. */
    public ReadOnlyStringProperty conditionErrorProperty() {
        return conditionError.getReadOnlyProperty();
    }

    /** List every hit instead of the first {@value #DEFAULT_LIMIT}. */
    public BooleanProperty showAllProperty() {
        return showAll;
    }

    public ObservableList<KwicRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** "57 hits in 41 passages", empty before a search. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the query cannot be read, in the user's words; empty when it can. */
    public ReadOnlyStringProperty syntaxErrorProperty() {
        return syntaxError.getReadOnlyProperty();
    }

    /** What the last "code all hits" did. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** A title for the dock tab: 'Search "fejl*" (57 hits)'. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The query whose results are shown. */
    public ReadOnlyStringProperty shownQueryProperty() {
        return shownQuery.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty totalHitsProperty() {
        return totalHits.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty totalPassagesProperty() {
        return totalPassages.getReadOnlyProperty();
    }

    /** True when more hits exist than are listed (see {@link #showAllProperty()}). */
    public ReadOnlyBooleanProperty limitedProperty() {
        return limited.getReadOnlyProperty();
    }

    /** True when the last search found hits and no coding is under way. */
    public ReadOnlyBooleanProperty canCodeAllProperty() {
        return canCodeAll.getReadOnlyProperty();
    }

    public ObservableList<String> codePaths() {
        return codePaths;
    }

    public ObservableList<String> documentNames() {
        return documentNames;
    }

    public ObservableList<String> speakers() {
        return speakers;
    }

    public ObservableList<String> units() {
        return units;
    }

    public Messages messages() {
        return messages;
    }

    /** The languages of the project's documents in the user's language ("Danish, English"), for the note on stemming. */
    public String languageName() {
        var present = context.session().languages().present();
        var languages = present.isEmpty() ? java.util.Set.of(context.session().search().language()) : present;
        return languages.stream().map(l -> l.locale().getDisplayLanguage(messages.locale()))
                        .collect(java.util.stream.Collectors.joining(", "));
    }

    // ---- actions

    /** Sets the query and runs it. */
    public void search(String text) {
        query.set(text == null ? "" : text);
        search();
    }

    /** Runs the current query with the current filters in the background; a blank query with no filter clears the results. */
    public void search() {
        String q = query.get() == null ? "" : query.get().strip();
        SearchFilters chosen = filters();
        String set = setFilter.get();
        LatestOnly.Ticket gen = searches.start();
        if (q.isEmpty() && chosen.equals(SearchFilters.NONE) && set == null) {
            clearResults();
            return;
        }
        int limit = showAll.get() ? 0 : DEFAULT_LIMIT;
        status.set("");
        state.set(State.SEARCHING);
        canCodeAll.set(false);
        ProjectSession session = context.session();
        record Found(SearchFilters filters, SearchResult result) {
        }
        context.tasks().submit(messages.get("search.task", q), progress -> {
                // a set narrows the documents to its members; no member left is said, never "0 hits" by accident
                SearchFilters filters = chosen;
                if (set != null) {
                    try {
                        filters = new SearchFilters(chosen.codePaths(), session.names().documentsAndSets(chosen.documentNames(), List.of(set)),
                                                    chosen.speakers(), chosen.units(), chosen.conditions());
                    } catch (dev.passage.errors.PassageException e) {
                        throw new dev.passage.search.SearchFilterException(e.text());
                    }
                }
                return new Found(filters, session.search().search(q, filters, limit));
            },
            found -> {
                if (gen.isCurrent()) {
                    show(q, found.filters(), limit, found.result());
                }
            },
            error -> {
                if (gen.isCurrent()) {
                    failed(error);
                }
            });
    }

    /**
     * Reads the typed condition: a syntax error stays inline (nothing is added); a readable one becomes a chip and the search
     * runs again (a variable the project does not have is reported inline by that search).
     */
    public boolean addCondition() {
        String text = conditionInput.get() == null ? "" : conditionInput.get().strip();
        if (text.isEmpty()) {
            conditionError.set("");
            return false;
        }
        try {
            Condition.parse(text);
        } catch (ConditionSyntaxException e) {
            conditionError.set(messages.message(e));
            return false;
        }
        conditionError.set("");
        if (!conditions.contains(text)) {
            conditions.add(text);
        }
        conditionInput.set("");
        search();
        return true;
    }

    /** Removes a condition chip and searches again. */
    public void removeCondition(String condition) {
        if (conditions.remove(condition)) {
            conditionError.set("");
            search();
        }
    }

    /** Clears all filters (code, document, speaker, unit and the conditions) and searches once. */
    public void clearFilters() {
        batch = true;
        try {
            conditions.clear();
            conditionError.set("");
            codeFilter.set(null);
            documentFilter.set(null);
            speakerFilter.set(null);
            unitFilter.set(null);
            setFilter.set(null);
        } finally {
            batch = false;
        }
        search();
    }

    /** Shows a hit in the transcript. */
    public void open(KwicRow row) {
        if (row != null) {
            context.navigateTo(row.location());
        }
    }

    /** The code path to offer first in "code all hits": the code selected in the codebook, if any. */
    public Optional<String> suggestedCodePath() {
        Long selected = context.selectedCodeProperty().get();
        return Optional.ofNullable(selected == null ? null : pathById.get(selected));
    }

    /** Whether {@code path} names an existing code (exactly, or ignoring case as the core does). */
    public boolean isExistingCode(String path) {
        if (path == null || path.isBlank()) {
            return false;
        }
        try {
            String p = normalisePath(path);
            return codePaths.stream().anyMatch(c -> c.equalsIgnoreCase(p));
        } catch (CodingException e) {
            return false;
        }
    }

    /**
     * Codes every hit of the last search (the hit, its sentence or its turn) with the code at {@code codePath}, creating the
     * code first when it does not exist. One undoable edit for the codings (a new code is a step of its own).
     */
    public void codeAllHits(String codePath, Scope scope) {
        Run run = lastRun;
        if (run == null || totalHits.get() == 0 || codePath == null || codePath.isBlank() || coding.get()) {
            return;
        }
        String path;
        try {
            path = normalisePath(codePath);
        } catch (CodingException e) {
            dialogs.showError(messages.get("search.codeAllFailedTitle"), messages.message(e));
            return;
        }
        HitScope hitScope = HitScope.valueOf(scope.name());
        ProjectSession session = context.session();
        record Coded(long codeId, String name, int count, boolean created) {
        }
        coding.set(true);
        canCodeAll.set(false);
        status.set("");
        context.tasks().submit(messages.get("search.codingTask", run.query()), progress -> {
            Codebook book = session.codebook().codebook();
            Optional<Code> existing = book.findByPath(path);
            Code code = existing.isPresent() ? existing.get() : session.codebook().addPath(path, null, null);
            List<HitRange> hits = session.search().hitRanges(run.query(), run.filters());
            List<Coding> made = session.autoCoder().codeHits(run.query(), hits, code.id(), hitScope);
            return new Coded(code.id(), session.codebook().codebook().path(code.id()), made.size(), existing.isEmpty());
        }, done -> {
            coding.set(false);
            updateCanCodeAll();
            context.codeUsed(done.codeId());
            if (done.created()) {
                status.set(messages.get("search.createdAndCoded", done.count(), done.name()));
            } else if (done.count() == 0) {
                status.set(messages.get("search.codedNone", done.name()));
            } else {
                status.set(messages.get("search.coded", done.count(), done.name()));
            }
        }, error -> {
            coding.set(false);
            updateCanCodeAll();
            dialogs.showError(messages.get("search.codeAllFailedTitle"), describe(error));
        });
    }

    /** Loads the filter choices (code paths, documents, speakers, units) in the background. */
    public void loadChoices() {
        ProjectSession session = context.session();
        record Choices(List<String> codes, Map<Long, String> paths, List<String> docs, Set<Long> docIds, List<String> speakers,
                       List<String> units, List<String> sets) {
        }
        context.tasks().submit(messages.get("search.choicesTask"), progress -> {
            Codebook book = session.codebook().codebook();
            List<String> codes = new ArrayList<>();
            Map<Long, String> paths = new HashMap<>();
            for (Code c : book.all()) {
                String p = book.path(c.id());
                codes.add(p);
                paths.put(c.id(), p);
            }
            SearchChoices choices = session.searchChoices();
            List<DocumentSummary> docs = choices.documents();
            Set<Long> ids = new HashSet<>();
            docs.forEach(d -> ids.add(d.id()));
            return new Choices(codes, paths, docs.stream().map(DocumentSummary::name).toList(), ids, choices.speakers(),
                               choices.units().stream().map(Unit::name).toList(),
                               session.documents().sets().stream().map(dev.passage.model.DocumentSet::name).toList());
        }, c -> {
            pathById = c.paths();
            knownDocuments = c.docIds();
            documentChoicesStale = false;
            codePaths.setAll(c.codes());
            documentNames.setAll(c.docs());
            speakers.setAll(c.speakers());
            units.setAll(c.units());
            setNames.setAll(c.sets());
            batch = true;
            boolean dropped = false;
            try {
                dropped |= dropIfGone(codeFilter, codePaths);
                dropped |= dropIfGone(documentFilter, documentNames);
                dropped |= dropIfGone(speakerFilter, speakers);
                dropped |= dropIfGone(unitFilter, units);
                dropped |= dropIfGone(setFilter, setNames);
            } finally {
                batch = false;
            }
            if (dropped) {
                search();
            }
        }, error -> dialogs.showError(messages.get("search.failedTitle"), describe(error)));
    }

    /** Reloads document, speaker and unit choices if documents changed since they were loaded (cheap to call often). */
    public void refreshChoicesIfStale() {
        if (documentChoicesStale) {
            loadChoices();
        }
    }

    /** Stops following the project (for a view that is closed). */
    public void dispose() {
        context.dataVersionProperty().removeListener(dataTick);
    }

    // ---- internals

    private SearchFilters filters() {
        return new SearchFilters(listOf(codeFilter.get()), listOf(documentFilter.get()), listOf(speakerFilter.get()),
                                 listOf(unitFilter.get()), List.copyOf(conditions));
    }

    private void listActiveFilters() {
        List<ActiveFilter> out = new ArrayList<>();
        chip(out, "search.chipCode", codeFilter);
        chip(out, "search.chipDocument", documentFilter);
        chip(out, "search.chipSet", setFilter);
        chip(out, "search.chipSpeaker", speakerFilter);
        chip(out, "search.chipUnit", unitFilter);
        for (String c : conditions) {
            out.add(new ActiveFilter(messages.get("search.chipWhere", c), () -> removeCondition(c)));
        }
        activeFilters.setAll(out);
    }

    private void chip(List<ActiveFilter> out, String key, ObjectProperty<String> filter) {
        String value = filter.get();
        if (value != null && !value.isBlank()) {
            out.add(new ActiveFilter(messages.get(key, value), () -> filter.set(null)));
        }
    }

    private static List<String> listOf(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value);
    }

    private void show(String q, SearchFilters filters, int limit, SearchResult result) {
        List<KwicRow> out = new ArrayList<>(result.hits().size());
        for (KwicHit h : result.hits()) {
            out.add(new KwicRow(h.documentId(), h.documentName(), h.speaker() == null ? "" : h.speaker(), h.start(), h.end(), h.left(),
                                h.hit(), h.right()));
        }
        rows.setAll(out);
        lastRun = new Run(q, filters);
        shownQuery.set(q);
        syntaxError.set("");
        if (conditionInput.get() == null || conditionInput.get().isBlank()) {
            conditionError.set("");
        }
        totalHits.set(result.totalHits());
        totalPassages.set(result.totalSegments());
        limited.set(limit > 0 && result.totalHits() > out.size());
        summary.set(messages.get("search.summary", result.totalHits(), result.totalSegments()));
        state.set(out.isEmpty() ? State.NO_HITS : State.RESULTS);
        title.set(messages.get("search.titleWithQuery", q.isEmpty() ? "*" : q, result.totalHits()));
        updateCanCodeAll();
    }

    private void failed(Throwable error) {
        if (error instanceof CaseDataException) {
            conditionError.set(messages.message(error)); // a condition naming no (or an ambiguous) variable, or a value of the wrong kind
        }
        if (error instanceof SearchSyntaxException || error instanceof CodingException || error instanceof SearchFilterException
            || error instanceof CaseDataException) {
            rows.clear();
            lastRun = null;
            totalHits.set(0);
            totalPassages.set(0);
            limited.set(false);
            summary.set("");
            syntaxError.set(error instanceof CaseDataException ? "" : messages.message(error));
            state.set(State.ERROR);
            title.set(messages.get("search.title"));
            updateCanCodeAll();
            return;
        }
        state.set(rows.isEmpty() ? State.IDLE : State.RESULTS);
        updateCanCodeAll();
        dialogs.showError(messages.get("search.failedTitle"), describe(error));
    }

    private void clearResults() {
        rows.clear();
        lastRun = null;
        shownQuery.set("");
        totalHits.set(0);
        totalPassages.set(0);
        limited.set(false);
        summary.set("");
        syntaxError.set("");
        state.set(State.IDLE);
        title.set(messages.get("search.title"));
        updateCanCodeAll();
    }

    private void updateCanCodeAll() {
        canCodeAll.set(lastRun != null && totalHits.get() > 0 && !coding.get());
    }

    private void dataChanged() {
        ChangeSet change = context.lastChangeProperty().get();
        if (change != null && change == handledChange) {
            return; // the undo history's tick after the same commit
        }
        handledChange = change;
        if (change == null || change.codebookChanged()) {
            loadChoices();
        } else if (!knownDocuments.containsAll(change.touchedDocuments())) {
            loadChoices();
        } else if (!change.touchedDocuments().isEmpty() || change.documentsArranged()) {
            documentChoicesStale = true; // a rename or unit change shows the next time a chooser opens
        }
        if (lastRun != null && codeFilter.get() != null) {
            String keepStatus = status.get();
            search();
            status.set(keepStatus);
        }
    }

    private static boolean dropIfGone(ObjectProperty<String> filter, List<String> choices) {
        if (filter.get() != null && !choices.contains(filter.get())) {
            filter.set(null);
            return true;
        }
        return false;
    }

    private static String normalisePath(String path) {
        return String.join(Codebook.SEPARATOR, Codebook.splitPath(path));
    }

    private String describe(Throwable error) {
        String m = messages.message(error);
        return m == null || m.isBlank() ? messages.get("search.unknownError", error.getClass().getSimpleName()) : m;
    }
}
