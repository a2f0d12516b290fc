package dev.passage.mixed;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Correlations against published reference values and hand-computed small cases. */
class CorrelationStatsTest {
    private static final BootstrapSettings BOOT = BootstrapSettings.DEFAULT;
    private static final String UNITS = "units with both text and a score";

    /**
     * Anscombe's quartet, set I (Anscombe 1973): r = 0.8164205; R's cor.test reports t = 4.2415, df = 9, p-value = 0.00217.
     * Spearman: no ties, sum of squared rank differences = 40, rho = 1 - 6*40 / (11*120) = 0.8181818; p from t with 9 df =
     * 0.0020831 (scipy.stats.spearmanr gives the same).
     */
    @Test
    void anscombesFirstSetMatchesThePublishedValues() {
        double[] x = {10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5};
        double[] y = {8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68};
        Correlation r = CorrelationStats.pearson(x, y, BOOT, UNITS);
        assertThat(r.n()).isEqualTo(11);
        assertThat(r.degreesOfFreedom()).isEqualTo(9);
        assertThat(r.coefficient()).isCloseTo(0.8164205, within(1e-7));
        assertThat(r.t()).isCloseTo(4.2415, within(1e-4));
        assertThat(r.pValue()).isCloseTo(0.00217, within(5e-6));
        assertThat(r.ciLow()).isLessThan(r.coefficient());
        assertThat(r.ciHigh()).isGreaterThan(r.coefficient()).isLessThanOrEqualTo(1.0);
        Correlation rho = CorrelationStats.spearman(x, y, BOOT, UNITS);
        assertThat(rho.coefficient()).isCloseTo(0.8181818, within(1e-7));
        assertThat(rho.pValue()).isCloseTo(0.0020831, within(1e-7));
    }

    /**
     * Ties get average ranks: x = 1, 2, 2, 3 ranks 1, 2.5, 2.5, 4; y = 1, 3, 2, 4 ranks 1, 3, 2, 4. Centred ranks
     * (-1.5, 0, 0, 1.5) and (-1.5, 0.5, -0.5, 1.5): sum of products 4.5, sums of squares 4.5 and 5, so rho = 4.5 / sqrt(22.5)
     * = sqrt(0.9) = 0.9486833 (the no-ties shortcut 1 - 6 sum d^2 / n(n^2-1) would wrongly give 0.95).
     * t = rho * sqrt(2 / (1 - 0.9)) = 4.2426, p (2 df) = 0.0513167.
     */
    @Test
    void spearmanGivesTiesTheirAverageRank() {
        Correlation rho = CorrelationStats.spearman(new double[] {1, 2, 2, 3}, new double[] {1, 3, 2, 4}, BOOT, UNITS);
        assertThat(rho.coefficient()).isCloseTo(Math.sqrt(0.9), within(1e-12));
        assertThat(rho.pValue()).isCloseTo(0.0513167, within(1e-7));
        assertThat(rho.definition()).contains("average rank");
    }

    @Test
    void degenerateDataAreNotComputableAndSayWhy() {
        Correlation two = CorrelationStats.pearson(new double[] {1, 2}, new double[] {3, 4}, BOOT, UNITS);
        assertThat(two.computable()).isFalse();
        assertThat(two.coefficient()).isNull();
        assertThat(two.pValue()).isNull();
        assertThat(two.notComputable()).isEqualTo("not computable: needs at least 3 units with both text and a score, there are 2");
        Correlation flat = CorrelationStats.spearman(new double[] {0.5, 0.5, 0.5, 0.5}, new double[] {1, 2, 3, 4}, BOOT, UNITS);
        assertThat(flat.notComputable()).isEqualTo("not computable: every unit has the same prevalence (0.5), so it does not vary");
        Correlation sameScore = CorrelationStats.pearson(new double[] {1, 2, 3}, new double[] {4, 4, 4}, BOOT, UNITS);
        assertThat(sameScore.notComputable()).contains("same score (4)");
    }

    /** A perfect line: every resample that varies has r = 1, so the interval is [1, 1]; p = 0 since t is infinite. */
    @Test
    void aPerfectLineHasPValueZeroAndADegenerateInterval() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 2 * x[i] + 1;
        }
        Correlation r = CorrelationStats.pearson(x, y, BOOT, UNITS);
        assertThat(r.coefficient()).isEqualTo(1.0);
        assertThat(r.t()).isNull();
        assertThat(r.pValue()).isZero();
        assertThat(r.ciLow()).isEqualTo(1.0);
        assertThat(r.ciHigh()).isEqualTo(1.0);
    }

    @Test
    void theBootstrapIsReproducibleForASeedAndDiffersAcrossSeeds() {
        double[] x = {0.1, 0.4, 0.35, 0.8, 0.2, 0.55, 0.6, 0.05, 0.9, 0.3};
        double[] y = {2, 3, 4, 4.5, 2.5, 3, 5, 1, 4, 3.5};
        Correlation a = CorrelationStats.pearson(x, y, new BootstrapSettings(2000, 42), UNITS);
        Correlation b = CorrelationStats.pearson(x, y, new BootstrapSettings(2000, 42), UNITS);
        Correlation c = CorrelationStats.pearson(x, y, new BootstrapSettings(2000, 7), UNITS);
        assertThat(a).isEqualTo(b);
        assertThat(c.ciLow()).isNotEqualTo(a.ciLow());
        assertThat(a.ciLow()).isLessThan(a.coefficient());
        assertThat(a.ciHigh()).isGreaterThan(a.coefficient());
        assertThat(a.validResamples()).isBetween(1990, 2000);
        assertThat(a.definition()).contains("2000 resamples").contains("seed 42").contains("N-2 = 8 df");
    }

    /** With 3 units a ninth of all resamples repeat one unit three times (3 of 27 draws): too few valid ones for an interval. */
    @Test
    void threeUnitsGiveACoefficientButNoInterval() {
        Correlation r = CorrelationStats.pearson(new double[] {1, 2, 3}, new double[] {1, 3, 2}, BOOT, UNITS);
        assertThat(r.coefficient()).isCloseTo(0.5, within(1e-12));
        assertThat(r.ciLow()).isNull();
        assertThat(r.ciNote()).startsWith("no interval: only ").contains("of 2000 resamples");
    }
}
