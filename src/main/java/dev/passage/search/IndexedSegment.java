package dev.passage.search;

import dev.passage.model.Language;

import java.util.Set;

/**
 * One searchable unit of text: a speaker turn or paragraph of a document. {@code start}/{@code end} are UTF-16 offsets of
 * {@code text} in the document; {@code codeIds} are the codes with a coding overlapping this segment; {@code unit} may be null.
 * {@code language} is its document's, whose analyzer indexes the text; null means the index's default (the project's).
 */
public record IndexedSegment(long documentId, String documentName, int ordinal, int start, int end, String speaker,
                             String text, Set<Long> codeIds, String unit, Language language) {
    public IndexedSegment {
        codeIds = Set.copyOf(codeIds);
    }

    /** A segment in the index's default language. */
    public IndexedSegment(long documentId, String documentName, int ordinal, int start, int end, String speaker,
                          String text, Set<Long> codeIds, String unit) {
        this(documentId, documentName, ordinal, start, end, speaker, text, codeIds, unit, null);
    }
}
