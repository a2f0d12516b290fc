package dev.passage.ui.mixed;

import dev.passage.coding.Codebook;
import dev.passage.mixed.CodeAggregation;
import dev.passage.mixed.Crosstab;
import dev.passage.mixed.CrosstabCell;
import dev.passage.mixed.CrosstabRow;
import dev.passage.mixed.GroupSplit;
import dev.passage.model.Variable;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;
import dev.passage.session.ProjectSession;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.ProjectContext;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The crosstab tab: every code by the groups of a variable (its labels, or tertiles or a threshold of a number), with
 * carriers, column % and segments per group, the group sizes and the "missing" group. The chart shows the column % of the
 * codes chosen in {@link #chartLines()}.
 */
public final class CrosstabViewModel extends Recompute<CrosstabViewModel.Request, CrosstabViewModel.Result> {
    record Request(Variable variable, GroupSplit split, CodeAggregation aggregation, List<String> conditions) {
    }

    record Result(Crosstab crosstab, Codebook book) {
    }

    private final ObservableList<Variable> variables;
    private final ObjectProperty<Variable> variable = new SimpleObjectProperty<>();
    private final ObservableList<Split> splits = FXCollections.observableArrayList();
    private final ObjectProperty<Split> split = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> threshold = new SimpleObjectProperty<>();
    private final BooleanProperty includeSubCodes = new SimpleBooleanProperty(true);
    private final ObservableList<GroupColumn> groups = FXCollections.observableArrayList();
    private final ObservableList<CrosstabLine> lines = FXCollections.observableArrayList();
    private final ObservableList<CrosstabLine> chartLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper definition = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private Crosstab crosstab;

    /** {@code variables}: every variable, kept up to date by the joint displays model. */
    public CrosstabViewModel(ProjectContext context, DialogService dialogs, ObservableList<Variable> variables) {
        super(context, dialogs);
        this.variables = variables;
        variable.addListener((o, a, b) -> {
            if (!Objects.equals(a, b)) {
                variableChosen();
            }
        });
        split.addListener((o, a, b) -> {
            if (!Objects.equals(a, b)) {
                refresh();
            }
        });
        threshold.addListener((o, a, b) -> {
            if (split.get() == Split.THRESHOLD && !Objects.equals(a, b)) {
                refresh();
            }
        });
        includeSubCodes.addListener((o, a, b) -> refresh());
    }

    /** Every variable (units', documents' and respondents'). */
    public ObservableList<Variable> variables() {
        return variables;
    }

    public ObjectProperty<Variable> variableProperty() {
        return variable;
    }

    /** The splits the chosen variable allows: labels for categories and texts, tertiles or a threshold for numbers and dates. */
    public ObservableList<Split> splits() {
        return splits;
    }

    public ObjectProperty<Split> splitProperty() {
        return split;
    }

    /** The threshold of {@link Split#THRESHOLD}: groups "≤ t" and "> t"; null until entered. */
    public ObjectProperty<Double> thresholdProperty() {
        return threshold;
    }

    public BooleanProperty includeSubCodesProperty() {
        return includeSubCodes;
    }

    /** The groups (columns), "missing" last when there is one. */
    public ObservableList<GroupColumn> groups() {
        return groups;
    }

    public ObservableList<CrosstabLine> lines() {
        return lines;
    }

    /** The codes the bar chart shows (the view puts the table's selection here; the first code when none is selected). */
    public ObservableList<CrosstabLine> chartLines() {
        return chartLines;
    }

    public ReadOnlyStringProperty definitionProperty() {
        return definition.getReadOnlyProperty();
    }

    /** What is counted, in one line: 'Counted: interview documents and survey respondents · 3 groups · 2 documents in no group'. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Asks where to and writes one row per code and group (and the total): carriers, group size, column %, segments. */
    public void exportCsv() {
        Crosstab c = crosstab;
        if (c == null) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (CrosstabRow r : c.rows()) {
            List<CrosstabCell> cells = new ArrayList<>(r.cells());
            cells.add(r.total());
            for (CrosstabCell cell : cells) {
                rows.add(List.of(r.codePath(), cell.group(), Integer.toString(cell.groupSize()), Integer.toString(cell.carriers()),
                                 CsvExport.number(cell.columnPercent()), Integer.toString(cell.segments())));
            }
        }
        exportCsv("crosstab-" + c.variable() + ".csv", file -> {
            CsvExport.write(file, List.of("code_path", c.variable(), "group_size", "carriers", "column_percent", "segments"), rows);
            return rows.size();
        });
    }

    // ---- computing

    /** Keeps the chosen variable if it still exists, else the default one. */
    void choicesChanged() {
        Variable v = variable.get();
        Variable kept = v == null ? null : variables.stream().filter(x -> x.id() == v.id()).findFirst().orElse(null);
        variable.set(kept != null ? kept : defaultVariable(variables));
    }

    /** The first numeric unit score, else the first number of any scope, else the first variable (null if none). */
    static Variable defaultVariable(List<Variable> variables) {
        return variables.stream().filter(x -> x.scope() == VariableScope.UNIT && x.type() == VariableType.NUMBER).findFirst()
                        .or(() -> variables.stream().filter(x -> x.type() == VariableType.NUMBER).findFirst())
                        .orElse(variables.isEmpty() ? null : variables.getFirst());
    }

    private void variableChosen() {
        Variable v = variable.get();
        List<Split> allowed = v == null ? List.of() : v.type().isNumeric() ? List.of(Split.TERTILES, Split.THRESHOLD) : List.of(Split.LABELS);
        Split keep = split.get() != null && allowed.contains(split.get()) ? split.get() : allowed.isEmpty() ? null : allowed.getFirst();
        splits.setAll(allowed);
        if (Objects.equals(keep, split.get())) {
            refresh();
        } else {
            split.set(keep);
        }
    }

    @Override
    protected Request request() {
        Variable v = variable.get();
        if (v == null || split.get() == null) {
            return null;
        }
        GroupSplit how = switch (split.get()) {
            case LABELS -> new GroupSplit.ByLabel();
            case TERTILES -> new GroupSplit.Tertiles();
            case THRESHOLD -> threshold.get() == null ? null : new GroupSplit.Threshold(threshold.get());
        };
        return how == null ? null : new Request(v, how, includeSubCodes.get() ? CodeAggregation.AGGREGATED : CodeAggregation.CODE_ONLY,
                                                conditions());
    }

    @Override
    protected Result compute(ProjectSession session, Request r) {
        return new Result(session.mixed().crosstab(r.variable(), r.split(), List.of(), r.aggregation(), r.conditions()), session.codebook().codebook());
    }

    @Override
    protected void show(Result r) {
        crosstab = r.crosstab();
        Crosstab c = r.crosstab();
        groups.setAll(c.groups().stream().map(g -> new GroupColumn(g.label().equals(Crosstab.MISSING) ? messages.get("mixed.crosstab.missing")
                                                                                                       : g.label(), g.size(),
                                                                   g.label().equals(Crosstab.MISSING))).toList());
        List<CrosstabLine> out = new ArrayList<>();
        for (CrosstabRow row : c.rows()) {
            r.book().find(row.codeId()).ifPresent(code -> out.add(new CrosstabLine(CoreRows.code(r.book(), code),
                row.cells().stream().map(CrosstabViewModel::cell).toList(), cell(row.total()))));
        }
        List<Long> charted = chartLines.stream().map(l -> l.code().id()).toList();
        lines.setAll(out);
        List<CrosstabLine> again = out.stream().filter(l -> charted.contains(l.code().id())).toList();
        chartLines.setAll(again.isEmpty() && !out.isEmpty() ? List.of(out.getFirst()) : again);
        definition.set(c.definition());
        summary.set(messages.get("mixed.crosstab.summary", carriers(c), c.groups().size(), c.outOfScope()));
    }

    @Override
    protected void clear() {
        crosstab = null;
        groups.clear();
        lines.clear();
        chartLines.clear();
        definition.set("");
        summary.set("");
    }

    @Override
    protected String taskTitle() {
        return messages.get("mixed.crosstab.task", variable.get() == null ? "" : variable.get().name());
    }

    /** The crosstab last shown, or null (for tests). */
    Crosstab crosstab() {
        return crosstab;
    }

    private String carriers(Crosstab c) {
        return messages.get("mixed.crosstab.carriers." + c.scope().name());
    }

    private static GroupCell cell(CrosstabCell c) {
        return new GroupCell(c.carriers(), c.groupSize(), c.columnPercent(), c.segments());
    }
}
