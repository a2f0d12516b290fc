package dev.passage.coding;

/** A range [start, end) of a document's text, in UTF-16 offsets. */
public record TextRange(long documentId, int start, int end) {
}
