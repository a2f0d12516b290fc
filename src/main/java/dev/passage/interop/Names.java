package dev.passage.interop;

import java.util.Set;

/** Names from other programs made fit for Passage's columns and unique where Passage needs them unique. */
final class Names {
    private Names() {
    }

    /** {@code name} cut to {@code max} characters (null stays null). */
    static String fit(String name, int max) {
        if (name == null || name.length() <= max) {
            return name;
        }
        return name.substring(0, max - 1) + "…";
    }

    /** {@code name}, or "name (2)", "name (3)", ... when taken; the result is added to {@code taken}. */
    static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }
}
