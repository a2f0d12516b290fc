package dev.passage.ui.mixed;

import dev.passage.coding.Codebook;
import dev.passage.mixed.BootstrapSettings;
import dev.passage.mixed.CodeAggregation;
import dev.passage.mixed.Correlation;
import dev.passage.mixed.ExcludedUnit;
import dev.passage.mixed.JointDisplay;
import dev.passage.mixed.PrevalenceMeasure;
import dev.passage.mixed.QuoteDisplay;
import dev.passage.mixed.QuoteSelection;
import dev.passage.mixed.UnitQuotes;
import dev.passage.model.Variable;
import dev.passage.session.ProjectSession;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.LatestOnly;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.segments.SegmentRow;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
 * Codes by unit score: one code's prevalence per unit against a NUMBER unit variable (a scatter plot with the units named),
 * Spearman's rho and Pearson's r with n, p and a 95% bootstrap interval, the units left out and why, and side-by-side quotes
 * from the highest- and lowest-scoring units. Selecting a point lists that unit's segments of the code.
 */
public final class ScoreViewModel extends Recompute<ScoreViewModel.Request, ScoreViewModel.Result> {
    /** Units per side of the quotes, and quotes per unit (the longest segments, which say most). */
    static final int UNITS_PER_SIDE = 3;
    static final int QUOTES_PER_UNIT = 2;

    record Request(long codeId, Variable score, PrevalenceMeasure measure, CodeAggregation aggregation, List<String> conditions) {
    }

    record Result(long codeId, JointDisplay joint, QuoteDisplay quotes, Codebook book) {
    }

    private final ObservableList<CodeChoice> codes;
    private final ObservableList<Variable> scores;
    private final ObjectProperty<CodeChoice> code = new SimpleObjectProperty<>();
    private final ObjectProperty<Variable> score = new SimpleObjectProperty<>();
    private final ObjectProperty<Measure> measure = new SimpleObjectProperty<>(Measure.CARRIER_SHARE);
    private final BooleanProperty includeSubCodes = new SimpleBooleanProperty(true);
    private final ObservableList<ScorePoint> points = FXCollections.observableArrayList();
    private final ObservableList<Exclusion> excluded = FXCollections.observableArrayList();
    private final ObservableList<QuoteBlock> highest = FXCollections.observableArrayList();
    private final ObservableList<QuoteBlock> lowest = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Stat> spearman = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Stat> pearson = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper definition = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper xTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper yTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unitTitle = new ReadOnlyStringWrapper("");
    private final ObservableList<SegmentRow> unitSegments = FXCollections.observableArrayList();
    private JointDisplay joint;
    private final LatestOnly unitLoads = new LatestOnly();
    /** The chosen code was deleted: the display stays empty until a code is chosen. */
    private boolean gone;

    /** {@code codes} and {@code scores} (the NUMBER unit variables) are kept up to date by the joint displays model. */
    public ScoreViewModel(ProjectContext context, DialogService dialogs, ObservableList<CodeChoice> codes, ObservableList<Variable> scores) {
        super(context, dialogs);
        this.codes = codes;
        this.scores = scores;
        code.addListener((o, a, b) -> {
            if (b != null && gone) {
                gone = false;
                say("");
            }
            if (!Objects.equals(a, b)) {
                refresh();
            }
        });
        score.addListener((o, a, b) -> {
            if (!Objects.equals(a, b)) {
                refresh();
            }
        });
        measure.addListener((o, a, b) -> refresh());
        includeSubCodes.addListener((o, a, b) -> refresh());
        context.selectedCodeProperty().addListener((o, a, b) -> followCodebook());
    }

    public ObservableList<CodeChoice> codes() {
        return codes;
    }

    /** The NUMBER unit variables to choose the score from. */
    public ObservableList<Variable> scores() {
        return scores;
    }

    /** The code; it follows the code selected in the codebook. */
    public ObjectProperty<CodeChoice> codeProperty() {
        return code;
    }

    public ObjectProperty<Variable> scoreProperty() {
        return score;
    }

    /** {@link Measure#CARRIER_SHARE} or {@link Measure#CODED_SHARE}. */
    public ObjectProperty<Measure> measureProperty() {
        return measure;
    }

    public BooleanProperty includeSubCodesProperty() {
        return includeSubCodes;
    }

    /** The measures this display offers (correlations need a share, so not segments). */
    public List<Measure> measures() {
        return List.of(Measure.CARRIER_SHARE, Measure.CODED_SHARE);
    }

