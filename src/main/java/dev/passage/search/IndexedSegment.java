package dev.passage.search;

import java.util.Set;

/**
 * One searchable unit of text: a speaker turn or paragraph of a document. {@code start}/{@code end} are UTF-16 offsets of
 * {@code text} in the document; {@code codeIds} are the codes with a coding overlapping this segment; {@code unit} may be null.
 */
public record IndexedSegment(long documentId, String documentName, int ordinal, int start, int end, String speaker,
                             String text, Set<Long> codeIds, String unit) {
    public IndexedSegment {
        codeIds = Set.copyOf(codeIds);
    }
}
