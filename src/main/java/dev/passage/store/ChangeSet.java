package dev.passage.store;

import java.util.List;
import java.util.Set;

/**
 * What one committed write changed: documents changed as a whole (added, renamed, moved to a unit), ranges where only
 * codings changed, whether the codebook changed, whether variables or their values (units' scores, respondents' answers to
 * closed questions) changed, whether the documents' order or their sets changed (no text did), and the new data version. Variables are not indexed text, so they never make the index re-read.
 */
public record ChangeSet(Set<Long> documentIds, List<ChangedRange> codingRanges, boolean codebookChanged,
                        boolean variablesChanged, boolean documentsArranged, long dataVersion) {
    public boolean isEmpty() {
        return documentIds.isEmpty() && codingRanges.isEmpty() && !codebookChanged && !variablesChanged && !documentsArranged;
    }

    /**
     * One change that stands for {@code changes} applied in order (not empty): the documents and ranges of all of them, a
     * flag set if any set it, and the last one's version. A follower applies a batch of other sessions' changes at once.
     */
    public static ChangeSet union(List<ChangeSet> changes) {
        if (changes.size() == 1) {
            return changes.getFirst();
        }
        Set<Long> documents = new java.util.LinkedHashSet<>();
        List<ChangedRange> ranges = new java.util.ArrayList<>();
        boolean codebook = false;
        boolean variables = false;
        boolean arranged = false;
        for (ChangeSet c : changes) {
            documents.addAll(c.documentIds());
            ranges.addAll(c.codingRanges());
            codebook |= c.codebookChanged();
            variables |= c.variablesChanged();
            arranged |= c.documentsArranged();
        }
        ranges.removeIf(r -> documents.contains(r.documentId()));
        return new ChangeSet(Set.copyOf(documents), List.copyOf(ranges), codebook, variables, arranged,
                             changes.getLast().dataVersion());
    }

    /** Every document touched in any way (whole, or only its codings). */
    public Set<Long> touchedDocuments() {
        Set<Long> all = new java.util.LinkedHashSet<>(documentIds);
        codingRanges.forEach(r -> all.add(r.documentId()));
        return all;
    }
}
