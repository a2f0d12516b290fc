package dev.passage.agreement;

import java.util.Arrays;
import java.util.TreeMap;

/**
 * Krippendorff's α for a coders × units table of values with missing values (Krippendorff 2011, "Computing Krippendorff's
 * Alpha-Reliability"): α = 1 − Do/De, where Do is the average difference δ² between the values paired within units (each
 * unit's m_u(m_u − 1) ordered pairs weighted 1/(m_u − 1)) and De the average difference between all pairs of the same
 * values regardless of unit. Only units with at least two values count.
 */
public final class KrippendorffAlpha {
    private KrippendorffAlpha() {
    }

    /** The level of measurement: it chooses the difference function δ²(c, k). */
    public enum Metric {
        /** δ² = 0 when c = k, else 1. */
        NOMINAL,
        /** δ² = (Σ_{g from c to k} n_g − (n_c + n_k)/2)², n_g the number of pairable values equal to g (ranks). */
        ORDINAL,
        /** δ² = (c − k)². */
        INTERVAL,
        /** δ² = ((c − k)/(c + k))²; values must not be negative. */
        RATIO
    }

    /**
     * Observed and expected disagreement, and n, the number of pairable values.
     * α = 1 − observed/expected; null when expected is 0 (fewer than two distinct values) or there is no pairable value.
     */
    public record Result(double observed, double expected, long pairableValues) {
        public Double alpha() {
            return pairableValues == 0 || expected == 0 ? null : 1 - observed / expected;
        }
    }

    /** α of {@code data[coder][unit]} ({@code null}: missing) under {@code metric}; null where undefined. */
    public static Double of(Double[][] data, Metric metric) {
        return compute(data, metric).alpha();
    }

    /** Integer-valued convenience: {@code data[coder][unit]}, {@code null} missing. */
    public static Double of(Integer[][] data, Metric metric) {
        Double[][] d = new Double[data.length][];
        for (int c = 0; c < data.length; c++) {
            d[c] = new Double[data[c].length];
            for (int u = 0; u < data[c].length; u++) {
                d[c][u] = data[c][u] == null ? null : data[c][u].doubleValue();
            }
        }
        return of(d, metric);
    }

    /**
     * A 95% percentile bootstrap interval of α: the units (columns) are resampled with replacement, {@code samples} times
     * with a fixed seed (see {@link Bootstrap#resample}); null where fewer than half the replicates are defined.
     */
    public static Interval ci95(Double[][] data, Metric metric, int samples, long seed) {
        int units = data.length == 0 ? 0 : data[0].length;
        return Bootstrap.resample(units, drawn -> {
            Double[][] replicate = new Double[data.length][drawn.length];
            for (int c = 0; c < data.length; c++) {
                for (int u = 0; u < drawn.length; u++) {
                    replicate[c][u] = data[c][drawn[u]];
                }
            }
            return of(replicate, metric);
        }, samples, seed);
    }

    /** Do and De of {@code data[coder][unit]} under {@code metric}. */
    public static Result compute(Double[][] data, Metric metric) {
        int coders = data.length;
        int units = coders == 0 ? 0 : data[0].length;
        for (Double[] row : data) {
            if (row.length != units) {
                throw new IllegalArgumentException("every coder needs a value (or null) for each of the " + units + " units");
            }
            for (Double v : row) {
                if (v != null && (v.isNaN() || v.isInfinite())) {
                    throw new IllegalArgumentException("values must be finite numbers, not " + v);
                }
                if (v != null && metric == Metric.RATIO && v < 0) {
                    throw new IllegalArgumentException("ratio data cannot be negative: " + v);
                }
            }
        }
        // the distinct pairable values, in order
        TreeMap<Double, Integer> index = new TreeMap<>();
        for (int u = 0; u < units; u++) {
            if (valuesIn(data, u) >= 2) {
                for (Double[] row : data) {
                    if (row[u] != null) {
                        index.put(normal(row[u]), 0);
                    }
                }
            }
        }
        double[] values = new double[index.size()];
        int next = 0;
        for (var e : index.entrySet()) {
            values[next] = e.getKey();
            e.setValue(next++);
        }
        int v = values.length;
        double[][] o = new double[v][v];
        long n = 0;
        for (int u = 0; u < units; u++) {
            int m = valuesIn(data, u);
            if (m < 2) {
                continue;
            }
            n += m;
            int[] counts = new int[v];
            for (Double[] row : data) {
                if (row[u] != null) {
                    counts[index.get(normal(row[u]))]++;
                }
            }
            for (int c = 0; c < v; c++) {
                if (counts[c] == 0) {
                    continue;
                }
                for (int k = 0; k < v; k++) {
                    double pairs = c == k ? (double) counts[c] * (counts[c] - 1) : (double) counts[c] * counts[k];
                    o[c][k] += pairs / (m - 1);
                }
            }
        }
        double[] marginals = new double[v];
        for (int c = 0; c < v; c++) {
            marginals[c] = Arrays.stream(o[c]).sum();
        }
        double[][] delta = differences(values, marginals, metric);
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                observed += o[c][k] * delta[c][k];
                expected += marginals[c] * marginals[k] * delta[c][k];
            }
        }
        if (n == 0) {
            return new Result(0, 0, 0);
        }
        return new Result(observed / n, n > 1 ? expected / ((double) n * (n - 1)) : 0, n);
    }

    /** δ²(c, k) for the sorted distinct values and their marginals n_c. */
    static double[][] differences(double[] values, double[] marginals, Metric metric) {
        int v = values.length;
        double[][] delta = new double[v][v];
        for (int c = 0; c < v; c++) {
            double between = 0; // Σ n_g for g from c to k
            for (int k = c; k < v; k++) {
                between += marginals[k];
                double d = switch (metric) {
                    case NOMINAL -> c == k ? 0 : 1;
                    case ORDINAL -> {
                        double r = between - (marginals[c] + marginals[k]) / 2;
                        yield r * r;
                    }
                    case INTERVAL -> (values[c] - values[k]) * (values[c] - values[k]);
                    case RATIO -> {
                        double sum = values[c] + values[k];
                        double r = sum == 0 ? 0 : (values[c] - values[k]) / sum;
                        yield r * r;
                    }
                };
                if (c == k) {
                    d = 0;
                }
                delta[c][k] = d;
                delta[k][c] = d;
            }
        }
        return delta;
    }

    private static int valuesIn(Double[][] data, int unit) {
        int m = 0;
        for (Double[] row : data) {
            if (row[unit] != null) {
                m++;
            }
        }
        return m;
    }

    /** −0.0 and 0.0 are one value. */
    private static double normal(double x) {
        return x == 0 ? 0.0 : x;
    }
}
