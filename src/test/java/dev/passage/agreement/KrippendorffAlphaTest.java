package dev.passage.agreement;

import dev.passage.agreement.KrippendorffAlpha.Metric;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class KrippendorffAlphaTest {

    /** Krippendorff (2011), sections C–F: the same 4 × 12 table under the four metrics. */
    @Test
    void krippendorffsFourObserverExampleUnderEachMetric() {
        Integer[][] data = KrippendorffExamples.FOUR_OBSERVERS;
        assertThat(KrippendorffAlpha.of(data, Metric.NOMINAL)).isCloseTo(0.743, within(0.0005));
        assertThat(KrippendorffAlpha.of(data, Metric.ORDINAL)).isCloseTo(0.815, within(0.0005));
        assertThat(KrippendorffAlpha.of(data, Metric.INTERVAL)).isCloseTo(0.849, within(0.0005));
        assertThat(KrippendorffAlpha.of(data, Metric.RATIO)).isCloseTo(0.797, within(0.0005));
        // n = 40 pairable values (unit 12 has one value and is left out)
        assertThat(KrippendorffAlpha.compute(toDouble(data), Metric.NOMINAL).pairableValues()).isEqualTo(40);
    }

    /** Krippendorff (2011), section A: binary data, two observers, α = 0.095; for two values every metric but ordinal agrees. */
    @Test
    void krippendorffsBinaryExample() {
        Integer[][] data = {
            {0, 1, 0, 0, 0, 0, 0, 0, 1, 0},
            {1, 1, 1, 0, 0, 1, 0, 0, 0, 0},
        };
        assertThat(KrippendorffAlpha.of(data, Metric.NOMINAL)).isCloseTo(0.095, within(0.0005));
        assertThat(KrippendorffAlpha.of(data, Metric.INTERVAL)).isCloseTo(KrippendorffAlpha.of(data, Metric.NOMINAL), within(1e-12));
        assertThat(KrippendorffAlpha.of(data, Metric.ORDINAL)).isCloseTo(KrippendorffAlpha.of(data, Metric.NOMINAL), within(1e-12));
    }

    /** The nominal α of the general table equals the Tally's (coincidence matrix built twice, independently). */
    @Test
    void nominalAlphaAgreesWithTheTally() {
        Random random = new Random(11);
        for (int round = 0; round < 100; round++) {
            int coders = 2 + random.nextInt(4);
            int q = 2 + random.nextInt(4);
            int units = 1 + random.nextInt(30);
            Integer[][] data = new Integer[coders][units];
            Tally t = new Tally(coders, q);
            for (int u = 0; u < units; u++) {
                Integer[] unit = MeasuresTest.randomUnit(random, coders, q, 0.3);
                for (int c = 0; c < coders; c++) {
                    data[c][u] = unit[c];
                }
                t.add(unit, 1);
            }
            MeasuresTest.assertClose(KrippendorffAlpha.of(data, Metric.NOMINAL), Measures.of(t).krippendorffAlpha());
        }
    }

    /** Every metric against a brute-force computation over all pairs of pairable values, on seeded random data. */
    @Test
    void everyMetricMatchesABruteForceComputationOnRandomData() {
        Random random = new Random(20261207L);
        for (int round = 0; round < 400; round++) {
            int coders = 2 + random.nextInt(4);
            int units = 1 + random.nextInt(25);
            Double[][] data = randomTable(random, coders, units, round % 2 == 0);
            for (Metric metric : Metric.values()) {
                MeasuresTest.assertClose(KrippendorffAlpha.of(data, metric), bruteForce(data, metric));
            }
        }
    }

    /** Interval α does not change under x → a·x + b, ratio α under x → a·x, ordinal α under any increasing map. */
    @Test
    void eachMetricIsInvariantUnderItsTransformations() {
        Random random = new Random(5);
        for (int round = 0; round < 50; round++) {
            Double[][] data = randomTable(random, 3, 20, false);
            assertInvariant(data, Metric.INTERVAL, x -> 3 * x - 7);
            assertInvariant(data, Metric.RATIO, x -> 2.5 * x);
            assertInvariant(data, Metric.ORDINAL, x -> Math.exp(x) + x * x * x);
            assertInvariant(data, Metric.NOMINAL, x -> -x);
        }
    }

    @Test
    void bootstrapIntervalResamplesUnits() {
        Random random = new Random(8);
        Double[][] data = randomTable(random, 3, 60, false);
        for (Metric metric : Metric.values()) {
            Interval ci = KrippendorffAlpha.ci95(data, metric, 500, 4);
            assertThat(ci).isEqualTo(KrippendorffAlpha.ci95(data, metric, 500, 4));
            double point = KrippendorffAlpha.of(data, metric);
            assertThat(ci.low()).isLessThan(point);
            assertThat(ci.high()).isGreaterThan(point);
        }
        assertThat(KrippendorffAlpha.ci95(new Double[][] {{1.0, 1.0}, {1.0, 1.0}}, Metric.NOMINAL, 100, 1)).isNull();
        assertThat(KrippendorffAlpha.ci95(new Double[][] {{}, {}}, Metric.NOMINAL, 100, 1)).isNull();
    }

    @Test
    void undefinedAlphaIsNull() {
        assertThat(KrippendorffAlpha.of(new Integer[][] {{1, 1, 1}, {1, 1, 1}}, Metric.INTERVAL)).isNull();
        assertThat(KrippendorffAlpha.of(new Integer[][] {{1, null, 2}, {null, 3, null}}, Metric.NOMINAL)).isNull();
        assertThat(KrippendorffAlpha.of(new Integer[][] {{}, {}}, Metric.ORDINAL)).isNull();
        assertThat(KrippendorffAlpha.of(new Integer[][] {{0, 0}, {0, 0}}, Metric.RATIO)).isNull();
        // perfect agreement on at least two values is 1
        assertThat(KrippendorffAlpha.of(new Integer[][] {{1, 2, 3}, {1, 2, 3}, {null, 2, 3}}, Metric.RATIO))
            .isCloseTo(1.0, within(1e-12));
    }

    @Test
    void badTablesAreRefused() {
        assertThatThrownBy(() -> KrippendorffAlpha.of(new Integer[][] {{1, 2}, {1}}, Metric.NOMINAL))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KrippendorffAlpha.of(new Integer[][] {{1, -2}, {1, 2}}, Metric.RATIO))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KrippendorffAlpha.of(new Double[][] {{1.0, Double.NaN}, {1.0, 2.0}}, Metric.INTERVAL))
            .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertInvariant(Double[][] data, Metric metric, DoubleUnaryOperator f) {
        Double[][] mapped = new Double[data.length][];
        for (int c = 0; c < data.length; c++) {
            mapped[c] = new Double[data[c].length];
            for (int u = 0; u < data[c].length; u++) {
                mapped[c][u] = data[c][u] == null ? null : f.applyAsDouble(data[c][u]);
            }
        }
        MeasuresTest.assertClose(KrippendorffAlpha.of(mapped, metric), KrippendorffAlpha.of(data, metric));
    }

    /** Coders agreeing on a unit's value more often than not; integer scale 0..6 or non-negative reals; 25% missing. */
    private static Double[][] randomTable(Random random, int coders, int units, boolean reals) {
        Double[][] data = new Double[coders][units];
        for (int u = 0; u < units; u++) {
            double truth = reals ? random.nextDouble() * 10 : random.nextInt(7);
            for (int c = 0; c < coders; c++) {
                if (random.nextDouble() < 0.25) {
                    continue;
                }
                double noise = random.nextDouble() < 0.5 ? 0 : (reals ? random.nextDouble() * 4 : random.nextInt(5) - 2);
                data[c][u] = Math.max(0, truth + noise);
            }
        }
        return data;
    }

    /**
     * α straight from the definition: Do = (1/n) Σ_u 1/(m_u − 1) Σ_{i≠j in u} δ²(v_i, v_j), De = 1/(n(n − 1)) Σ_{i≠j}
     * δ²(v_i, v_j) over all n pairable values; the ordinal δ² counts the pooled values between c and k.
     */
    private static Double bruteForce(Double[][] data, Metric metric) {
        List<List<Double>> units = new ArrayList<>();
        List<Double> pooled = new ArrayList<>();
        for (int u = 0; u < data[0].length; u++) {
            List<Double> vs = new ArrayList<>();
            for (Double[] row : data) {
                if (row[u] != null) {
                    vs.add(row[u]);
                }
            }
            if (vs.size() >= 2) {
                units.add(vs);
                pooled.addAll(vs);
            }
        }
        int n = pooled.size();
        if (n == 0) {
            return null;
        }
        double observed = 0;
        for (List<Double> vs : units) {
            double sum = 0;
            for (int i = 0; i < vs.size(); i++) {
                for (int j = 0; j < vs.size(); j++) {
                    if (i != j) {
                        sum += delta(vs.get(i), vs.get(j), pooled, metric);
                    }
                }
            }
            observed += sum / (vs.size() - 1);
        }
        observed /= n;
        double expected = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    expected += delta(pooled.get(i), pooled.get(j), pooled, metric);
                }
            }
        }
        expected /= (double) n * (n - 1);
        return expected == 0 ? null : 1 - observed / expected;
    }

    private static double delta(double c, double k, List<Double> pooled, Metric metric) {
        if (c == k) {
            return 0;
        }
        return switch (metric) {
            case NOMINAL -> 1;
            case INTERVAL -> (c - k) * (c - k);
            case RATIO -> Math.pow((c - k) / (c + k), 2);
            case ORDINAL -> {
                double lo = Math.min(c, k);
                double hi = Math.max(c, k);
                double between = 0;
                for (double x : pooled) {
                    if (x > lo && x < hi) {
                        between++;
                    } else if (x == lo || x == hi) {
                        between += 0.5;
                    }
                }
                yield between * between;
            }
        };
    }

    private static Double[][] toDouble(Integer[][] data) {
        Double[][] d = new Double[data.length][];
        for (int c = 0; c < data.length; c++) {
            d[c] = new Double[data[c].length];
            for (int u = 0; u < data[c].length; u++) {
                d[c][u] = data[c][u] == null ? null : data[c][u].doubleValue();
            }
        }
        return d;
    }
}
