package dev.passage.mixed;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.util.Arrays;
import java.util.function.BiFunction;

/**
 * Pearson and Spearman correlation (Apache Commons Math) with a two-sided p-value from the t distribution with n - 2 degrees
 * of freedom, and a percentile bootstrap 95% interval over resampled pairs (seeded, so the same data give the same interval).
 * Spearman gives tied values their average rank. Degenerate data (n < 3, zero variance) are "not computable", never NaN.
 */
public final class CorrelationStats {
    public static final String PEARSON = "Pearson's r";
    public static final String SPEARMAN = "Spearman's rho";
    /** At least this share of the resamples must have a defined coefficient for an interval to be reported. */
    private static final double MIN_VALID_SHARE = 0.9;

    private CorrelationStats() {
    }

    public static Correlation pearson(double[] x, double[] y, BootstrapSettings bootstrap, String population) {
        return compute(PEARSON, x, y, bootstrap, population, (a, b) -> new PearsonsCorrelation().correlation(a, b));
    }

    public static Correlation spearman(double[] x, double[] y, BootstrapSettings bootstrap, String population) {
        return compute(SPEARMAN, x, y, bootstrap, population, (a, b) -> new SpearmansCorrelation().correlation(a, b));
    }

    private static Correlation compute(String method, double[] x, double[] y, BootstrapSettings bootstrap, String population,
                                       BiFunction<double[], double[], Double> coefficient) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y need the same length, not " + x.length + " and " + y.length);
        }
        int n = x.length;
        String definition = definition(method, n, population, bootstrap);
        String why = whyNotComputable(x, y, n);
        if (why != null) {
            return new Correlation(method, n, null, null, Math.max(n - 2, 0), null, null, null, bootstrap.resamples(), 0,
                                   bootstrap.seed(), "not computable: " + why, "", definition);
        }
        double r = clamp(coefficient.apply(x, y));
        int df = n - 2;
        Double t = Math.abs(r) == 1.0 ? null : r * Math.sqrt(df / (1 - r * r));
        double p = t == null ? 0.0 : 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));

        double[] boot = resample(x, y, bootstrap, coefficient);
        int valid = boot.length;
        Double low = null;
        Double high = null;
        String ciNote = "";
        if (valid >= MIN_VALID_SHARE * bootstrap.resamples()) {
            Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
            percentile.setData(boot);
            low = percentile.evaluate(2.5);
            high = percentile.evaluate(97.5);
        } else {
            ciNote = "no interval: only " + valid + " of " + bootstrap.resamples()
                     + " resamples had variance in both variables (too few units)";
        }
        return new Correlation(method, n, r, p, df, t, low, high, bootstrap.resamples(), valid, bootstrap.seed(), "", ciNote, definition);
    }

    private static String whyNotComputable(double[] x, double[] y, int n) {
        if (n < 3) {
            return "needs at least 3 units with both text and a score, there " + (n == 1 ? "is " : "are ") + n;
        }
        if (constant(x)) {
            return "every unit has the same prevalence (" + Formats.number(x[0]) + "), so it does not vary";
        }
        if (constant(y)) {
            return "every unit has the same score (" + Formats.number(y[0]) + "), so it does not vary";
        }
        return null;
    }

    /** The coefficients of the resamples in which both variables vary (the others are left out and counted). */
    private static double[] resample(double[] x, double[] y, BootstrapSettings bootstrap, BiFunction<double[], double[], Double> f) {
        RandomGenerator random = new Well19937c(bootstrap.seed());
        int n = x.length;
        double[] out = new double[bootstrap.resamples()];
        int valid = 0;
        double[] bx = new double[n];
        double[] by = new double[n];
        for (int b = 0; b < bootstrap.resamples(); b++) {
            for (int i = 0; i < n; i++) {
                int k = random.nextInt(n);
                bx[i] = x[k];
                by[i] = y[k];
            }
            if (!constant(bx) && !constant(by)) {
                out[valid++] = clamp(f.apply(bx, by));
            }
        }
        return Arrays.copyOf(out, valid);
    }

    private static boolean constant(double[] v) {
        for (double d : v) {
            if (d != v[0]) {
                return false;
            }
        }
        return true;
    }

    /** Rounding leaves a perfect correlation a hair off ±1 (0.9999999999999999 or past 1): such values are ±1. */
    private static double clamp(double r) {
        if (1 - Math.abs(r) < 1e-12) {
            return Math.signum(r);
        }
        return r;
    }

    static String definition(String method, int n, String population, BootstrapSettings bootstrap) {
        String coefficient = method.equals(SPEARMAN)
            ? "Spearman's rho (Pearson's r of the ranks; tied values get their average rank)"
            : "Pearson's r";
        return coefficient + " over N = " + n + " " + population + "; two-sided p from t = r·sqrt((N-2)/(1-r²)) with N-2 = "
               + Math.max(n - 2, 0) + " df; 95% CI: percentile bootstrap (2.5th and 97.5th percentiles, R type 7), "
               + bootstrap.resamples() + " resamples of the " + population + " with replacement, seed " + bootstrap.seed()
               + " (resamples without variance are left out).";
    }
}
