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
        Double po = percentAgreement(tally);
        return new Measures(po, cohenKappa(tally), nominalAlpha(tally), brennanPrediger(po, tally.categories()),
            tally.pairableUnits());
    }

    /** The share of agreeing pairs among all pairs of values within pairable units; null without pairs. */
    static Double percentAgreement(Tally t) {
        return t.pairs() == 0 ? null : (double) t.agreeingPairs() / t.pairs();
    }

    /**
     * Cohen's κ over the units both coders coded: po the share of units on the diagonal, pe = Σ_k (row_k/N)(col_k/N).
     * Null with other than two coders, without such units, or when pe = 1 (both coders gave one and the same value throughout).
     */
    static Double cohenKappa(Tally t) {
        if (t.coders() != 2) {
            return null;
        }
        int q = t.categories();
        long n = 0;
        long diagonal = 0;
        long[] rows = new long[q];
        long[] cols = new long[q];
        for (int a = 0; a < q; a++) {
            for (int b = 0; b < q; b++) {
                long x = t.contingency(a, b);
                n += x;
                rows[a] += x;
                cols[b] += x;
                if (a == b) {
                    diagonal += x;
                }
            }
        }
        if (n == 0) {
            return null;
        }
        double pe = 0;
        for (int k = 0; k < q; k++) {
            if (rows[k] == n && cols[k] == n) {
                return null;
            }
            pe += ((double) rows[k] / n) * ((double) cols[k] / n);
        }
        double po = (double) diagonal / n;
        return (po - pe) / (1 - pe);
    }

    /**
     * Nominal α = 1 − (n − 1)·Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k from the coincidence matrix. Null when fewer than two
     * categories occur among the pairable values (expected disagreement 0).
     */
    static Double nominalAlpha(Tally t) {
        int q = t.categories();
        double n = 0;
        double diagonal = 0;
        double[] marginals = new double[q];
        int occurring = 0;
        for (int c = 0; c < q; c++) {
            for (int k = 0; k < q; k++) {
                double o = t.coincidence(c, k);
                marginals[c] += o;
                if (c == k) {
                    diagonal += o;
                }
            }
            n += marginals[c];
            if (marginals[c] > 0) {
                occurring++;
            }
        }
        if (occurring < 2) {
            return null;
        }
        double sumSquares = 0;
        for (double m : marginals) {
            sumSquares += m * m;
        }
        return 1 - (n - 1) * (n - diagonal) / (n * n - sumSquares);
    }

    /** Brennan–Prediger κ: (po − 1/q) / (1 − 1/q); null without po or with fewer than two categories. */
    static Double brennanPrediger(Double po, int categories) {
        if (po == null || categories < 2) {
            return null;
        }
        double chance = 1.0 / categories;
        return (po - chance) / (1 - chance);
    }
}
