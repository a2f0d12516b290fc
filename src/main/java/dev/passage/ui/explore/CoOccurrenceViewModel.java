package dev.passage.ui.explore;

import dev.passage.analysis.CoOccurrence;
import dev.passage.coding.Codebook;
import dev.passage.model.Code;
import dev.passage.session.ProjectSession;
import dev.passage.ui.common.LatestOnly;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.WhereConditions;
import dev.passage.ui.segments.SegmentRow;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Analyse › Code co-occurrence: for each pair of codes, how many of their segments overlap (share a character, as the
 * command line's {@code cooccurrence} counts), over the documents meeting the Where conditions; as a code × code table and
 * as the list of pairs, strongest first. Choosing a cell or a pair lists the segments where both codes occur.
 */
public final class CoOccurrenceViewModel {
    /** A code that takes part in at least one pair (a row and a column of the table). */
    public record CodeInfo(long id, String path, String name, int depth, String colour) {
    }

    /** Two codes and how often their segments overlap, in how many documents. */
    public record PairRow(CodeInfo a, CodeInfo b, int overlaps, int documents) {
    }

    private final ProjectContext context;
    private final Messages messages;
    private final ObservableList<CodeInfo> codes = FXCollections.observableArrayList();
    private final ObservableList<PairRow> pairs = FXCollections.observableArrayList();
    private final Map<List<Long>, PairRow> byCodes = new HashMap<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableList<SegmentRow> segments = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper segmentsTitle = new ReadOnlyStringWrapper("");
    private final WhereConditions where;
    private final LatestOnly counts = new LatestOnly();
    private final LatestOnly segmentLoads = new LatestOnly();
    private final ChangeListener<Number> onData = (o, a, b) -> count();
    private List<String> shownConditions = List.of();

    public CoOccurrenceViewModel(ProjectContext context) {
        this.context = context;
        this.messages = context.messages();
        this.where = new WhereConditions(messages, c -> messages.get("explore.where.chip", c), this::count);
        context.dataVersionProperty().addListener(onData);
    }

    /** The codes in at least one pair, in codebook order. */
    public ObservableList<CodeInfo> codes() {
        return codes;
    }

    /** Every pair, most overlaps first. */
    public ObservableList<PairRow> pairs() {
        return pairs;
    }

    /** The pair of two codes (in either order), or null when their segments never overlap. */
    public PairRow pair(CodeInfo a, CodeInfo b) {
        return a == null || b == null ? null : byCodes.get(key(a.id(), b.id()));
    }

    /** The most overlaps of any pair (for shading). */
    public int maxOverlaps() {
        return pairs.stream().mapToInt(PairRow::overlaps).max().orElse(0);
    }

    public WhereConditions where() {
        return where;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<SegmentRow> segments() {
        return segments;
    }

    public ReadOnlyStringProperty segmentsTitleProperty() {
        return segmentsTitle.getReadOnlyProperty();
    }

    /** Counts the pairs for the conditions as they are now; a count the conditions moved on from is never shown. */
    public void count() {
        ProjectSession session = context.session();
        List<String> conditions = where.list();
        LatestOnly.Ticket ticket = counts.start();
        segmentLoads.supersede();
        segments.clear();
        segmentsTitle.set("");
        status.set(messages.get("explore.pairs.counting"));
        record Counted(List<CoOccurrence.Pair> pairs, Codebook book) {
        }
        context.tasks().submit(messages.get("explore.pairs.task"), p -> {
            Codebook book = session.codebook().codebook();
            return new Counted(session.coOccurrence().where(conditions), book);
        }, c -> {
            if (ticket.isCurrent()) {
                where.ok();
                show(c.pairs(), c.book(), conditions);
            }
        }, e -> {
            if (ticket.isCurrent()) {
                codes.clear();
                pairs.clear();
                byCodes.clear();
                String why = messages.message(e);
                if (!conditions.isEmpty()) {
                    where.fail(why);
                }
                status.set(why);
            }
        });
    }

    private void show(List<CoOccurrence.Pair> found, Codebook book, List<String> conditions) {
        shownConditions = conditions;
        Set<Long> inPairs = new LinkedHashSet<>();
        found.forEach(p -> {
            inPairs.add(p.codeA());
            inPairs.add(p.codeB());
        });
        Map<Long, CodeInfo> info = new HashMap<>();
        List<CodeInfo> ordered = new ArrayList<>();
        for (Code c : book.all()) {
            if (inPairs.contains(c.id())) {
                CodeInfo i = new CodeInfo(c.id(), book.path(c.id()), c.name(), book.depth(c.id()), c.colour());
                info.put(c.id(), i);
                ordered.add(i);
            }
        }
        List<PairRow> rows = new ArrayList<>();
        byCodes.clear();
        for (CoOccurrence.Pair p : found) {
            CodeInfo a = info.get(p.codeA());
            CodeInfo b = info.get(p.codeB());
            if (a != null && b != null) {
                PairRow row = new PairRow(a, b, p.overlaps(), p.documents());
                rows.add(row);
                byCodes.put(key(a.id(), b.id()), row);
            }
        }
        codes.setAll(ordered);
        pairs.setAll(rows);
        status.set(rows.isEmpty() ? messages.get("explore.pairs.none") : messages.get("explore.pairs.shown", rows.size(), ordered.size()));
    }

    private static List<Long> key(long a, long b) {
        return a < b ? List.of(a, b) : List.of(b, a);
    }

    /** Lists the segments of either code that overlap one of the other, in the documents counted. */
    public void open(PairRow pair) {
        if (pair == null) {
            return;
        }
        LatestOnly.Ticket ticket = segmentLoads.start();
        List<String> conditions = shownConditions;
        ProjectSession session = context.session();
        segmentsTitle.set(messages.get("explore.codes.loadingSegments"));
        context.tasks().submit(messages.get("explore.pairs.segmentsTask", pair.a().name(), pair.b().name()), p -> {
            Codebook book = session.codebook().codebook();
            return session.coOccurrence().segments(book, pair.a().id(), pair.b().id(), conditions).stream()
                          .map(s -> CodeFrequenciesViewModel.segmentRow(s, book)).toList();
        }, list -> {
            if (ticket.isCurrent()) {
                segments.setAll(list);
                segmentsTitle.set(messages.get("explore.pairs.segmentsTitle", pair.a().name(), pair.b().name(), pair.overlaps(), list.size()));
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

    public void dispose() {
        context.dataVersionProperty().removeListener(onData);
        counts.supersede();
        segmentLoads.supersede();
    }
}