    public ObservableList<ScorePoint> points() {
        return points;
    }

    public ObservableList<Exclusion> excluded() {
        return excluded;
    }

    /** The highest-scoring units, best first. */
    public ObservableList<QuoteBlock> highest() {
        return highest;
    }

    /** The lowest-scoring units, lowest first. */
    public ObservableList<QuoteBlock> lowest() {
        return lowest;
    }

    public ReadOnlyObjectProperty<Stat> spearmanProperty() {
        return spearman.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Stat> pearsonProperty() {
        return pearson.getReadOnlyProperty();
    }

    /** How the prevalence, the score, both correlations and the quotes are defined (several lines). */
    public ReadOnlyStringProperty definitionProperty() {
        return definition.getReadOnlyProperty();
    }

    /** The x axis: the score variable's name. */
    public ReadOnlyStringProperty xTitleProperty() {
        return xTitle.getReadOnlyProperty();
    }

    /** The y axis: the measure and the code, in %. */
    public ReadOnlyStringProperty yTitleProperty() {
        return yTitle.getReadOnlyProperty();
    }

    /** What the unit's segment list shows: 'Speaking up in Jobcenter: 4 segments'. */
    public ReadOnlyStringProperty unitTitleProperty() {
        return unitTitle.getReadOnlyProperty();
    }

    public ObservableList<SegmentRow> unitSegments() {
        return unitSegments;
    }

    // ---- actions

    /** Lists the chosen code's segments in the unit of a point (or of a quote block). */
    public void selectUnit(long unitId, String unitName) {
        CodeChoice c = code.get();
        LatestOnly.Ticket gen = unitLoads.start();
        unitSegments.clear();
        if (c == null) {
            return;
        }
        boolean sub = includeSubCodes.get();
        List<String> where = conditions();
        ProjectSession session = context.session();
        unitTitle.set(messages.get("mixed.loadingSegments"));
        context.tasks().submit(messages.get("mixed.segmentsTask", c.name(), unitName), p -> UnitSegments.load(session, c.id(), sub, unitId, where),
                               rows -> {
                                   if (gen.isCurrent()) {
                                       unitSegments.setAll(rows);
                                       unitTitle.set(messages.get("mixed.cellTitle", c.name(), unitName, rows.size()));
                                   }
                               }, e -> {
                                   if (gen.isCurrent()) {
                                       unitTitle.set(messages.message(e));
                                   }
                               });
    }

    /** Shows a segment (a quote, or one of a unit's segments) in the transcript. */
    public void open(SegmentRow row) {
        if (row != null) {
            context.navigateTo(row.location());
        }
    }

    /** Asks where to and writes one row per unit: score, prevalence and counts, or the reason it is left out. */
    public void exportCsv() {
        JointDisplay j = joint;
        if (j == null) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (ScorePoint p : points) {
            Counts c = p.counts();
            rows.add(List.of(p.unitName(), CsvExport.number(p.score()), CsvExport.number(p.prevalence()), Integer.toString(c.segments()),
                             Integer.toString(c.carriers()), Integer.toString(c.carrierTotal()), Long.toString(c.codedChars()),
                             Long.toString(c.textChars()), "included"));
        }
        for (ExcludedUnit e : j.excluded()) {
            rows.add(List.of(e.unitName(), CsvExport.MISSING, CsvExport.MISSING, CsvExport.MISSING, CsvExport.MISSING, CsvExport.MISSING,
                             CsvExport.MISSING, CsvExport.MISSING, "excluded: " + e.reason()));
        }
        String measureColumn = j.measure() == PrevalenceMeasure.CARRIERS ? "share_carriers" : "share_chars";
        List<String> header = List.of("unit", j.variable(), measureColumn, "segments", "carriers", "carrier_total", "coded_chars",
                                      "unit_chars", "status");
        exportCsv("codes-by-score.csv", file -> {
            CsvExport.write(file, header, rows);
            return rows.size();
        });
    }

    // ---- computing

    /**
     * Keeps the chosen code by id (renamed or moved, it shows its new path); when it was deleted or merged away the display
     * clears and says so, and no other code slips in. Without a choice yet it picks the codebook's selected code or the
     * first. Keeps the score if it still exists.
     */
    void choicesChanged() {
        CodeChoice chosen = code.get();
        if (chosen != null) {
            CodeChoice now = codes.stream().filter(c -> c.id() == chosen.id()).findFirst().orElse(null);
            if (now == null) {
                gone = true;
                code.set(null);
                say(messages.get("mixed.codeGone", chosen.path()));
            } else {
                code.set(now);
            }
        } else if (!gone) {
            code.set(codes.stream().filter(c -> Objects.equals(c.id(), context.selectedCodeProperty().get())).findFirst()
                          .orElse(codes.isEmpty() ? null : codes.getFirst()));
        }
        Variable s = score.get();
        score.set(s == null ? (scores.isEmpty() ? null : scores.getFirst())
                            : scores.stream().filter(v -> v.id() == s.id()).findFirst().orElse(scores.isEmpty() ? null : scores.getFirst()));
    }

    private void followCodebook() {
        Long id = context.selectedCodeProperty().get();
        if (id != null) {
            codes.stream().filter(c -> c.id() == id).findFirst().ifPresent(code::set);
        }
    }

    @Override
    protected Request request() {
        if (code.get() == null || score.get() == null) {
            return null;
        }
        PrevalenceMeasure m = measure.get() == Measure.CODED_SHARE ? PrevalenceMeasure.CHARS : PrevalenceMeasure.CARRIERS;
        return new Request(code.get().id(), score.get(), m, includeSubCodes.get() ? CodeAggregation.AGGREGATED : CodeAggregation.CODE_ONLY,
                           conditions());
    }

    @Override
    protected Result compute(ProjectSession session, Request r) {
        JointDisplay j = session.mixed().joint(r.codeId(), r.score(), r.measure(), r.aggregation(), BootstrapSettings.DEFAULT,
                                               r.conditions());
        QuoteDisplay q = session.mixed().quotes(r.codeId(), r.score(), QuoteSelection.LONGEST, QUOTES_PER_UNIT, UNITS_PER_SIDE,
                                                r.aggregation(), r.conditions());
        return new Result(r.codeId(), j, q, session.codebook().codebook());
    }

    @Override
    protected void show(Result r) {
        joint = r.joint();
        JointDisplay j = r.joint();
        points.setAll(j.points().stream()
                       .map(p -> new ScorePoint(p.unitId(), p.unitName(), p.score(), p.prevalence(), CoreRows.counts(p.tally()))).toList());
        excluded.setAll(j.excluded().stream().map(e -> new Exclusion(e.unitId(), e.unitName(), reason(e.reason()))).toList());
        spearman.set(stat(j.spearman()));
        pearson.set(stat(j.pearson()));
        highest.setAll(r.quotes().highest().stream().map(u -> block(u, r.book())).toList());
        lowest.setAll(r.quotes().lowest().stream().map(u -> block(u, r.book())).toList());
        definition.set(j.definition() + "\n" + r.quotes().definition());
        String codeName = r.book().find(r.codeId()).map(c -> c.name()).orElse(j.codePath()); // the numbers' own code
        xTitle.set(j.variable());
        yTitle.set(messages.get(j.measure() == PrevalenceMeasure.CARRIERS ? "mixed.score.yCarriers" : "mixed.score.yChars", codeName));
        unitSegments.clear();
        unitTitle.set("");
    }

    @Override
    protected void clear() {
        joint = null;
        points.clear();
        excluded.clear();
        highest.clear();
        lowest.clear();
        spearman.set(null);
        pearson.set(null);
        definition.set("");
        unitSegments.clear();
        unitTitle.set("");
    }

    @Override
    protected String taskTitle() {
        return messages.get("mixed.score.task", code.get() == null ? "" : code.get().name(), score.get() == null ? "" : score.get().name());
    }

    /** The display last shown, or null (for tests). */
    JointDisplay joint() {
        return joint;
    }

    private String reason(String coreReason) {
        return switch (coreReason) {
            case "no text" -> messages.get("mixed.reason.noText");
            case "no score" -> messages.get("mixed.reason.noScore");
            case "no text and no score" -> messages.get("mixed.reason.neither");
            default -> coreReason;
        };
    }

    private static Stat stat(Correlation c) {
        String why = c.notComputable().startsWith("not computable: ") ? c.notComputable().substring("not computable: ".length())
                                                                       : c.notComputable();
        return new Stat(c.method(), c.n(), c.coefficient(), c.pValue(), c.ciLow(), c.ciHigh(), c.resamples(), why, c.ciNote(),
                        c.definition());
    }

    private static QuoteBlock block(UnitQuotes u, Codebook book) {
        return new QuoteBlock(u.rank(), u.unitId(), u.unitName(), u.score(), u.segments(),
                              u.quotes().stream().map(s -> CoreRows.segment(s, book)).toList());
    }
}
