package dev.passage.model;

import java.time.Instant;

/** A code applied to [start, end) of a document (UTF-16 offsets, end exclusive) by a coder, with an optional memo. */
public record Coding(long id, long documentId, int start, int end, long codeId, String coder, Instant created, String memo) {
    public boolean overlaps(Coding other) {
        return documentId == other.documentId && start < other.end && other.start < end;
    }
}
