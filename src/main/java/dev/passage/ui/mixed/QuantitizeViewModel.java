package dev.passage.ui.mixed;

import dev.passage.mixed.CodeAggregation;
import dev.passage.mixed.CodeUnitMatrix;
import dev.passage.mixed.QuantitizeResult;
import dev.passage.mixed.TidyRow;
import dev.passage.model.VariableScope;
import dev.passage.session.ProjectSession;
import dev.passage.ui.common.ActiveFilter;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.ProjectContext;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The quantitize tab: choose codes and a scope (units or survey respondents), preview the tidy unit x code table, write the
 * counts as NUMBER variables (one undoable step: Edit > Undo takes them back), or export the tidy table as CSV for R or
 * pandas.
 */
public final class QuantitizeViewModel extends Recompute<QuantitizeViewModel.Request, QuantitizeViewModel.Result> {
    record Request(List<Long> codeIds, CodeAggregation aggregation) {
    }

    record Result(CodeUnitMatrix matrix, List<TidyRow> rows, List<String> scoreNames) {
    }

    private final ObservableList<CodeChoice> codes;
    private final Map<Long, BooleanProperty> chosen = new HashMap<>();
    private final ObjectProperty<VariableScope> scope = new SimpleObjectProperty<>(VariableScope.UNIT);
    private final BooleanProperty includeSubCodes = new SimpleBooleanProperty(true);
    private final ObservableList<TidyLine> preview = FXCollections.observableArrayList();
    private final ObservableList<String> scoreNames = FXCollections.observableArrayList();
    private final ObservableList<ActiveFilter> activeFilters = FXCollections.observableArrayList();
    private Result result;
    private boolean bulk;

    /** {@code codes}: every code in codebook order, kept up to date by the joint displays model; all are chosen at first. */
    public QuantitizeViewModel(ProjectContext context, DialogService dialogs, ObservableList<CodeChoice> codes) {
        super(context, dialogs);
        this.codes = codes;
        codes.addListener((ListChangeListener<CodeChoice>) c -> {
            codes.forEach(this::chosenProperty);
            listActiveFilters();
        });
        includeSubCodes.addListener((o, a, b) -> refresh());
    }

    public ObservableList<CodeChoice> codes() {
        return codes;
    }

    /** Whether a code is among those to quantitize (new codes start chosen). */
    public BooleanProperty chosenProperty(CodeChoice code) {
        return chosen.computeIfAbsent(code.id(), id -> {
            BooleanProperty p = new SimpleBooleanProperty(true);
            p.addListener((o, a, b) -> {
                if (!bulk) {
                    listActiveFilters();
                    refresh();
                }
            });
            return p;
        });
    }

    /** Chooses every code, or none. */
    public void chooseAll(boolean all) {
        bulk = true;
        try {
            codes.forEach(c -> chosenProperty(c).set(all));
        } finally {
            bulk = false;
        }
        listActiveFilters();
        refresh();
    }

    /**
     * The filter in force, for the chip: "Codes: 3 of 12" while some codes are left out of the table (none when every code
     * is in it). Removing it chooses every code again.
     */
    public ObservableList<ActiveFilter> activeFilters() {
        return FXCollections.unmodifiableObservableList(activeFilters);
    }

    /** The chosen codes' ids, in codebook order. */
    public List<Long> chosenIds() {
        return codes.stream().filter(c -> chosenProperty(c).get()).map(CodeChoice::id).toList();
    }

    /** UNIT (code:PATH:segments / share_chars / share_carriers per unit) or RESPONDENT (segments / share_chars / carries). */
    public ObjectProperty<VariableScope> scopeProperty() {
        return scope;
    }

    public List<VariableScope> scopes() {
        return List.of(VariableScope.UNIT, VariableScope.RESPONDENT);
    }

    public BooleanProperty includeSubCodesProperty() {
        return includeSubCodes;
    }

    /** The tidy table: one line per unit and chosen code. */
    public ObservableList<TidyLine> preview() {
        return preview;
    }

    /** The unit variables that are columns of the tidy table (quantitized ones excepted). */
    public ObservableList<String> scoreNames() {
        return scoreNames;
    }

    // ---- actions

    /** Writes the chosen codes' counts as variables of the chosen scope, in one undoable step. */
    public void writeVariables() {
        List<Long> ids = chosenIds();
        if (ids.isEmpty()) {
            return;
        }
        VariableScope s = scope.get();
        CodeAggregation aggregation = aggregation();
        ProjectSession session = context.session();
        context.tasks().submit(messages.get("mixed.quantitize.task", ids.size()), p -> session.mixed().quantitize(ids, s, aggregation),
                               (QuantitizeResult r) -> dialogs.showInfo(messages.get("mixed.quantitize.doneTitle"),
                                   messages.get("mixed.quantitize.done", r.variables().size(), r.created(), r.values(),
                                                messages.get("mixed.scope." + r.scope().name())) + "\n\n" + r.definition()),
                               e -> dialogs.showError(messages.get("mixed.quantitize.failed"), messages.message(e)));
    }

    /** Asks where to and writes the tidy table as CSV (via the core: RFC 4180, UTF-8, NA for missing). */
    public void exportCsv() {
        Result r = result;
        if (r != null) {
            ProjectSession session = context.session();
            exportCsv("tidy-codes-by-unit.csv", file -> session.mixed().writeTidyCsv(r.matrix(), file).size());
        }
    }

    // ---- computing

    void choicesChanged() {
        codes.forEach(this::chosenProperty);
    }

    private void listActiveFilters() {
        int in = chosenIds().size();
        activeFilters.setAll(in == codes.size() ? List.of()
            : List.of(new ActiveFilter(messages.get("mixed.quantitize.chipCodes", in, codes.size()), () -> chooseAll(true))));
    }

    private CodeAggregation aggregation() {
        return includeSubCodes.get() ? CodeAggregation.AGGREGATED : CodeAggregation.CODE_ONLY;
    }

    @Override
    protected Request request() {
        List<Long> ids = chosenIds();
        return ids.isEmpty() ? null : new Request(ids, aggregation());
    }

    @Override
    protected Result compute(ProjectSession session, Request r) {
        CodeUnitMatrix m = session.mixed().matrix(r.codeIds(), r.aggregation());
        List<TidyRow> rows = session.mixed().tidy(m);
        Set<String> names = new LinkedHashSet<>();
        rows.forEach(row -> names.addAll(row.scores().keySet()));
        return new Result(m, rows, List.copyOf(names));
    }

    @Override
    protected void show(Result r) {
        result = r;
        scoreNames.setAll(r.scoreNames());
        List<TidyLine> out = new ArrayList<>(r.rows().size());
        for (TidyRow row : r.rows()) {
            out.add(new TidyLine(row.unit(), row.codePath(), new Counts(row.segments(), row.codedChars(), row.unitChars(), row.shareChars(),
                                                                        row.carriers(), row.carrierTotal(), row.shareCarriers()),
                                 r.scoreNames().stream().map(n -> row.scores().get(n)).toList()));
        }
        preview.setAll(out);
    }

    @Override
    protected void clear() {
        result = null;
        preview.clear();
        scoreNames.clear();
    }

    @Override
    protected String taskTitle() {
        return messages.get("mixed.quantitize.previewTask");
    }
}
