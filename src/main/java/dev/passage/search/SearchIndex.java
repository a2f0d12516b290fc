package dev.passage.search;

import java.io.IOException;
import java.util.List;

/**
 * The project's full-text index. It is derived data: the database is the truth, and the index records which
 * database {@code dataVersion} it reflects so a stale or missing index can be rebuilt.
 * Changes are visible to the next {@link #search} at once (near-real-time), and durable after {@link #commit}.
 */
public interface SearchIndex extends AutoCloseable {

    /** The data version of the last commit, or -1 for an empty, new or unreadable index. */
    long committedDataVersion();

    /** Drops everything and indexes {@code segments}, then commits with {@code dataVersion}. */
    void rebuild(Iterable<IndexedSegment> segments, long dataVersion) throws IOException;

    /** Replaces all segments of one document (the list may be empty, which removes the document). */
    void replaceDocument(long documentId, List<IndexedSegment> segments) throws IOException;

    /**
     * Replaces all segments of many documents at once (an import of thousands of survey answers); by default one
     * {@link #replaceDocument} per document, implementations make the changes visible once at the end.
     */
    default void replaceDocuments(java.util.Map<Long, List<IndexedSegment>> segmentsByDocument) throws IOException {
        for (var e : segmentsByDocument.entrySet()) {
            replaceDocument(e.getKey(), e.getValue());
        }
    }

    /**
     * Re-tags existing segments of a document with new code ids (a coding was applied, removed or changed); their text
     * is unchanged. Ordinals that are not in the index are ignored.
     */
    void updateSegmentCodes(long documentId, java.util.Map<Integer, java.util.Set<Long>> codesByOrdinal) throws IOException;

    void commit(long dataVersion) throws IOException;

    /** What was wrong with the index found at open and thrown away (it will be rebuilt), or null when there was nothing. */
    default String openProblem() {
        return null;
    }

    SearchResult search(SearchQuery query) throws SearchSyntaxException, IOException;

    @Override
    void close() throws IOException;
}
