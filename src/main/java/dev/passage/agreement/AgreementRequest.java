package dev.passage.agreement;

import java.util.List;
import java.util.Objects;

/**
 * What to compare: the coders (two or more, by name), the unit of analysis, the codes (paths; empty: every code any of the
 * coders applied in the documents), the documents (names; empty: every document), a domain code (document unit only: its
 * direct sub-codes are the values of one nominal variable), the overlap a segment match needs (segment unit; 0 &lt; overlap ≤ 1)
 * and whether to keep only the documents every one of the coders has coded something in (those the team shared out; the
 * others would count one coder's silence as "not coded").
 */
public record AgreementRequest(List<String> coders, AgreementUnit unit, List<String> codes, List<String> documents, String domain,
                               double overlap, boolean codedByAll) {
    /** MAXQDA's usual threshold: 90% of the longer segment. */
    public static final double DEFAULT_OVERLAP = 0.9;

    public AgreementRequest {
        coders = List.copyOf(coders);
        Objects.requireNonNull(unit, "unit");
        codes = List.copyOf(codes);
        documents = List.copyOf(documents);
    }

    public static AgreementRequest of(List<String> coders, AgreementUnit unit) {
        return new AgreementRequest(coders, unit, List.of(), List.of(), null, DEFAULT_OVERLAP, false);
    }

    public AgreementRequest withCodes(List<String> paths) {
        return new AgreementRequest(coders, unit, paths, documents, domain, overlap, codedByAll);
    }

    public AgreementRequest withDocuments(List<String> names) {
        return new AgreementRequest(coders, unit, codes, names, domain, overlap, codedByAll);
    }

    public AgreementRequest withDomain(String path) {
        return new AgreementRequest(coders, unit, codes, documents, path, overlap, codedByAll);
    }

    public AgreementRequest withCodedByAll(boolean only) {
        return new AgreementRequest(coders, unit, codes, documents, domain, overlap, only);
    }

    public AgreementRequest withOverlap(double share) {
        return new AgreementRequest(coders, unit, codes, documents, domain, share, codedByAll);
    }
}
