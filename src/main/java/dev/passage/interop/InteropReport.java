package dev.passage.interop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a REFI-QDA import or export carried over ({@code counts}, e.g. documents=16) and, item by item, what it could not
 * carry over ({@code losses}: pictures, media, links, sets, ...) or carried over with a change worth knowing ({@code warnings}).
 * Nothing is dropped silently: every element Passage does not take over is one loss line.
 */
public record InteropReport(String file, Map<String, Integer> counts, List<Loss> losses, List<String> warnings) {
    public InteropReport {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        losses = List.copyOf(losses);
        warnings = List.copyOf(warnings);
    }

    /** One element that was not carried over: its kind (e.g. "PictureSource"), which one, and why. */
    public record Loss(String kind, String item, String reason) {
        public String line() {
            return kind + " " + item + ": " + reason;
        }
    }

    /** The count recorded under {@code key}, or 0. */
    public int count(String key) {
        return counts.getOrDefault(key, 0);
    }

    /** The number of losses of one kind. */
    public long lossCount(String kind) {
        return losses.stream().filter(l -> l.kind().equals(kind)).count();
    }

    /** Lost elements per kind, e.g. {PictureSource=1, Link=1}. */
    public Map<String, Integer> lossesByKind() {
        Map<String, Integer> out = new LinkedHashMap<>();
        losses.forEach(l -> out.merge(l.kind(), 1, Integer::sum));
        return out;
    }

    /** A readable summary: counts, then "not carried over" lines, then warnings. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        StringBuilder c = new StringBuilder();
        counts.forEach((k, v) -> c.append(c.isEmpty() ? "" : ", ").append(v).append(' ').append(k));
        out.add(c.isEmpty() ? "nothing carried over" : c.toString());
        if (!losses.isEmpty()) {
            out.add("not carried over (" + losses.size() + "):");
            losses.forEach(l -> out.add("  " + l.line()));
        }
        warnings.forEach(w -> out.add("warning: " + w));
        return out;
    }

    /** Collects a report while an import or export runs. */
    static final class Builder {
        private final String file;
        private final Map<String, Integer> counts = new LinkedHashMap<>();
        private final List<Loss> losses = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        Builder(String file) {
            this.file = file;
        }

        Builder count(String key, int n) {
            counts.merge(key, n, Integer::sum);
            return this;
        }

        Builder lose(String kind, String item, String reason) {
            losses.add(new Loss(kind, item, reason));
            return this;
        }

        Builder warn(String warning) {
            warnings.add(warning);
            return this;
        }

        InteropReport build() {
            return new InteropReport(file, counts, losses, warnings);
        }
    }
}
