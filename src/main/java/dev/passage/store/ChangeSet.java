package dev.passage.store;

import java.util.Set;

/** What one committed write changed: documents whose text, turns or codings changed, and the new data version. */
public record ChangeSet(Set<Long> documentIds, boolean allDocuments, boolean codebookChanged, long dataVersion) {
    public boolean isEmpty() {
        return documentIds.isEmpty() && !allDocuments && !codebookChanged;
    }
}
