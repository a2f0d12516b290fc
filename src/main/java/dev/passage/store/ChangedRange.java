package dev.passage.store;

/** A range of a document whose codings changed (UTF-16 offsets, end exclusive). */
public record ChangedRange(long documentId, int start, int end) {
}
