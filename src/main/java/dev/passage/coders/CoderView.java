package dev.passage.coders;

import dev.passage.model.CoderScope;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The user's "Show codings of" choice: {@link Kind#ME me} (the session's coder), {@link Kind#CHOSEN chosen coders}, or
 * {@link Kind#EVERYONE everyone}. {@link #scope} turns it into the {@link CoderScope} the read services apply.
 */
public record CoderView(Kind kind, Set<String> chosen) {
    public enum Kind { ME, CHOSEN, EVERYONE }

    public static final CoderView EVERYONE = new CoderView(Kind.EVERYONE, Set.of());
    public static final CoderView ME = new CoderView(Kind.ME, Set.of());

    public CoderView {
        chosen = chosen == null ? Set.of() : Set.copyOf(new TreeSet<>(chosen.stream().map(String::strip).toList()));
    }

    /** Only the named coders' codings (the session's own coder is not added: choose it too to see one's own). */
    public static CoderView chosen(Collection<String> coders) {
        return new CoderView(Kind.CHOSEN, Set.copyOf(coders));
    }

    /** The scope for a session whose coder is {@code me}. */
    public CoderScope scope(String me) {
        return switch (kind) {
            case EVERYONE -> CoderScope.EVERYONE;
            case ME -> CoderScope.only(me);
            case CHOSEN -> CoderScope.only(chosen);
        };
    }
}
