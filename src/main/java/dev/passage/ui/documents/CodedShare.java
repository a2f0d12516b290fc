package dev.passage.ui.documents;

import dev.passage.model.Coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The share of a document's characters covered by at least one coding: the union of the coding ranges over the length. */
public final class CodedShare {
    private CodedShare() {
    }

    /** Characters covered by at least one of {@code codings} (clipped to [0, length)). */
    public static int coveredCharacters(List<Coding> codings, int length) {
        if (codings.isEmpty() || length <= 0) {
            return 0;
        }
        List<Coding> sorted = new ArrayList<>(codings);
        sorted.sort(Comparator.comparingInt(Coding::start).thenComparingInt(Coding::end));
        int covered = 0;
        int runStart = -1;
        int runEnd = -1;
        for (Coding c : sorted) {
            int s = Math.max(0, c.start());
            int e = Math.min(length, c.end());
            if (e <= s) {
                continue;
            }
            if (s > runEnd) {
                covered += runEnd - runStart;
                runStart = s;
                runEnd = e;
            } else if (e > runEnd) {
                runEnd = e;
            }
        }
        return covered + (runEnd - runStart);
    }

    /** 0..1; 0 for an empty document. */
    public static double of(List<Coding> codings, int length) {
        return length <= 0 ? 0 : (double) coveredCharacters(codings, length) / length;
    }
}
