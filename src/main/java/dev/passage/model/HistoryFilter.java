package dev.passage.model;

import java.time.Instant;

/**
 * Which history entries to list: by coder (exact name), from {@code since} (inclusive) to {@code until} (exclusive), by action
 * (exact, or a prefix ending in '.' such as {@code coding.}; undo/redo of an action match it too), at most {@code limit}
 * (0: all). Nulls mean "any".
 */
public record HistoryFilter(String coder, Instant since, Instant until, String action, int limit) {
    public static final HistoryFilter ALL = new HistoryFilter(null, null, null, null, 0);

    public HistoryFilter {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 (all) or more");
        }
    }

    public HistoryFilter withCoder(String c) {
        return new HistoryFilter(c, since, until, action, limit);
    }

    public HistoryFilter withSince(Instant t) {
        return new HistoryFilter(coder, t, until, action, limit);
    }

    public HistoryFilter withUntil(Instant t) {
        return new HistoryFilter(coder, since, t, action, limit);
    }

    public HistoryFilter withAction(String a) {
        return new HistoryFilter(coder, since, until, a, limit);
    }

    public HistoryFilter withLimit(int n) {
        return new HistoryFilter(coder, since, until, action, n);
    }
}
