package dev.passage.model;

import java.time.Instant;

/**
 * A stored decision on one passage [start, end) of a document where coders A and B coded {@code codeId} differently: the
 * verdict, the lead's note, the coder whose codings hold the result ({@code consensus}), and who decided when.
 */
public record Adjudication(long id, long documentId, long codeId, int start, int end, String coderA, String coderB,
                           String consensus, Verdict verdict, String note, String decidedBy, Instant decidedAt) {

    /** Whether this decision is about the same two coders (in either order). */
    public boolean between(String a, String b) {
        return (coderA.equals(a) && coderB.equals(b)) || (coderA.equals(b) && coderB.equals(a));
    }

    public boolean overlaps(long document, int from, int to) {
        return documentId == document && start < to && from < end;
    }
}
