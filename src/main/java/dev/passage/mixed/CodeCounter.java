package dev.passage.mixed;

import dev.passage.model.CodingSpan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Counts codings for many code sets in one pass over the coding spans (ordered by document, then start): per set and
 * document the segments and the characters covered, merging overlapping (and touching) codings of the same set first, so
 * no character counts twice. Ranges are clipped to the document's length.
 */
final class CodeCounter {
    /** One set's count in one document. */
    record DocCount(int segments, long chars) {
    }

    private CodeCounter() {
    }

    /** For each set (same order), its counts by document id; documents without its codings are absent. */
    static List<Map<Long, DocCount>> perDocument(List<CodeSet> sets, List<CodingSpan> spans, Map<Long, Integer> lengths) {
        int n = sets.size();
        Map<Long, int[]> setsOfCode = setsOfCode(sets);
        List<Map<Long, DocCount>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new HashMap<>());
        }
        int[] segments = new int[n];
        int[] runStart = new int[n];
        int[] runEnd = new int[n];
        long[] chars = new long[n];
        boolean[] open = new boolean[n];
        int[] touched = new int[n];
        int touchedCount = 0;
        long doc = Long.MIN_VALUE;
        int previousStart = 0;
        int limit = Integer.MAX_VALUE;
        for (CodingSpan span : spans) {
            if (span.documentId() != doc) {
                if (span.documentId() < doc) {
                    throw new IllegalStateException("coding spans must be ordered by document, then start");
                }
                touchedCount = flush(out, doc, touched, touchedCount, open, segments, runStart, runEnd, chars);
                doc = span.documentId();
                limit = lengths.getOrDefault(doc, Integer.MAX_VALUE);
                previousStart = 0;
            }
            if (span.start() < previousStart) {
                throw new IllegalStateException("coding spans must be ordered by document, then start");
            }
            previousStart = span.start();
            int[] targets = setsOfCode.get(span.codeId());
            if (targets == null) {
                continue;
            }
            int start = Math.min(span.start(), limit);
            int end = Math.min(span.end(), limit);
            for (int s : targets) {
                if (!open[s]) {
                    open[s] = true;
                    touched[touchedCount++] = s;
                    segments[s] = 1;
                    chars[s] = 0;
                    runStart[s] = start;
                    runEnd[s] = end;
                } else {
                    segments[s]++;
                    if (start <= runEnd[s]) {
                        runEnd[s] = Math.max(runEnd[s], end);
                    } else {
                        chars[s] += runEnd[s] - runStart[s];
                        runStart[s] = start;
                        runEnd[s] = end;
                    }
                }
            }
        }
        flush(out, doc, touched, touchedCount, open, segments, runStart, runEnd, chars);
        return out;
    }

    private static int flush(List<Map<Long, DocCount>> out, long doc, int[] touched, int touchedCount, boolean[] open, int[] segments,
                             int[] runStart, int[] runEnd, long[] chars) {
        for (int i = 0; i < touchedCount; i++) {
            int s = touched[i];
            out.get(s).put(doc, new DocCount(segments[s], chars[s] + runEnd[s] - runStart[s]));
            open[s] = false;
        }
        return 0;
    }

    private static Map<Long, int[]> setsOfCode(List<CodeSet> sets) {
        Map<Long, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < sets.size(); i++) {
            for (long code : sets.get(i).codeIds()) {
                lists.computeIfAbsent(code, k -> new ArrayList<>()).add(i);
            }
        }
        Map<Long, int[]> out = new HashMap<>();
        lists.forEach((code, l) -> out.put(code, l.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    /**
     * For each set, a {@link Tally} per group: carriers are put in groups by {@code groupOf} (null: in no group), a group's
     * text is its carriers' text. Every group with at least one carrier is present, in the order first met.
     */
    static <G> List<Map<G, Tally>> perGroup(List<CodeSet> sets, StudySnapshot study, List<Carrier> carriers,
                                            Function<Carrier, G> groupOf) {
        List<Map<Long, DocCount>> perDoc = perDocument(sets, study.spans(), study.documentLengths());
        Map<Long, Carrier> carrierOfDoc = new HashMap<>();
        Map<G, long[]> base = new LinkedHashMap<>(); // text chars, carriers
        Map<Carrier, G> groups = new IdentityHashMap<>(); // carriers are distinct objects; identity spares hashing their lists
        for (Carrier c : carriers) {
            G g = groupOf.apply(c);
            if (g == null) {
                continue;
            }
            groups.put(c, g);
            c.documentIds().forEach(d -> carrierOfDoc.put(d, c));
            long[] b = base.computeIfAbsent(g, k -> new long[2]);
            b[0] += c.textChars();
            b[1]++;
        }
        List<Map<G, Tally>> out = new ArrayList<>(sets.size());
        for (Map<Long, DocCount> counts : perDoc) {
            Map<G, long[]> hits = new HashMap<>(); // segments, chars
            Map<G, Set<Carrier>> carrying = new HashMap<>();
            counts.forEach((doc, count) -> {
                Carrier c = carrierOfDoc.get(doc);
                if (c == null) {
                    return;
                }
                G g = groups.get(c);
                long[] h = hits.computeIfAbsent(g, k -> new long[2]);
                h[0] += count.segments();
                h[1] += count.chars();
                carrying.computeIfAbsent(g, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(c);
            });
            Map<G, Tally> tallies = new LinkedHashMap<>();
            base.forEach((g, b) -> {
                long[] h = hits.getOrDefault(g, new long[2]);
                tallies.put(g, Tally.of((int) h[0], h[1], b[0], carrying.getOrDefault(g, Set.of()).size(), (int) b[1]));
            });
            out.add(tallies);
        }
        return out;
    }
}
