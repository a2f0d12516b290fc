package dev.passage.agreement;

import java.util.List;

/**
 * Inter-coder agreement of some coders over some codes and documents, in one unit of analysis: a row per code (pooled over the
 * documents) with a row per code × document beneath it, and an overall row. Every measure is null where it is undefined or
 * not given for this unit (e.g. Cohen's κ with three coders; α for segments), and {@link #chance()} says what each one's
 * chance model is. Names are those of the JSON the command line writes ({@code passage agreement --json}).
 *
 * @param unit             "character", "segment", "document" or "unitized"
 * @param unitOfAnalysis   what one unit is, in words (English), e.g. "each character of the 3 documents, for each code"
 * @param coders           the coders compared, in the order asked
 * @param overlap          the share of the longer segment a match needs (segment unit only; else null)
 * @param domain           the domain code's path (document unit with a domain; else null)
 * @param documents        the documents compared
 * @param chance           each measure's chance model, in words (null: the measure is not given for this unit)
 * @param bootstrapSamples resamples of documents behind each 95% interval (0: no intervals for this unit)
 */
public record AgreementReport(String unit, String unitOfAnalysis, List<String> coders, Double overlap, String domain,
                              List<String> documents, Chance chance, int bootstrapSamples, List<CodeAgreement> codes,
                              Overall overall) {
    public AgreementReport {
        coders = List.copyOf(coders);
        documents = List.copyOf(documents);
        codes = List.copyOf(codes);
    }

    /** The chance model of each measure in words; null where the measure is not given. */
    public record Chance(String percentAgreement, String cohenKappa, String krippendorffAlpha, String brennanPrediger) {
    }

    /** The bootstrap 95% intervals of the measures (null where there is none). */
    public record Intervals(Interval percentAgreement, Interval cohenKappa, Interval krippendorffAlpha, Interval brennanPrediger) {
        static final Intervals NONE = new Intervals(null, null, null, null);
    }

    /**
     * One code pooled over the documents, and per document beneath it.
     *
     * @param code      the code's path ("Parent/Child"), or the domain's path for a domain
     * @param units     the units counted (pairable: coded or not by at least two coders)
     * @param unmatched segment unit: each coder's segments that another coder did not match (else empty)
     */
    public record CodeAgreement(String code, long codeId, Double percentAgreement, Double cohenKappa, Double krippendorffAlpha,
                                Double brennanPrediger, long units, Intervals ci95, List<DocumentAgreement> documents,
                                List<UnmatchedSegment> unmatched) {
        public CodeAgreement {
            documents = List.copyOf(documents);
            unmatched = List.copyOf(unmatched);
        }
    }

    /**
     * One code in one document.
     *
     * @param values document unit: each coder's value in the coders' order ("coded"/"not coded", or the domain's sub-code
     *               applied, null when the coder applied none); other units: null
     */
    public record DocumentAgreement(String document, long documentId, Double percentAgreement, Double cohenKappa,
                                    Double krippendorffAlpha, Double brennanPrediger, long units, List<String> values) {
    }

    /** All codes together (see {@link AgreementService} for how each unit pools them). */
    public record Overall(Double percentAgreement, Double cohenKappa, Double krippendorffAlpha, Double brennanPrediger, long units,
                          Intervals ci95) {
    }

    /** A segment of {@code coder} that {@code missedBy} (the other coders named) did not match. */
    public record UnmatchedSegment(String coder, String document, long documentId, int start, int end, List<String> missedBy) {
        public UnmatchedSegment {
            missedBy = List.copyOf(missedBy);
        }
    }
}
