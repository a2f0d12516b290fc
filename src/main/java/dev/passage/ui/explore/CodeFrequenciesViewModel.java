package dev.passage.ui.explore;

import dev.passage.analysis.CodeFrequencies;
import dev.passage.coding.Codebook;
import dev.passage.model.Code;
import dev.passage.model.Segment;
import dev.passage.session.ProjectSession;
import dev.passage.ui.common.LatestOnly;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.WhereConditions;
import dev.passage.ui.segments.SegmentRow;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * Analyse › Code frequencies: how often each code (or each code of one branch) is applied, in all and per document, unit or
 * coder, counted with or without sub-codes, over the documents meeting the Where conditions. Selecting a bar or a cell lists
 * its segments; opening one shows it in the transcript. Recounts when a choice or the data change; a count that the controls
 * have moved on from is never shown.
 */
public final class CodeFrequenciesViewModel {
    /** What the columns (and the bars' parts) are. */
    public enum Grouping { UNIT, DOCUMENT, CODER }

    /** A code to narrow the rows to (its branch), shown by path. */
    public record CodeOption(long id, String path) {
        @Override
        public String toString() {
            return path;
        }
    }

    /** One group's count of a code: codings, and the documents they are in. */
    public record Cell(int segments, int documents) {
    }

    /** One code: name, path, depth and colour, its totals and a cell per group (in the order of {@link #groups()}). */
    public record FrequencyRow(long codeId, String path, String name, int depth, String colour, Cell total, List<Cell> cells) {
        public FrequencyRow {
            cells = List.copyOf(cells);
        }
    }

    private final ProjectContext context;
    private final Messages messages;
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(Grouping.UNIT);
    private final ObjectProperty<CodeOption> branch = new SimpleObjectProperty<>();
    private final BooleanProperty includeSubCodes = new SimpleBooleanProperty(true);
    private final ObservableList<CodeOption> codes = FXCollections.observableArrayList();
    private final ObservableList<String> groups = FXCollections.observableArrayList();
    private final List<String> groupKeys = new ArrayList<>();
    private final ObservableList<FrequencyRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableList<SegmentRow> segments = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper segmentsTitle = new ReadOnlyStringWrapper("");
    private final WhereConditions where;
    private final LatestOnly counts = new LatestOnly();
    private final LatestOnly segmentLoads = new LatestOnly();
    private final ChangeListener<Number> onData = (o, a, b) -> refresh();
    private CodeFrequencies.GroupBy shownBy;
    private boolean shownSubCodes;
    private List<String> shownConditions = List.of();

    public CodeFrequenciesViewModel(ProjectContext context) {
        this.context = context;
        this.messages = context.messages();
        this.where = new WhereConditions(messages, c -> messages.get("explore.where.chip", c), this::count);
        ChangeListener<Object> recount = (o, a, b) -> count();
        grouping.addListener(recount);
        branch.addListener(recount);
        includeSubCodes.addListener(recount);
        context.dataVersionProperty().addListener(onData);
    }

    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    /** The branch whose codes are the rows; null: every code. */
    public ObjectProperty<CodeOption> branchProperty() {
        return branch;
    }

    public BooleanProperty includeSubCodesProperty() {
        return includeSubCodes;
    }

    public ObservableList<CodeOption> codes() {
        return codes;
    }

    /** The groups' names, in the order of every row's cells. */
    public ObservableList<String> groups() {
        return groups;
    }

    public ObservableList<FrequencyRow> rows() {
        return rows;
    }

    /** The Where conditions with their chips. */
    public WhereConditions where() {
        return where;
    }

    /** What the chart and table show, or why they are empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The segments of the bar or cell last chosen. */
    public ObservableList<SegmentRow> segments() {
        return segments;
    }

    /** "Safety in North: 4 segments", or "" before a choice. */
    public ReadOnlyStringProperty segmentsTitleProperty() {
        return segmentsTitle.getReadOnlyProperty();
    }

    /** The highest count of a bar (a row's total segments), for scaling the chart. */
    public int maxSegments() {
        return rows.stream().mapToInt(r -> r.total().segments()).max().orElse(0);
    }

    /** Reloads the codes to choose from, then recounts. */
    public void refresh() {
        ProjectSession session = context.session();
        context.tasks().submit(messages.get("explore.codes.choicesTask"), p -> {
            Codebook book = session.codebook().codebook();
            return book.all().stream().map(c -> new CodeOption(c.id(), book.path(c.id()))).toList();
        }, list -> {
            codes.setAll(list);
            CodeOption b = branch.get();
            if (b != null) {
                // a renamed branch keeps its place (by id); a deleted one is dropped, and the chart shows every code again
                branch.set(list.stream().filter(c -> c.id() == b.id()).findFirst().orElse(null));
            }
            count();
        }, e -> status.set(messages.message(e)));
    }

