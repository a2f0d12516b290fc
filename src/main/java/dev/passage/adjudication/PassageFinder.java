package dev.passage.adjudication;

import dev.passage.model.Coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where two coders' codings of one code in one document differ. The codings of both are joined into stretches of text
 * that one or both coded (codings that overlap or touch join); a stretch is a disagreement when the text A's codings cover
 * in it is not the text B's cover (one coded where the other did not). Two codings of A that together cover what one
 * coding of B covers agree.
 */
final class PassageFinder {
    /** A passage [start, end) where the coders differ, with each coder's codings in it (ordered by start). */
    record Found(int start, int end, List<Coding> a, List<Coding> b) {
    }

    private PassageFinder() {
    }

    /** The passages where {@code a} and {@code b} (codings of one code in one document, any order) differ, by start. */
    static List<Found> differences(List<Coding> a, List<Coding> b) {
        List<Coding> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        all.sort(Comparator.comparingInt(Coding::start).thenComparingInt(Coding::end));
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < all.size()) {
            int start = all.get(i).start();
            int end = all.get(i).end();
            int j = i + 1;
            while (j < all.size() && all.get(j).start() <= end) {
                end = Math.max(end, all.get(j).end());
                j++;
            }
            List<Coding> inA = within(a, start, end);
            List<Coding> inB = within(b, start, end);
            if (!cover(ranges(inA)).equals(cover(ranges(inB)))) {
                out.add(new Found(start, end, inA, inB));
            }
            i = j;
        }
        return out;
    }

    /** The codings that lie in [start, end), by start. */
    private static List<Coding> within(List<Coding> codings, int start, int end) {
        return codings.stream().filter(c -> c.start() >= start && c.end() <= end)
                      .sorted(Comparator.comparingInt(Coding::start).thenComparingInt(Coding::end)).toList();
    }

    /** A range [start, end). */
    record Range(int start, int end) {
    }

    static List<Range> ranges(List<Coding> codings) {
        return codings.stream().map(c -> new Range(c.start(), c.end())).toList();
    }

    /** The text the ranges cover, as disjoint ranges in order (overlapping or touching ranges joined). */
    static List<Range> cover(List<Range> ranges) {
        List<Range> sorted = ranges.stream().sorted(Comparator.comparingInt(Range::start)).toList();
        List<Range> out = new ArrayList<>();
        int s = -1;
        int e = -1;
        for (Range r : sorted) {
            if (s >= 0 && r.start() <= e) {
                e = Math.max(e, r.end());
            } else {
                if (s >= 0) {
                    out.add(new Range(s, e));
                }
                s = r.start();
                e = r.end();
            }
        }
        if (s >= 0) {
            out.add(new Range(s, e));
        }
        return out;
    }
}
