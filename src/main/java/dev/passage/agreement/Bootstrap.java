package dev.passage.agreement;

import java.util.List;
import java.util.function.Function;

/**
 * Percentile bootstrap over clusters: draws {@code clusters.size()} clusters with replacement, sums their tallies and
 * computes the measure; repeated {@code samples} times with a fixed seed (the same data give the same interval).
 * Clusters are the independent units: documents for character, segment and unitized data, documents (or answers) for
 * document data. Replicates where the measure is undefined are left out; null when fewer than half are defined.
 */
public final class Bootstrap {
    private Bootstrap() {
    }

    public static Interval ci95(List<Tally> clusters, Function<Measures, Double> measure, int samples, long seed) {
        throw new UnsupportedOperationException("skeleton");
    }
}
