package dev.passage.ui.transcript;

import java.util.Arrays;

/** Case-insensitive matches of a literal query in the loaded text (the transcript's find bar; no index involved). */
public final class TextFinder {
    private TextFinder() {
    }

    /** Start offsets of non-overlapping matches of {@code query} in {@code text}, ignoring case, at most {@code limit}. */
    public static int[] find(String text, String query, int limit) {
        if (query == null || query.isEmpty() || text == null || query.length() > text.length()) {
            return new int[0];
        }
        int[] hits = new int[16];
        int n = 0;
        int len = query.length();
        for (int i = 0; i + len <= text.length() && n < limit; i++) {
            if (text.regionMatches(true, i, query, 0, len)) {
                if (n == hits.length) {
                    hits = Arrays.copyOf(hits, n * 2);
                }
                hits[n++] = i;
                i += len - 1;
            }
        }
        return Arrays.copyOf(hits, n);
    }
}
