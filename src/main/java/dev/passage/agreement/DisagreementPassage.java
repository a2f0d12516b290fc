package dev.passage.agreement;

import java.util.List;

/**
 * A stretch of a document where the coders differ on one code (its path): {@code codedBy} coded all of it with the code, the others none
 * of it (segment unit: an unmatched segment, {@code codedBy} its coder). {@code text} is the stretch's text, shortened in the
 * middle when long.
 */
public record DisagreementPassage(String code, long documentId, String document, int start, int end, List<String> codedBy, List<String> notCodedBy,
                                  String text) {
    public DisagreementPassage {
        codedBy = List.copyOf(codedBy);
        notCodedBy = List.copyOf(notCodedBy);
    }
}
