package dev.passage.model;

import java.util.List;

/** A named set of documents ("Leaders", "Second round"); a document can be in several. Members in the documents' order. */
public record DocumentSet(long id, String name, List<Long> documentIds) {
    public DocumentSet {
        documentIds = List.copyOf(documentIds);
    }
}
