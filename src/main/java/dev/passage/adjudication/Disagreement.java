package dev.passage.adjudication;

import dev.passage.model.Adjudication;

import java.util.List;

/**
 * One passage where two coders' codings of a code differ: where it is (document, [start, end)), its text, each coder's
 * codings in it, the consensus codings of that code already in it, and the decision when it has been resolved (else null).
 * {@code number} counts from 1 in the listing's order (documents in their order, then by start, then by code).
 */
public record Disagreement(int number, long documentId, String document, long codeId, String code, int start, int end, String text,
                           Version a, Version b, Version consensus, Adjudication decision) {

    /** A coder's codings in the passage, each with the text it covers. */
    public record Version(String coder, List<Stretch> codings) {
        public Version {
            codings = List.copyOf(codings);
        }
    }

    /** One coding (or, for the consensus, one coding of the consensus coder): [start, end) of the document and its text. */
    public record Stretch(long codingId, int start, int end, String text) {
    }

    public boolean resolved() {
        return decision != null;
    }
}
