package dev.passage.mixed;

/**
 * One correlation coefficient with its test and bootstrap interval. When it cannot be computed, {@code coefficient},
 * {@code pValue} and the interval are null and {@code notComputable} says why; the numbers are never NaN.
 *
 * @param method          "Pearson's r" or "Spearman's rho"
 * @param n               pairs (units with text and a score)
 * @param degreesOfFreedom n - 2, of the t distribution the p-value comes from
 * @param t               the t statistic r * sqrt((n - 2) / (1 - r^2)), null when |r| = 1 (infinite)
 * @param ciLow           lower bound of the percentile bootstrap 95% interval, null when not computable
 * @param validResamples  bootstrap resamples in which the coefficient was defined (the others had zero variance)
 * @param ciNote          why the interval is missing, or ""
 */
public record Correlation(String method, int n, Double coefficient, Double pValue, int degreesOfFreedom, Double t, Double ciLow,
                          Double ciHigh, int resamples, int validResamples, long seed, String notComputable, String ciNote,
                          String definition) {
    public boolean computable() {
        return coefficient != null;
    }
}
