package dev.passage.mixed;

import dev.passage.coding.Codebook;
import dev.passage.model.CodingSpan;
import dev.passage.model.DocumentCase;
import dev.passage.model.Unit;
import dev.passage.store.Database;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One consistent read of what the displays count: the units, every document's place in the design, and every coding span
 * the session's coder scope shows.
 */
record StudySnapshot(Codebook book, List<Unit> units, List<DocumentCase> documents, List<CodingSpan> spans) {

    static StudySnapshot load(Database database, dev.passage.model.CoderScope scope, Codebook book) {
        return database.read(a -> new StudySnapshot(book, a.units().list(), a.documents().cases(), a.codings(scope).spans()));
    }

    /** A snapshot with only the spans of {@code codes} (enough for a display of those codes alone). */
    static StudySnapshot load(Database database, dev.passage.model.CoderScope scope, Codebook book, CodeSet codes) {
        return database.read(a -> new StudySnapshot(book, a.units().list(), a.documents().cases(), a.codings(scope).spans(codes.codeIds())));
    }

    /** The same study with only the given documents (and their codings): the others are as if not in the project. */
    StudySnapshot only(java.util.Set<Long> documentIds) {
        return new StudySnapshot(book, units, documents.stream().filter(d -> documentIds.contains(d.documentId())).toList(),
                                 spans.stream().filter(s -> documentIds.contains(s.documentId())).toList());
    }

    Map<Long, Integer> documentLengths() {
        Map<Long, Integer> out = new HashMap<>();
        documents.forEach(d -> out.put(d.documentId(), d.textLength()));
        return out;
    }

    /**
     * The carriers: each interview document, and each survey respondent with all their answers (or, when
     * {@code answersApart}, each answer document on its own). Respondents without any answer document have no text and are
     * not carriers.
     */
    List<Carrier> carriers(boolean answersApart) {
        List<Carrier> out = new ArrayList<>();
        Map<Long, List<DocumentCase>> byRespondent = new LinkedHashMap<>();
        for (DocumentCase d : documents) {
            if (d.isSurveyAnswer() && !answersApart) {
                byRespondent.computeIfAbsent(d.respondentId(), k -> new ArrayList<>()).add(d);
            } else {
                out.add(new Carrier(Carrier.Kind.DOCUMENT, d.documentId(), d.unitId(), List.of(d.documentId()), d.textLength()));
            }
        }
        byRespondent.forEach((respondent, docs) -> out.add(new Carrier(
            Carrier.Kind.RESPONDENT, respondent, docs.getFirst().unitId(), docs.stream().map(DocumentCase::documentId).toList(),
            docs.stream().mapToLong(DocumentCase::textLength).sum())));
        return out;
    }

    /** Documents that belong to no unit (they appear in no unit column). */
    int documentsWithoutUnit() {
        return (int) documents.stream().filter(d -> d.unitId() == null).count();
    }
}
