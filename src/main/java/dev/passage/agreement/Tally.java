package dev.passage.agreement;

/**
 * Additive reliability counts for one nominal variable (binary: categories 0 and 1) over some units, enough for every
 * measure in {@link Measures}: Krippendorff's coincidence matrix (any number of coders, missing values allowed) and, when
 * there are exactly two coders, their contingency table. Tallies of disjoint units add up ({@link #plus}), so a bootstrap
 * can resample clusters (documents) and sum their tallies.
 */
public final class Tally {

    /** An empty tally for {@code coders} coders and values {@code 0..categories-1}. */
    public Tally(int coders, int categories) {
        throw new UnsupportedOperationException("skeleton");
    }

    /**
     * Adds {@code weight} identical units (e.g. a run of characters) in which coder {@code i} gave {@code values[i]}
     * ({@code null}: missing). Units with fewer than two values are not pairable and count only in {@link #units()}.
     */
    public void add(Integer[] values, long weight) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** A new tally holding this one's units and {@code other}'s (same coders and categories). */
    public Tally plus(Tally other) {
        throw new UnsupportedOperationException("skeleton");
    }

    public int coders() {
        throw new UnsupportedOperationException("skeleton");
    }

    public int categories() {
        throw new UnsupportedOperationException("skeleton");
    }

    /** All units added (with their weights), pairable or not. */
    public long units() {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Units with at least two values. */
    public long pairableUnits() {
        throw new UnsupportedOperationException("skeleton");
    }
}
