package dev.passage.agreement;

/**
 * Agreement measures of one {@link Tally}. A measure is {@code null} where it is undefined (no pairable unit; chance
 * agreement 1, e.g. both coders never code; Cohen's κ with other than two coders).
 *
 * @param percentAgreement  observed agreement: the share of agreeing pairs of values within units (two coders: the share of
 *                          units both coded alike)
 * @param cohenKappa        two coders only: (po − pe) / (1 − pe), pe = Σ_k pA(k)·pB(k) from each coder's own margins
 * @param krippendorffAlpha nominal α = 1 − Do/De from the coincidence matrix (any number of coders, missing allowed)
 * @param brennanPrediger   (po − 1/q) / (1 − 1/q), q the number of categories
 * @param units             the units counted (pairable ones)
 */
public record Measures(Double percentAgreement, Double cohenKappa, Double krippendorffAlpha, Double brennanPrediger, long units) {

    public static Measures of(Tally tally) {
        throw new UnsupportedOperationException("skeleton");
    }
}
