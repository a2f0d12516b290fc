package dev.passage.agreement;

import java.util.Arrays;

/**
 * Additive reliability counts for one nominal variable (binary: categories 0 and 1) over some units, enough for every
 * measure in {@link Measures}: Krippendorff's coincidence matrix (any number of coders, missing values allowed) and, when
 * there are exactly two coders, their contingency table. Tallies of disjoint units add up ({@link #plus}), so a bootstrap
 * can resample clusters (documents) and sum their tallies.
 */
public final class Tally {
    private final int coders;
    private final int categories;
    /** Krippendorff's coincidence matrix: o[c][k] = Σ_u (pairs (c,k) of values in u) / (m_u − 1). */
    private final double[] coincidence;
    /** Two coders only: contingency[a][b] = units where coder 0 gave a and coder 1 gave b. */
    private final long[] contingency;
    private long units;
    private long pairableUnits;
    /** Σ over pairable units of the unordered pairs of values in the unit, and of those pairs that agree. */
    private long pairs;
    private long agreeingPairs;

    /** An empty tally for {@code coders} coders and values {@code 0..categories-1}. */
    public Tally(int coders, int categories) {
        if (coders < 1 || categories < 1) {
            throw new IllegalArgumentException("a tally needs at least one coder and one category");
        }
        this.coders = coders;
        this.categories = categories;
        this.coincidence = new double[categories * categories];
        this.contingency = new long[coders == 2 ? categories * categories : 0];
    }

    /**
     * Adds {@code weight} identical units (e.g. a run of characters) in which coder {@code i} gave {@code values[i]}
     * ({@code null}: missing). Units with fewer than two values are not pairable and count only in {@link #units()}.
     */
    public void add(Integer[] values, long weight) {
        if (values.length != coders) {
            throw new IllegalArgumentException("expected " + coders + " values, got " + values.length);
        }
        if (weight < 0) {
            throw new IllegalArgumentException("negative weight " + weight);
        }
        if (weight == 0) {
            return;
        }
        int[] counts = new int[categories];
        int m = 0;
        for (Integer v : values) {
            if (v == null) {
                continue;
            }
            if (v < 0 || v >= categories) {
                throw new IllegalArgumentException("value " + v + " outside 0.." + (categories - 1));
            }
            counts[v]++;
            m++;
        }
        units += weight;
        if (m < 2) {
            return;
        }
        pairableUnits += weight;
        double w = (double) weight / (m - 1);
        for (int c = 0; c < categories; c++) {
            if (counts[c] == 0) {
                continue;
            }
            for (int k = 0; k < categories; k++) {
                long pairsCk = c == k ? (long) counts[c] * (counts[c] - 1) : (long) counts[c] * counts[k];
                if (pairsCk != 0) {
                    coincidence[c * categories + k] += pairsCk * w;
                }
            }
            agreeingPairs += weight * ((long) counts[c] * (counts[c] - 1) / 2);
        }
        pairs += weight * ((long) m * (m - 1) / 2);
        if (coders == 2) {
            contingency[values[0] * categories + values[1]] += weight;
        }
    }

    /** A new tally holding this one's units and {@code other}'s (same coders and categories). */
    public Tally plus(Tally other) {
        if (other.coders != coders || other.categories != categories) {
            throw new IllegalArgumentException("tallies of different shapes");
        }
        Tally sum = copy();
        sum.addAll(other);
        return sum;
    }

    /** Adds {@code other}'s units to this tally in place (same coders and categories). */
    public void addAll(Tally other) {
        if (other.coders != coders || other.categories != categories) {
            throw new IllegalArgumentException("tallies of different shapes");
        }
        for (int i = 0; i < coincidence.length; i++) {
            coincidence[i] += other.coincidence[i];
        }
        for (int i = 0; i < contingency.length; i++) {
            contingency[i] += other.contingency[i];
        }
        units += other.units;
        pairableUnits += other.pairableUnits;
        pairs += other.pairs;
        agreeingPairs += other.agreeingPairs;
    }

    private Tally copy() {
        Tally t = new Tally(coders, categories);
        t.addAll(this);
        return t;
    }

    public int coders() {
        return coders;
    }

    public int categories() {
        return categories;
    }

    /** All units added (with their weights), pairable or not. */
    public long units() {
        return units;
    }

    /** Units with at least two values. */
    public long pairableUnits() {
        return pairableUnits;
    }

    /** Krippendorff's coincidence o_ck (ordered pairs of values c, k within units, each unit weighted 1/(m_u − 1)). */
    public double coincidence(int c, int k) {
        return coincidence[c * categories + k];
    }

    /** Two coders only: the units in which coder 0 gave {@code a} and coder 1 gave {@code b}. */
    public long contingency(int a, int b) {
        if (coders != 2) {
            throw new IllegalStateException("a contingency table needs exactly two coders, not " + coders);
        }
        return contingency[a * categories + b];
    }

    /** Unordered pairs of values within pairable units (a unit with m values has m(m − 1)/2). */
    public long pairs() {
        return pairs;
    }

    /** Of {@link #pairs()}, those whose two values are the same. */
    public long agreeingPairs() {
        return agreeingPairs;
    }

    @Override
    public String toString() {
        return "Tally[coders=" + coders + ", categories=" + categories + ", units=" + units + ", pairable=" + pairableUnits
            + ", coincidence=" + Arrays.toString(coincidence) + "]";
    }
}
