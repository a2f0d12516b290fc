package dev.passage.ui.mixed;

import dev.passage.coding.Codebook;
import dev.passage.mixed.CodeAggregation;
import dev.passage.mixed.CodeUnitMatrix;
import dev.passage.mixed.MatrixRow;
import dev.passage.mixed.MatrixUnit;
import dev.passage.session.ProjectSession;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.LatestOnly;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.segments.SegmentRow;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The code x unit matrix tab: every code (rows, codebook order) by every unit (columns) with row and column totals; the
 * measure shown (segments, coded share, carrier share) is a display choice and needs no recount. Selecting a cell lists
 * its segments; opening one shows it in the transcript.
 */
public final class MatrixViewModel extends Recompute<MatrixViewModel.Request, MatrixViewModel.Result> {
    /** Column index of the totals column in {@link #select}. */
    public static final int TOTAL_COLUMN = -1;

    record Request(CodeAggregation aggregation, boolean byDocument, List<String> conditions) {
    }

    record Result(CodeUnitMatrix matrix, Codebook book, Request request) {
    }

    private final ObjectProperty<Measure> measure = new SimpleObjectProperty<>(Measure.SEGMENTS);
    private final BooleanProperty includeSubCodes = new SimpleBooleanProperty(true);
    private final BooleanProperty byDocument = new SimpleBooleanProperty(false);
    private Request shown;
    private final ObservableList<MatrixColumn> columns = FXCollections.observableArrayList();
    private final ObservableList<MatrixLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper definition = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cellTitle = new ReadOnlyStringWrapper("");
    private final ObservableList<SegmentRow> cellSegments = FXCollections.observableArrayList();
    private final Map<Measure, Double> max = new HashMap<>();
    private CodeUnitMatrix matrix;
    private final LatestOnly cellLoads = new LatestOnly();

    public MatrixViewModel(ProjectContext context, DialogService dialogs) {
        super(context, dialogs);
        includeSubCodes.addListener((o, a, b) -> refresh());
        byDocument.addListener((o, a, b) -> refresh());
    }

    /** Whether the columns on screen are documents (else units). */
    public boolean showsDocuments() {
        return shown != null && shown.byDocument();
    }

    /** Columns are documents (each survey answer on its own) instead of units. */
    public BooleanProperty byDocumentProperty() {
        return byDocument;
    }

    public ObjectProperty<Measure> measureProperty() {
        return measure;
    }

    /** Counts each code together with its sub-codes (aggregated, the default) or on its own. */
    public BooleanProperty includeSubCodesProperty() {
        return includeSubCodes;
    }

    /** The unit columns, in the order of every line's cells. */
    public ObservableList<MatrixColumn> columns() {
        return columns;
    }

    /** One line per code, then the totals line (any listed code). */
    public ObservableList<MatrixLine> lines() {
        return lines;
    }

    /** How every number is computed (several lines). */
    public ReadOnlyStringProperty definitionProperty() {
        return definition.getReadOnlyProperty();
    }

    /** What the segment list shows: 'Speaking up in Hjemmepleje Nord: 5 segments'. */
    public ReadOnlyStringProperty cellTitleProperty() {
        return cellTitle.getReadOnlyProperty();
    }

    public ObservableList<SegmentRow> cellSegments() {
        return cellSegments;
    }

    /**
     * How dark a cell is shaded, 0..1: its value relative to the highest code cell (not the totals) of the current measure;
     * 0 for no text.
     */
    public double shade(Counts counts) {
        Double v = counts.value(measure.get());
        double top = max.computeIfAbsent(measure.get(), m -> lines.stream().filter(l -> !l.isTotal())
            .flatMap(l -> l.cells().stream()).map(c -> c.value(m)).filter(d -> d != null).mapToDouble(Double::doubleValue).max().orElse(0));
        return v == null || top <= 0 ? 0 : Math.min(1, v / top);
    }

    // ---- actions

