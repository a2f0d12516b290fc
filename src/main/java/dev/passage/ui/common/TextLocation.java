package dev.passage.ui.common;

/** A place to show: a range of a document (UTF-16 offsets). */
public record TextLocation(long documentId, int start, int end) {
}
