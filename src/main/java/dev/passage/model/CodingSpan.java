package dev.passage.model;

/** A coding reduced to what counting needs: its document, code and [start, end) range (UTF-16 offsets, end exclusive). */
public record CodingSpan(long documentId, long codeId, int start, int end) {
}