    /** Counts for the choices as they are now. */
    public void count() {
        ProjectSession session = context.session();
        CodeFrequencies.GroupBy by = CodeFrequencies.GroupBy.valueOf(grouping.get().name());
        boolean sub = includeSubCodes.get();
        List<String> conditions = where.list();
        CodeOption b = branch.get();
        CodeFrequencies.Request request = new CodeFrequencies.Request(b == null ? null : b.id(), sub, by, conditions);
        LatestOnly.Ticket ticket = counts.start();
        segmentLoads.supersede();
        segments.clear();
        segmentsTitle.set("");
        status.set(messages.get("explore.codes.counting"));
        record Counted(CodeFrequencies.Result result, Codebook book) {
        }
        context.tasks().submit(messages.get("explore.codes.task"), p -> {
            Codebook book = session.codebook().codebook();
            return new Counted(session.codeFrequencies().compute(book, request), book);
        }, c -> {
            if (ticket.isCurrent()) {
                where.ok();
                show(c.result(), c.book(), sub, conditions);
            }
        }, e -> {
            if (ticket.isCurrent()) {
                groups.clear();
                groupKeys.clear();
                rows.clear();
                String why = messages.message(e);
                if (!conditions.isEmpty()) {
                    where.fail(why);
                }
                status.set(why);
            }
        });
    }

    private void show(CodeFrequencies.Result r, Codebook book, boolean sub, List<String> conditions) {
        shownBy = r.by();
        shownSubCodes = sub;
        shownConditions = conditions;
        groupKeys.clear();
        List<String> names = new ArrayList<>();
        for (CodeFrequencies.Group g : r.groups()) {
            groupKeys.add(g.key());
            names.add(g.name().isEmpty() ? messages.get(r.by() == CodeFrequencies.GroupBy.CODER ? "explore.codes.noCoder"
                                                                                                : "explore.codes.noUnit") : g.name());
        }
        List<FrequencyRow> out = new ArrayList<>();
        for (CodeFrequencies.Row row : r.rows()) {
            Code code = book.get(row.codeId());
            out.add(new FrequencyRow(row.codeId(), row.path(), code.name(), row.depth(), code.colour(), cell(row.total()),
                                     row.groups().stream().map(CodeFrequenciesViewModel::cell).toList()));
        }
        groups.setAll(names);
        rows.setAll(out);
        status.set(out.isEmpty() ? messages.get("explore.codes.none") : messages.get("explore.codes.shown", out.size(), r.documents()));
    }

    private static Cell cell(CodeFrequencies.Count c) {
        return new Cell(c.segments(), c.documents());
    }

    /**
     * Lists the segments of a row's code in one group ({@code group} an index into {@link #groups()}; -1: every group), as
     * counted: with sub-codes if they were counted, in the documents meeting the conditions.
     */
    public void open(FrequencyRow row, int group) {
        if (row == null || shownBy == null) {
            return;
        }
        LatestOnly.Ticket ticket = segmentLoads.start();
        String key = group < 0 ? null : groupKeys.get(group);
        String place = group < 0 ? messages.get("explore.codes.allGroups") : groups.get(group);
        CodeFrequencies.GroupBy by = shownBy;
        boolean sub = shownSubCodes;
        List<String> conditions = shownConditions;
        ProjectSession session = context.session();
        segmentsTitle.set(messages.get("explore.codes.loadingSegments"));
        context.tasks().submit(messages.get("explore.codes.segmentsTask", row.path()), p -> {
            Codebook book = session.codebook().codebook();
            return session.codeFrequencies().segments(book, row.codeId(), sub, by, key, conditions).stream()
                          .map(s -> segmentRow(s, book)).toList();
        }, list -> {
            if (ticket.isCurrent()) {
                segments.setAll(list);
                segmentsTitle.set(messages.get("explore.codes.segmentsTitle", row.name(), place, list.size()));
            }
        }, e -> {
            if (ticket.isCurrent()) {
                segments.clear();
                segmentsTitle.set(messages.message(e));
            }
        });
    }

    /** Shows a segment in the transcript. */
    public void openSegment(SegmentRow row) {
        if (row != null) {
            context.navigateTo(row.location());
        }
    }

    static SegmentRow segmentRow(Segment s, Codebook book) {
        String colour = book.find(s.codeId()).map(Code::colour).orElse("#888888");
        return new SegmentRow(s.codingId(), s.documentId(), s.documentName(), s.speaker() == null ? "" : s.speaker(), s.codeId(),
                              s.codePath(), colour, s.coder(), s.start(), s.end(), s.text(), s.memo());
    }

    public void dispose() {
        context.dataVersionProperty().removeListener(onData);
        counts.supersede();
        segmentLoads.supersede();
    }
}
