package dev.passage.ui.mixed;

import dev.passage.coding.Codebook;
import dev.passage.model.DocumentCase;
import dev.passage.session.ProjectSession;
import dev.passage.ui.segments.SegmentRow;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The segments behind a display's cell or point: one code's segments in one unit's documents (or in every unit's). */
final class UnitSegments {
    private UnitSegments() {
    }

    /** {@code unitId} null: the documents of every unit (documents in no unit are in no display's column). */
    static List<SegmentRow> load(ProjectSession session, long codeId, boolean withSubCodes, Long unitId) {
        return load(session, codeId, withSubCodes, unitId, List.of());
    }

    /** As {@link #load(ProjectSession, long, boolean, Long)}, in the documents meeting every Where condition. */
    static List<SegmentRow> load(ProjectSession session, long codeId, boolean withSubCodes, Long unitId, List<String> conditions) {
        Codebook book = session.codebook().codebook();
        if (book.find(codeId).isEmpty()) {
            return List.of();
        }
        List<DocumentCase> cases = session.caseOverview().documentCases();
        Set<Long> docs = cases.stream().filter(d -> d.unitId() != null && (unitId == null || unitId.equals(d.unitId())))
                              .map(DocumentCase::documentId).collect(Collectors.toSet());
        return session.retrieval().segments(book, codeId, withSubCodes, List.of(), conditions).stream()
                      .filter(s -> docs.contains(s.documentId())).map(s -> CoreRows.segment(s, book)).toList();
    }

    /** One code's segments in one document ({@code documentId} null: in every document meeting the conditions). */
    static List<SegmentRow> inDocument(ProjectSession session, long codeId, boolean withSubCodes, Long documentId, List<String> conditions) {
        Codebook book = session.codebook().codebook();
        if (book.find(codeId).isEmpty()) {
            return List.of();
        }
        return session.retrieval().segments(book, codeId, withSubCodes, List.of(), conditions).stream()
                      .filter(s -> documentId == null || s.documentId() == documentId).map(s -> CoreRows.segment(s, book)).toList();
    }
}
