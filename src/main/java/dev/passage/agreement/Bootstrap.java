package dev.passage.agreement;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Percentile bootstrap over clusters: draws {@code clusters.size()} clusters with replacement, sums their tallies and
 * computes the measure; repeated {@code samples} times with a fixed seed (the same data give the same interval).
 * Clusters are the independent units: documents for character, segment and unitized data, documents (or answers) for
 * document data. Replicates where the measure is undefined are left out; null when fewer than half are defined.
 * The bounds are the 2.5th and 97.5th percentiles of the defined replicates (linear interpolation between order
 * statistics, R's type 7).
 */
public final class Bootstrap {
    private Bootstrap() {
    }

    public static Interval ci95(List<Tally> clusters, Function<Measures, Double> measure, int samples, long seed) {
        if (clusters.isEmpty()) {
            return null;
        }
        Tally first = clusters.getFirst();
        return resample(clusters.size(), drawn -> {
            Tally sum = new Tally(first.coders(), first.categories());
            for (int i : drawn) {
                sum.addAll(clusters.get(i));
            }
            return measure.apply(Measures.of(sum));
        }, samples, seed);
    }

    /**
     * The percentile bootstrap behind every interval here: {@code samples} times, draws {@code clusters} cluster indices
     * with replacement (a fixed seed) and computes {@code statistic} of them; undefined (null or NaN) replicates are left
     * out; null when there is no cluster or fewer than half the replicates are defined.
     */
    public static Interval resample(int clusters, Function<int[], Double> statistic, int samples, long seed) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be positive, not " + samples);
        }
        if (clusters == 0) {
            return null;
        }
        Random random = new Random(seed);
        double[] replicates = new double[samples];
        int defined = 0;
        int[] drawn = new int[clusters];
        for (int s = 0; s < samples; s++) {
            for (int i = 0; i < clusters; i++) {
                drawn[i] = random.nextInt(clusters);
            }
            Double value = statistic.apply(drawn);
            if (value != null && !value.isNaN()) {
                replicates[defined++] = value;
            }
        }
        if (defined * 2 < samples) {
            return null;
        }
        double[] sorted = Arrays.copyOf(replicates, defined);
        Arrays.sort(sorted);
        return new Interval(percentile(sorted, 0.025), percentile(sorted, 0.975));
    }

    /** The p-quantile of sorted values, interpolating linearly between order statistics (R's type 7). */
    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
