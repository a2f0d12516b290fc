package dev.passage.analysis;

import dev.passage.model.Coding;
import dev.passage.store.Database;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Code co-occurrence: for each pair of different codes, the number of pairs of their codings that overlap in the same
 * document (sharing at least one character). Touching ranges ([0,5) and [5,9)) do not overlap.
 */
public final class CoOccurrence {
    /** {@code codeA < codeB}; {@code overlaps} counts overlapping coding pairs, {@code documents} the documents they occur in. */
    public record Pair(long codeA, long codeB, int overlaps, int documents) {
    }

    private final Database database;

    public CoOccurrence(Database database) {
        this.database = database;
    }

    public List<Pair> compute() {
        return compute(database.read(a -> a.codings().all()));
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