    /**
     * Lists the segments of a line's code in a column ({@link #TOTAL_COLUMN}: all of them): a unit's or a document's, as
     * the matrix on screen counted them (sub-codes, Where conditions). The totals line has none.
     */
    public void select(MatrixLine line, int column) {
        LatestOnly.Ticket gen = cellLoads.start();
        cellSegments.clear();
        if (line == null || line.isTotal() || shown == null) {
            cellTitle.set(line == null || shown == null ? "" : messages.get("mixed.matrix.totalsRowHint"));
            return;
        }
        Long columnId = column == TOTAL_COLUMN ? null : columns.get(column).unitId();
        boolean documents = shown.byDocument();
        String where = column == TOTAL_COLUMN ? messages.get(documents ? "mixed.allDocuments" : "mixed.allUnits") : columns.get(column).name();
        long codeId = line.code().id();
        boolean sub = shown.aggregation() == CodeAggregation.AGGREGATED;
        List<String> conditions = shown.conditions();
        ProjectSession session = context.session();
        cellTitle.set(messages.get("mixed.loadingSegments"));
        context.tasks().submit(messages.get("mixed.segmentsTask", line.code().name(), where),
                               p -> documents ? UnitSegments.inDocument(session, codeId, sub, columnId, conditions)
                                              : UnitSegments.load(session, codeId, sub, columnId, conditions), rows -> {
                if (gen.isCurrent()) {
                    cellSegments.setAll(rows);
                    cellTitle.set(messages.get("mixed.cellTitle", line.code().name(), where, rows.size()));
                }
            }, e -> {
                if (gen.isCurrent()) {
                    cellTitle.set(messages.message(e));
                }
            });
    }

    /** Shows a segment in the transcript. */
    public void open(SegmentRow row) {
        if (row != null) {
            context.navigateTo(row.location());
        }
    }

    /** Asks where to and writes the matrix as tidy CSV (one row per unit and code, every unit variable as a column). */
    public void exportCsv() {
        CodeUnitMatrix m = matrix;
        if (m != null && shown != null && shown.byDocument()) {
            say(messages.get("mixed.matrix.csvUnitsOnly"));
            return;
        }
        if (m != null) {
            ProjectSession session = context.session();
            exportCsv("code-unit-matrix.csv", file -> session.mixed().writeTidyCsv(m, file).size());
        }
    }

    // ---- computing

    @Override
    protected Request request() {
        return new Request(includeSubCodes.get() ? CodeAggregation.AGGREGATED : CodeAggregation.CODE_ONLY, byDocument.get(),
                           conditions());
    }

    @Override
    protected Result compute(ProjectSession session, Request request) {
        Codebook book = session.codebook().codebook();
        CodeUnitMatrix m = request.byDocument() ? session.mixed().documentMatrix(List.of(), request.aggregation(), request.conditions())
                                                : session.mixed().matrix(List.of(), request.aggregation(), request.conditions());
        return new Result(m, book, request);
    }

    @Override
    protected void show(Result r) {
        matrix = r.matrix();
        shown = r.request();
        max.clear();
        columns.setAll(r.matrix().units().stream().map(MatrixViewModel::column).toList());
        List<MatrixLine> out = new ArrayList<>();
        for (MatrixRow row : r.matrix().rows()) {
            CodeChoice code = r.book().find(row.codeId()).map(c -> CoreRows.code(r.book(), c)).orElse(null);
            if (code != null) {
                out.add(line(code, row.codePath(), row));
            }
        }
        out.add(line(null, messages.get("mixed.matrix.totalsRow"), r.matrix().total()));
        lines.setAll(out);
        definition.set(r.matrix().definition());
        cellSegments.clear();
        cellTitle.set("");
    }

    @Override
    protected void clear() {
        matrix = null;
        shown = null;
        columns.clear();
        lines.clear();
        definition.set("");
        cellSegments.clear();
    }

    @Override
    protected String taskTitle() {
        return messages.get("mixed.matrix.task");
    }

    private static MatrixColumn column(MatrixUnit u) {
        return new MatrixColumn(u.unitId(), u.name(), u.interviews(), u.respondents(), u.textChars());
    }

    private static MatrixLine line(CodeChoice code, String label, MatrixRow row) {
        return new MatrixLine(code, label, row.cells().stream().map(CoreRows::counts).toList(), CoreRows.counts(row.total()));
    }

    /** The matrix last shown (for tests and exports), or null. */
    CodeUnitMatrix matrix() {
        return matrix;
    }
}
