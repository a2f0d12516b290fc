package dev.passage.model;

import java.util.Locale;
import java.util.Optional;

/** What the lead decided about a passage where two coders differ: keep A's version, B's, both (their union), or neither. */
public enum Verdict {
    A, B, BOTH, NEITHER;

    /** "a", "B", "both", "Neither"… (any case); empty for anything else. */
    public static Optional<Verdict> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        for (Verdict v : values()) {
            if (v.name().equalsIgnoreCase(s.strip())) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** Lower-case name, as the command line and JSON spell it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
