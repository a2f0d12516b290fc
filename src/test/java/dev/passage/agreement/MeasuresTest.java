package dev.passage.agreement;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MeasuresTest {

    /** Krippendorff (2011), Computing Krippendorff's Alpha-Reliability, section A: two observers, binary data, α = 0.095. */
    @Test
    void krippendorffsBinaryExample() {
        int[] a = {0, 1, 0, 0, 0, 0, 0, 0, 1, 0};
        int[] b = {1, 1, 1, 0, 0, 1, 0, 0, 0, 0};
        Tally t = new Tally(2, 2);
        for (int i = 0; i < a.length; i++) {
            t.add(new Integer[] {a[i], b[i]}, 1);
        }
        Measures m = Measures.of(t);
        assertThat(m.krippendorffAlpha()).isCloseTo(0.095, within(0.0005));
        // exactly 1 − 19·4/(14·6) from the coincidence matrix o00 = 10, o01 = o10 = 4, o11 = 2
        assertThat(m.krippendorffAlpha()).isCloseTo(1 - 19.0 * 4 / (14 * 6), within(1e-12));
        assertThat(m.percentAgreement()).isCloseTo(0.6, within(1e-12));
        // pA(1) = 0.2, pB(1) = 0.4: pe = 0.2·0.4 + 0.8·0.6 = 0.56
        assertThat(m.cohenKappa()).isCloseTo((0.6 - 0.56) / (1 - 0.56), within(1e-12));
        assertThat(m.brennanPrediger()).isCloseTo(0.2, within(1e-12));
        assertThat(m.units()).isEqualTo(10);
    }

    /**
     * Krippendorff (2011), section C: four observers, twelve units, values 1..5, missing values; nominal α = 0.743.
     * Values are shifted to 0..4; unit 12 has a single value and is not pairable.
     */
    @Test
    void krippendorffsFourObserverExampleNominal() {
        Integer[][] byCoder = KrippendorffExamples.FOUR_OBSERVERS;
        Tally t = new Tally(4, 5);
        for (int u = 0; u < 12; u++) {
            Integer[] values = new Integer[4];
            for (int c = 0; c < 4; c++) {
                values[c] = byCoder[c][u] == null ? null : byCoder[c][u] - 1;
            }
            t.add(values, 1);
        }
        assertThat(t.units()).isEqualTo(12);
        assertThat(t.pairableUnits()).isEqualTo(11);
        Measures m = Measures.of(t);
        assertThat(m.krippendorffAlpha()).isCloseTo(0.743, within(0.0005));
        assertThat(m.cohenKappa()).isNull();
        assertThat(m.units()).isEqualTo(11);
    }

    /**
     * Cohen's κ on the textbook 2 × 2 table (Wikipedia, "Cohen's kappa", worked example): 20 yes/yes, 5 yes/no, 10 no/yes,
     * 15 no/no of 50; po = 0.7, pe = 0.5, κ = 0.4.
     */
    @Test
    void cohensKappaTextbookExample() {
        Tally t = new Tally(2, 2);
        t.add(new Integer[] {1, 1}, 20);
        t.add(new Integer[] {1, 0}, 5);
        t.add(new Integer[] {0, 1}, 10);
        t.add(new Integer[] {0, 0}, 15);
        Measures m = Measures.of(t);
        assertThat(m.percentAgreement()).isCloseTo(0.7, within(1e-12));
        assertThat(m.cohenKappa()).isCloseTo(0.4, within(1e-12));
        assertThat(m.brennanPrediger()).isCloseTo(0.4, within(1e-12));
    }

    /**
     * NVivo's help ("How is the percentage agreement calculated?"): a 1,000-character document, 50 characters coded by
     * both users, 150 by only one, 800 by neither: percentage agreement (800 + 50) / 1000 = 85%.
     */
    @Test
    void nvivoPercentageAgreementExample() {
        Tally t = new Tally(2, 2);
        t.add(new Integer[] {1, 1}, 50);
        t.add(new Integer[] {1, 0}, 150);
        t.add(new Integer[] {0, 0}, 800);
        assertThat(Measures.of(t).percentAgreement()).isCloseTo(0.85, within(1e-12));
        Tally split = new Tally(2, 2);
        split.add(new Integer[] {1, 1}, 50);
        split.add(new Integer[] {1, 0}, 100);
        split.add(new Integer[] {0, 1}, 50);
        split.add(new Integer[] {0, 0}, 800);
        assertThat(Measures.of(split).percentAgreement()).isCloseTo(0.85, within(1e-12));
    }

    /**
     * NVivo's help states its κ procedure (its worked example gives no κ, and does not say how the 150 one-coder
     * characters split): EF1 = (coded by A)(coded by B)/TU, EF2 = (not coded by A)(not coded by B)/TU,
     * κ = (TA − ΣEF)/(TU − ΣEF), TA the units of agreement, TU all units. Our κ is the same number on every split.
     */
    @Test
    void kappaFollowsNvivosStatedProcedure() {
        for (int onlyA = 0; onlyA <= 150; onlyA += 10) {
            int onlyB = 150 - onlyA;
            Tally t = new Tally(2, 2);
            t.add(new Integer[] {1, 1}, 50);
            t.add(new Integer[] {1, 0}, onlyA);
            t.add(new Integer[] {0, 1}, onlyB);
            t.add(new Integer[] {0, 0}, 800);
            double tu = 1000;
            double ef = (50.0 + onlyA) * (50 + onlyB) / tu + (tu - 50 - onlyA) * (tu - 50 - onlyB) / tu;
            double ta = 850;
            assertThat(Measures.of(t).cohenKappa()).isCloseTo((ta - ef) / (tu - ef), within(1e-12));
        }
    }

    @Test
    void undefinedMeasuresAreNull() {
        Measures empty = Measures.of(new Tally(2, 2));
        assertThat(empty.percentAgreement()).isNull();
        assertThat(empty.cohenKappa()).isNull();
        assertThat(empty.krippendorffAlpha()).isNull();
        assertThat(empty.brennanPrediger()).isNull();
        assertThat(empty.units()).isZero();

        Tally neverCoded = new Tally(2, 2);
        neverCoded.add(new Integer[] {0, 0}, 1000);
        Measures none = Measures.of(neverCoded);
        assertThat(none.percentAgreement()).isEqualTo(1.0);
        assertThat(none.cohenKappa()).isNull();
        assertThat(none.krippendorffAlpha()).isNull();
        assertThat(none.brennanPrediger()).isEqualTo(1.0);

        Tally onlyOneCoder = new Tally(3, 2);
        onlyOneCoder.add(new Integer[] {1, null, null}, 5);
        Measures single = Measures.of(onlyOneCoder);
        assertThat(single.percentAgreement()).isNull();
        assertThat(single.krippendorffAlpha()).isNull();
        assertThat(single.cohenKappa()).isNull();
        assertThat(single.units()).isZero();
        assertThat(onlyOneCoder.units()).isEqualTo(5);
    }

    @Test
    void perfectAndOppositeAgreement() {
        Tally perfect = new Tally(2, 2);
        perfect.add(new Integer[] {1, 1}, 30);
        perfect.add(new Integer[] {0, 0}, 70);
        Measures p = Measures.of(perfect);
        assertThat(p.cohenKappa()).isEqualTo(1.0);
        assertThat(p.krippendorffAlpha()).isCloseTo(1.0, within(1e-12));
        assertThat(p.percentAgreement()).isEqualTo(1.0);

        Tally opposite = new Tally(2, 2);
        opposite.add(new Integer[] {1, 0}, 50);
        opposite.add(new Integer[] {0, 1}, 50);
        Measures o = Measures.of(opposite);
        assertThat(o.percentAgreement()).isZero();
        assertThat(o.cohenKappa()).isCloseTo(-1.0, within(1e-12));
        assertThat(o.brennanPrediger()).isCloseTo(-1.0, within(1e-12));
    }

    /** Cohen's κ uses each coder's own margins (κ ≠ Scott's π / α when the margins differ). */
    @Test
    void kappaUsesEachCodersOwnMargins() {
        Tally t = new Tally(2, 2);
        t.add(new Integer[] {1, 1}, 10);
        t.add(new Integer[] {1, 0}, 30);
        t.add(new Integer[] {0, 0}, 60);
        // pA(1) = 0.4, pB(1) = 0.1: pe = 0.04 + 0.54 = 0.58; po = 0.7
        assertThat(Measures.of(t).cohenKappa()).isCloseTo((0.7 - 0.58) / 0.42, within(1e-12));
    }

    @Test
    void percentAgreementOfThreeCodersCountsPairs() {
        Tally t = new Tally(3, 2);
        t.add(new Integer[] {1, 1, 0}, 1); // 1 agreeing pair of 3
        t.add(new Integer[] {1, 1, null}, 1); // 1 of 1
        t.add(new Integer[] {0, 0, 0}, 1); // 3 of 3
        assertThat(t.pairs()).isEqualTo(7);
        assertThat(t.agreeingPairs()).isEqualTo(5);
        assertThat(Measures.of(t).percentAgreement()).isCloseTo(5.0 / 7, within(1e-12));
    }

    @Test
    void tallyRejectsWrongInput() {
        Tally t = new Tally(2, 2);
        assertThatThrownBy(() -> t.add(new Integer[] {0}, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.add(new Integer[] {0, 2}, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.plus(new Tally(3, 2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tally(3, 2).contingency(0, 0)).isInstanceOf(IllegalStateException.class);
    }

    /** Weighted runs, sums of tallies and unit-by-unit adding give the same measures. */
    @Test
    void tallyIsAdditive() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            int coders = 2 + random.nextInt(3);
            int q = 2 + random.nextInt(3);
            Tally whole = new Tally(coders, q);
            Tally left = new Tally(coders, q);
            Tally right = new Tally(coders, q);
            Tally unitByUnit = new Tally(coders, q);
            for (int u = 0; u < 30; u++) {
                Integer[] values = randomUnit(random, coders, q, 0.2);
                long w = 1 + random.nextInt(4);
                whole.add(values, w);
                (u % 2 == 0 ? left : right).add(values, w);
                for (int i = 0; i < w; i++) {
                    unitByUnit.add(values, 1);
                }
            }
            assertSame(Measures.of(whole), Measures.of(left.plus(right)));
            assertSame(Measures.of(whole), Measures.of(unitByUnit));
            assertThat(left.plus(right).units()).isEqualTo(whole.units());
        }
    }

    /** Every measure against a brute-force computation straight from the raw values, on seeded random data. */
    @Test
    void measuresMatchABruteForceComputationOnRandomData() {
        Random random = new Random(20261207L);
        for (int round = 0; round < 300; round++) {
            int coders = 2 + random.nextInt(4);
            int q = 2 + random.nextInt(4);
            int n = 1 + random.nextInt(40);
            Integer[][] data = new Integer[n][];
            Tally t = new Tally(coders, q);
            for (int u = 0; u < n; u++) {
                data[u] = randomUnit(random, coders, q, coders == 2 ? 0.1 : 0.3);
                t.add(data[u], 1);
            }
            Measures m = Measures.of(t);
            assertClose(m.percentAgreement(), brutePercent(data));
            assertClose(m.krippendorffAlpha(), bruteNominalAlpha(data));
            assertClose(m.cohenKappa(), coders == 2 ? bruteKappa(data, q) : null);
            Double po = brutePercent(data);
            assertClose(m.brennanPrediger(), po == null ? null : (po - 1.0 / q) / (1 - 1.0 / q));
        }
    }

    static Integer[] randomUnit(Random random, int coders, int q, double missing) {
        Integer[] values = new Integer[coders];
        // skew towards agreement so α and κ are not all near 0
        int truth = random.nextInt(q);
        for (int c = 0; c < coders; c++) {
            if (random.nextDouble() < missing) {
                continue;
            }
            values[c] = random.nextDouble() < 0.6 ? truth : random.nextInt(q);
        }
        return values;
    }

    private static Double brutePercent(Integer[][] data) {
        long pairs = 0;
        long agree = 0;
        for (Integer[] unit : data) {
            for (int i = 0; i < unit.length; i++) {
                for (int j = i + 1; j < unit.length; j++) {
                    if (unit[i] != null && unit[j] != null) {
                        pairs++;
                        if (unit[i].equals(unit[j])) {
                            agree++;
                        }
                    }
                }
            }
        }
        return pairs == 0 ? null : (double) agree / pairs;
    }

    /** α = 1 − Do/De with Do and De as averages over pairs of values (within units, and over all pairable values). */
    private static Double bruteNominalAlpha(Integer[][] data) {
        java.util.List<Integer> pooled = new java.util.ArrayList<>();
        double observed = 0;
        for (Integer[] unit : data) {
            java.util.List<Integer> vs = new java.util.ArrayList<>();
            for (Integer v : unit) {
                if (v != null) {
                    vs.add(v);
                }
            }
            if (vs.size() < 2) {
                continue;
            }
            pooled.addAll(vs);
            double differing = 0;
            for (int i = 0; i < vs.size(); i++) {
                for (int j = 0; j < vs.size(); j++) {
                    if (i != j && !vs.get(i).equals(vs.get(j))) {
                        differing++;
                    }
                }
            }
            observed += differing / (vs.size() - 1);
        }
        int n = pooled.size();
        double expected = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && !pooled.get(i).equals(pooled.get(j))) {
                    expected++;
                }
            }
        }
        if (expected == 0) {
            return null;
        }
        return 1 - (observed / n) / (expected / ((double) n * (n - 1)));
    }

    private static Double bruteKappa(Integer[][] data, int q) {
        int n = 0;
        int agree = 0;
        int[] a = new int[q];
        int[] b = new int[q];
        for (Integer[] unit : data) {
            if (unit[0] == null || unit[1] == null) {
                continue;
            }
            n++;
            a[unit[0]]++;
            b[unit[1]]++;
            if (unit[0].equals(unit[1])) {
                agree++;
            }
        }
        if (n == 0) {
            return null;
        }
        double pe = 0;
        for (int k = 0; k < q; k++) {
            pe += (double) a[k] * b[k] / ((double) n * n);
        }
        if (Math.abs(1 - pe) < 1e-12) {
            return null;
        }
        return ((double) agree / n - pe) / (1 - pe);
    }

    private static void assertSame(Measures x, Measures y) {
        assertClose(x.percentAgreement(), y.percentAgreement());
        assertClose(x.cohenKappa(), y.cohenKappa());
        assertClose(x.krippendorffAlpha(), y.krippendorffAlpha());
        assertClose(x.brennanPrediger(), y.brennanPrediger());
        assertThat(x.units()).isEqualTo(y.units());
    }

    static void assertClose(Double actual, Double expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isNotNull();
            assertThat(actual).isCloseTo(expected, within(1e-9));
        }
    }
}
