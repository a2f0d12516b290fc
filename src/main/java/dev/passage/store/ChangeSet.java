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

    /** Every document touched in any way (whole, or only its codings). */
    public Set<Long> touchedDocuments() {
        Set<Long> all = new java.util.LinkedHashSet<>(documentIds);
        codingRanges.forEach(r -> all.add(r.documentId()));
        return all;
    }
}
