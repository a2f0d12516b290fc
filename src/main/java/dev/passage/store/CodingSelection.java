package dev.passage.store;

import java.util.Set;

/**
 * Which codings {@link CodingRepository#forEach} streams. Each set narrows the selection; {@code null} means "any"
 * (an empty set selects nothing).
 */
public record CodingSelection(Set<Long> codeIds, Set<Long> documentIds, Set<String> coders) {
    public static final CodingSelection ALL = new CodingSelection(null, null, null);

    public CodingSelection {
        codeIds = codeIds == null ? null : Set.copyOf(codeIds);
        documentIds = documentIds == null ? null : Set.copyOf(documentIds);
        coders = coders == null ? null : Set.copyOf(coders);
    }

    boolean isEmpty() {
        return (codeIds != null && codeIds.isEmpty()) || (documentIds != null && documentIds.isEmpty())
               || (coders != null && coders.isEmpty());
    }
}
