package dev.passage.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Which coders cover each stretch of one document with one code, as run-lengths: the document's text is cut at every coding's
 * start and end into stretches over which no coder's coverage changes. Codings of one coder may overlap or touch; coverage is
 * their union. Offsets outside {@code [0, length)} are clipped.
 */
final class Coverage {
    /** {@code [start, end)} where coder {@code i} covers it when {@code covered[i]}. */
    record Run(int start, int end, boolean[] covered) {
        int length() {
            return end - start;
        }

        boolean allAlike() {
            for (boolean c : covered) {
                if (c != covered[0]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A coding's range by coder index. */
    record Span(int coder, int start, int end) {
    }

    private Coverage() {
    }

    /** The runs from 0 to {@code length} (none for an empty text). */
    static List<Run> runs(int length, int coders, List<Span> spans) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(length);
        for (Span s : spans) {
            cuts.add(clip(s.start(), length));
            cuts.add(clip(s.end(), length));
        }
        Integer[] at = cuts.toArray(Integer[]::new);
        int[][] delta = new int[coders][at.length];
        for (Span s : spans) {
            int from = clip(s.start(), length);
            int to = clip(s.end(), length);
            if (from < to) {
                delta[s.coder()][Arrays.binarySearch(at, from)]++;
                delta[s.coder()][Arrays.binarySearch(at, to)]--;
            }
        }
        int[] depth = new int[coders];
        List<Run> out = new ArrayList<>();
        for (int k = 0; k + 1 < at.length; k++) {
            boolean[] covered = new boolean[coders];
            for (int i = 0; i < coders; i++) {
                depth[i] += delta[i][k];
                covered[i] = depth[i] > 0;
            }
            Run run = new Run(at[k], at[k + 1], covered);
            Run last = out.isEmpty() ? null : out.getLast();
            if (last != null && Arrays.equals(last.covered(), covered)) {
                out.set(out.size() - 1, new Run(last.start(), run.end(), covered));
            } else {
                out.add(run);
            }
        }
        return out;
    }

    /** Each coder's covered stretches, merged (sections of one coder never overlap), by coder index. */
    static List<List<int[]>> sections(List<Run> runs, int coders) {
        List<List<int[]>> out = new ArrayList<>();
        for (int i = 0; i < coders; i++) {
            List<int[]> mine = new ArrayList<>();
            for (Run r : runs) {
                if (r.covered()[i]) {
                    if (!mine.isEmpty() && mine.getLast()[1] == r.start()) {
                        mine.getLast()[1] = r.end();
                    } else {
                        mine.add(new int[] {r.start(), r.end()});
                    }
                }
            }
            out.add(mine);
        }
        return out;
    }

    private static int clip(int offset, int length) {
        return Math.max(0, Math.min(length, offset));
    }
}
