package dev.passage.model;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whose codings a read sees: everyone's, or only those of the named coders. The session holds the current one (the user's
 * "Show codings of" choice, narrowed to the session's own coder while the project is in blind mode) and its read services
 * apply it to every list, count, display and export of codings. Edits are not scoped: they see every coding.
 */
public record CoderScope(Set<String> coders) {
    /** Every coder's codings. */
    public static final CoderScope EVERYONE = new CoderScope(null);

    public CoderScope {
        coders = coders == null ? null : Set.copyOf(new TreeSet<>(coders));
    }

    /** Only the codings of these coders (none when the collection is empty). */
    public static CoderScope only(Collection<String> coders) {
        return new CoderScope(Set.copyOf(coders));
    }

    public static CoderScope only(String coder) {
        return new CoderScope(Set.of(coder));
    }

    /** True when nothing is hidden. */
    public boolean everyone() {
        return coders == null;
    }

    /** Whether a coding by {@code coder} is seen. */
    public boolean shows(String coder) {
        return coders == null || coders.contains(coder);
    }

    /** The coders seen, sorted (empty for {@link #EVERYONE}: use {@link #everyone()} first). */
    public java.util.List<String> sortedCoders() {
        return coders == null ? java.util.List.of() : new java.util.ArrayList<>(new TreeSet<>(coders));
    }

    /** What both scopes let through. */
    public CoderScope and(CoderScope other) {
        if (other.everyone()) {
            return this;
        }
        if (everyone()) {
            return other;
        }
        Set<String> both = new TreeSet<>(coders);
        both.retainAll(other.coders);
        return new CoderScope(both);
    }
}
