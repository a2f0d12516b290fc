package dev.passage.search;

import dev.passage.model.HitRange;

/**
 * One keyword-in-context row. {@code start}/{@code end} are the hit's UTF-16 offsets in the document;
 * {@code segmentStart}/{@code segmentEnd} those of the turn or paragraph holding it.
 */
public record KwicHit(long documentId, String documentName, String speaker, int start, int end, String left, String hit,
                      String right, float score, int segmentStart, int segmentEnd) {

    /** Where the hit and its segment are, without the context. */
    public HitRange range() {
        return new HitRange(documentId, start, end, segmentStart, segmentEnd);
    }
}
