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
        return clusters.isEmpty() ? null : ci95(clusters, List.of(measure), samples, seed).getFirst();
    }

    /**
     * The intervals of several measures from the same replicates (each replicate's tallies summed once): the same
     * intervals as one {@link #ci95(List, Function, int, long)} call per measure with this seed, in the measures' order.
     */
    public static List<Interval> ci95(List<Tally> clusters, List<Function<Measures, Double>> measures, int samples, long seed) {
        if (clusters.isEmpty()) {
            return java.util.Collections.nCopies(measures.size(), null);
        }
        Tally first = clusters.getFirst();
        return resampleAll(clusters.size(), drawn -> {
            Tally sum = new Tally(first.coders(), first.categories());
            for (int i : drawn) {
                sum.addAll(clusters.get(i));
            }
            Measures m = Measures.of(sum);
            return measures.stream().map(f -> f.apply(m)).toArray(Double[]::new);
        }, measures.size(), samples, seed);
    }

    /**
     * The percentile interval of {@code statistic} over {@code samples} replicates, each drawing {@code clusters} cluster
     * indices with replacement (the statistic sums or pools what the drawn clusters hold); null when fewer than half of the
     * replicates are defined.
     */
    public static Interval resample(int clusters, Function<int[], Double> statistic, int samples, long seed) {
        return resampleAll(clusters, drawn -> new Double[] {statistic.apply(drawn)}, 1, samples, seed).getFirst();
    }

    /** As {@link #resample} for {@code count} statistics computed together from each replicate. */
    static List<Interval> resampleAll(int clusters, Function<int[], Double[]> statistics, int count, int samples, long seed) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be positive, not " + samples);
        }
        if (clusters == 0) {
            return java.util.Collections.nCopies(count, null);
        }
        Random random = new Random(seed);
        double[][] replicates = new double[count][samples];
        int[] defined = new int[count];
        int[] drawn = new int[clusters];
        for (int s = 0; s < samples; s++) {
            for (int i = 0; i < clusters; i++) {
                drawn[i] = random.nextInt(clusters);
            }
            Double[] values = statistics.apply(drawn);
            for (int k = 0; k < count; k++) {
                if (values[k] != null && !values[k].isNaN()) {
                    replicates[k][defined[k]++] = values[k];
                }
            }
        }
        List<Interval> out = new java.util.ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            if (defined[k] * 2 < samples) {
                out.add(null);
            } else {
                double[] sorted = Arrays.copyOf(replicates[k], defined[k]);
                Arrays.sort(sorted);
                out.add(new Interval(percentile(sorted, 0.025), percentile(sorted, 0.975)));
            }
        }
        return out;
    }

    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
