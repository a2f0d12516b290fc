package dev.passage.analysis;

import dev.passage.cases.Condition;
import dev.passage.cases.ConditionResolver;
import dev.passage.coding.Codebook;
import dev.passage.model.Coding;
import dev.passage.model.Segment;
import dev.passage.store.Database;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Code co-occurrence: for each pair of different codes, the number of pairs of their codings that overlap in the same
 * document (sharing at least one character). Touching ranges ([0,5) and [5,9)) do not overlap.
 */
public final class CoOccurrence {
    /** {@code codeA < codeB}; {@code overlaps} counts overlapping coding pairs, {@code documents} the documents they occur in. */
    public record Pair(long codeA, long codeB, int overlaps, int documents) {
    }

    private final Database database;
    private final SegmentRetrieval retrieval;

    public CoOccurrence(Database database, SegmentRetrieval retrieval) {
        this.database = database;
        this.retrieval = retrieval;
    }

    public List<Pair> compute() {
        return compute(database.read(a -> a.codings(retrieval.scope()).all()));
    }

    /** The pairs in the documents meeting every variable condition ({@code unit.size > 20}; empty: every document). */
    public List<Pair> where(List<String> conditions) {
        if (conditions.isEmpty()) {
            return compute();
        }
        List<Condition> parsed = conditions.stream().map(Condition::parse).toList();
        return compute(database.read(a -> {
            Set<Long> allowed = ConditionResolver.matching(a, parsed);
            return a.codings(retrieval.scope()).all().stream().filter(c -> allowed.contains(c.documentId())).toList();
        }));
    }

    /**
     * Where two codes occur together: the codings of either code that overlap a coding of the other (each once, by
     * document then start), in the documents meeting the conditions. A code paired with itself has none.
     */
    public List<Segment> segments(Codebook book, long codeA, long codeB, List<String> conditions) {
        if (codeA == codeB) {
            return List.of();
        }
        return overlapping(retrieval.segments(book, codeA, false, List.of(), conditions),
                           retrieval.segments(book, codeB, false, List.of(), conditions));
    }

    /** The segments of {@code a} and of {@code b} that overlap one of the other list (same document, a shared character). */
    static List<Segment> overlapping(List<Segment> a, List<Segment> b) {
        Map<Long, List<Segment>> bByDoc = new HashMap<>();
        b.forEach(s -> bByDoc.computeIfAbsent(s.documentId(), k -> new ArrayList<>()).add(s));
        Map<Long, Segment> out = new java.util.LinkedHashMap<>();
        for (Segment x : a) {
            for (Segment y : bByDoc.getOrDefault(x.documentId(), List.of())) {
                if (x.start() < y.end() && y.start() < x.end()) {
                    out.putIfAbsent(x.codingId(), x);
                    out.putIfAbsent(y.codingId(), y);
                }
            }
        }
        List<Segment> sorted = new ArrayList<>(out.values());
        sorted.sort(Comparator.comparing(Segment::documentName).thenComparingLong(Segment::documentId).thenComparingInt(Segment::start)
                              .thenComparingInt(Segment::end));
        return sorted;
    }

    /** Sweeps each document's codings by start offset; cost is O(n log n + overlapping pairs). */
    static List<Pair> compute(List<Coding> codings) {
        Map<Long, List<Coding>> byDoc = new HashMap<>();
        for (Coding c : codings) {
            byDoc.computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(c);
        }
        Map<List<Long>, int[]> counts = new HashMap<>();
        for (List<Coding> doc : byDoc.values()) {
            doc.sort(Comparator.comparingInt(Coding::start));
            Map<List<Long>, Boolean> seenInDoc = new HashMap<>();
            List<Coding> active = new ArrayList<>();
            for (Coding c : doc) {
                active.removeIf(a -> a.end() <= c.start());
                for (Coding a : active) {
                    if (a.codeId() == c.codeId()) {
                        continue;
                    }
                    List<Long> key = a.codeId() < c.codeId() ? List.of(a.codeId(), c.codeId()) : List.of(c.codeId(), a.codeId());
                    int[] v = counts.computeIfAbsent(key, k -> new int[2]);
                    v[0]++;
                    if (seenInDoc.put(key, Boolean.TRUE) == null) {
                        v[1]++;
                    }
                }
                active.add(c);
            }
        }
        List<Pair> out = new ArrayList<>();
        counts.forEach((k, v) -> out.add(new Pair(k.get(0), k.get(1), v[0], v[1])));
        out.sort(Comparator.comparingInt(Pair::overlaps).reversed().thenComparingLong(Pair::codeA).thenComparingLong(Pair::codeB));
        return out;
    }
}
