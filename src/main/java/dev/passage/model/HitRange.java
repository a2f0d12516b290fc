package dev.passage.model;

/**
 * Where a search hit is: [start, end) of a document's text, and [segmentStart, segmentEnd) of the speaker turn or paragraph
 * holding it (UTF-16 offsets, end exclusive).
 */
public record HitRange(long documentId, int start, int end, int segmentStart, int segmentEnd) {
}
