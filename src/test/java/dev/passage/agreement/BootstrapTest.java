package dev.passage.agreement;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BootstrapTest {

    @Test
    void theSameDataAndSeedGiveTheSameInterval() {
        List<Tally> clusters = documents(new Random(1), 20, 0.7);
        Interval a = Bootstrap.ci95(clusters, Measures::cohenKappa, 500, 42);
        Interval b = Bootstrap.ci95(clusters, Measures::cohenKappa, 500, 42);
        assertThat(a).isEqualTo(b);
        assertThat(a.low()).isLessThan(a.high());
    }

    @Test
    void severalMeasuresFromOneSetOfReplicatesGiveEachMeasuresOwnInterval() {
        List<Tally> clusters = documents(new Random(5), 30, 0.7);
        List<java.util.function.Function<Measures, Double>> measures = List.of(Measures::percentAgreement, Measures::cohenKappa,
                                                                               Measures::krippendorffAlpha, Measures::brennanPrediger);
        List<Interval> together = Bootstrap.ci95(clusters, measures, 400, 9);
        assertThat(together).hasSize(4).doesNotContainNull();
        for (int k = 0; k < measures.size(); k++) {
            assertThat(together.get(k)).isEqualTo(Bootstrap.ci95(clusters, measures.get(k), 400, 9));
        }
    }

    @Test
    void theIntervalSurroundsThePointEstimate() {
        List<Tally> clusters = documents(new Random(2), 40, 0.7);
        Tally all = new Tally(2, 2);
        clusters.forEach(all::addAll);
        for (java.util.function.Function<Measures, Double> m : List.<java.util.function.Function<Measures, Double>>of(
            Measures::cohenKappa, Measures::krippendorffAlpha, Measures::percentAgreement, Measures::brennanPrediger)) {
            double point = m.apply(Measures.of(all));
            Interval ci = Bootstrap.ci95(clusters, m, 1000, 7);
            assertThat(ci.low()).isLessThan(point);
            assertThat(ci.high()).isGreaterThan(point);
        }
    }

    @Test
    void moreClustersGiveANarrowerInterval() {
        Interval few = Bootstrap.ci95(documents(new Random(3), 8, 0.7), Measures::krippendorffAlpha, 1000, 1);
        Interval many = Bootstrap.ci95(documents(new Random(3), 200, 0.7), Measures::krippendorffAlpha, 1000, 1);
        assertThat(many.high() - many.low()).isLessThan(few.high() - few.low());
    }

    /** Resampling is by cluster: clusters that each agree perfectly give a degenerate interval at 1. */
    @Test
    void perfectAgreementInEveryClusterGivesOne() {
        List<Tally> clusters = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            Tally t = new Tally(2, 2);
            t.add(new Integer[] {1, 1}, 10 + d);
            t.add(new Integer[] {0, 0}, 100);
            clusters.add(t);
        }
        Interval ci = Bootstrap.ci95(clusters, Measures::cohenKappa, 200, 5);
        assertThat(ci.low()).isCloseTo(1.0, within(1e-12));
        assertThat(ci.high()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void undefinedWhenMostReplicatesAreUndefined() {
        assertThat(Bootstrap.ci95(List.of(), Measures::cohenKappa, 100, 1)).isNull();
        Tally never = new Tally(2, 2);
        never.add(new Integer[] {0, 0}, 500);
        assertThat(Bootstrap.ci95(List.of(never, never), Measures::cohenKappa, 100, 1)).isNull();
        Tally three = new Tally(3, 2);
        three.add(new Integer[] {1, 1, 0}, 5);
        assertThat(Bootstrap.ci95(List.of(three), Measures::cohenKappa, 100, 1)).isNull();

        // two clusters of 1 and 2 units: a replicate has 2 units (p = 1/4), 3 (1/2) or 4 (1/4)
        Tally one = new Tally(2, 2);
        one.add(new Integer[] {1, 1}, 1);
        Tally two = new Tally(2, 2);
        two.add(new Integer[] {0, 1}, 2);
        List<Tally> clusters = List.of(one, two);
        assertThat(Bootstrap.ci95(clusters, m -> m.units() == 4 ? 0.0 : null, 400, 1)).isNull();
        assertThat(Bootstrap.ci95(clusters, m -> m.units() >= 3 ? (double) m.units() : null, 400, 1))
            .isEqualTo(new Interval(3, 4));
    }

    @Test
    void percentilesInterpolateBetweenOrderStatistics() {
        double[] sorted = new double[101];
        for (int i = 0; i <= 100; i++) {
            sorted[i] = i;
        }
        assertThat(Bootstrap.percentile(sorted, 0.025)).isCloseTo(2.5, within(1e-12));
        assertThat(Bootstrap.percentile(sorted, 0.975)).isCloseTo(97.5, within(1e-12));
        assertThat(Bootstrap.percentile(new double[] {3}, 0.975)).isEqualTo(3);
    }

    /** Documents of 50–200 characters each, coded by two coders who agree with probability {@code agree} per run. */
    static List<Tally> documents(Random random, int count, double agree) {
        List<Tally> clusters = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            Tally t = new Tally(2, 2);
            for (int run = 0; run < 10; run++) {
                int a = random.nextInt(2);
                int b = random.nextDouble() < agree ? a : 1 - a;
                t.add(new Integer[] {a, b}, 5 + random.nextInt(15));
            }
            clusters.add(t);
        }
        return clusters;
    }
}
