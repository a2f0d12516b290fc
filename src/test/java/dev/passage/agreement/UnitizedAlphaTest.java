package dev.passage.agreement;

import dev.passage.agreement.UnitizedAlpha.Continuum;
import dev.passage.agreement.UnitizedAlpha.Result;
import dev.passage.agreement.UnitizedAlpha.Section;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class UnitizedAlphaTest {

    /**
     * Krippendorff (2004), Content Analysis, 2nd ed., p. 254: two observers on a continuum from 150 to 450 (L = 300), codes
     * c and k. Positions and the published values as transcribed in DKPro Statistics' Krippendorff2004Test (the book itself
     * was not at hand): cDo = 0.0144, cDe = 0.0532, cα_U = 0.7286; kDo = 0, kDe = 0.0490, kα_U = 1; α_U = 0.8591
     * (the book's 0.8591 follows from the rounded Do and De; unrounded it is 0.8587).
     */
    @Test
    void krippendorffs2004Example() {
        Result c = UnitizedAlpha.of(List.of(new Continuum(300, List.of(
            book(0, 225, 70), book(0, 370, 30),
            book(1, 220, 80), book(1, 355, 20), book(1, 400, 20)))), 2);
        Result k = UnitizedAlpha.of(List.of(new Continuum(300, List.of(
            book(0, 180, 60), book(0, 300, 50),
            book(1, 180, 60), book(1, 300, 50)))), 2);
        // Do(c): δ² = 50 + 850 + 400 (a section of 20 inside the other's gap of 50), twice, over m(m − 1)L² = 180000
        assertThat(c.observed()).isCloseTo(2600.0 / 180000, within(1e-12));
        assertThat(c.observed()).isCloseTo(0.0144, within(0.00005));
        assertThat(c.expected()).isCloseTo(0.0532, within(0.00005));
        assertThat(c.alpha()).isCloseTo(0.7286, within(0.00005));
        assertThat(k.observed()).isZero();
        assertThat(k.expected()).isCloseTo(0.0490, within(0.00005));
        assertThat(k.alpha()).isEqualTo(1.0);
        Result overall = c.plus(k);
        assertThat(overall.alpha()).isCloseTo(0.8591, within(0.0005));
        assertThat(1 - 0.0144 / (0.0532 + 0.0490)).isCloseTo(0.8591, within(0.00005));
    }

    /**
     * Krippendorff (1995), On the reliability of unitizing continuous data, p. 57: four pairs of observers on a continuum of
     * 24; the observed disagreements as transcribed in DKPro Statistics' Krippendorff1995Test (A 0.03125, B 2.26736,
     * C 0.02777, D 0.38715; printed to five decimals, C is 1/36 cut off). The 2004 Do reproduces them; De was changed
     * (DKPro notes a misprint in the 1995 De), so the 1995 α values are not checked.
     */
    @Test
    void krippendorffs1995ObservedDisagreements() {
        assertThat(observed(s(0, 2, 8), s(0, 14, 6), s(1, 4, 4), s(1, 15, 2))).isCloseTo(0.03125, within(0.00001));
        assertThat(observed(s(0, 0, 18), s(1, 0, 2), s(1, 2, 1), s(1, 3, 1), s(1, 4, 1), s(1, 5, 1), s(1, 6, 3), s(1, 9, 1)))
            .isCloseTo(2.26736, within(0.00001));
        assertThat(observed(s(0, 2, 6), s(0, 10, 2), s(0, 14, 4), s(0, 20, 2),
            s(1, 0, 2), s(1, 4, 4), s(1, 10, 4), s(1, 16, 2), s(1, 20, 2))).isCloseTo(0.02777, within(0.00001));
        assertThat(observed(s(0, 0, 2), s(0, 2, 8), s(0, 10, 4), s(0, 14, 6), s(0, 20, 4),
            s(1, 0, 4), s(1, 4, 4), s(1, 8, 7), s(1, 15, 2), s(1, 17, 7))).isCloseTo(0.38715, within(0.00001));
    }

    /**
     * By hand: L = 10, coder 0 marks [2, 6), coder 1 [3, 7). Do = 2·((2 − 3)² + (6 − 7)²)/(2·1·10²) = 0.02. Sections of 4:
     * (N − 1)(2·64 − 3·16 + 4)/3 = 28 each; gaps 2, 4 | 3, 3: only the 4 fits a section, once: 16. De = (2/10)·2·44 /
     * (20·19 − 2·12) = 0.2·88/356.
     */
    @Test
    void aShiftedSectionByHand() {
        Result r = UnitizedAlpha.of(List.of(new Continuum(10, List.of(new Section(0, 2, 6), new Section(1, 3, 7)))), 2);
        assertThat(r.observed()).isCloseTo(0.02, within(1e-12));
        assertThat(r.expected()).isCloseTo(0.2 * 88 / 356, within(1e-12));
        assertThat(r.alpha()).isCloseTo(1 - 0.02 / (0.2 * 88 / 356), within(1e-12));
    }

    @Test
    void perfectAgreementIsOneAndNoSectionsIsUndefined() {
        List<Section> same = List.of(new Section(0, 5, 20), new Section(1, 5, 20), new Section(2, 5, 20),
            new Section(0, 40, 41), new Section(1, 40, 41), new Section(2, 40, 41));
        assertThat(UnitizedAlpha.of(List.of(new Continuum(100, same)), 3).alpha()).isEqualTo(1.0);
        assertThat(UnitizedAlpha.of(List.of(new Continuum(100, List.of())), 2).alpha()).isNull();
        assertThat(UnitizedAlpha.of(List.of(), 2).alpha()).isNull();
        // everything marked by both as one section: no gaps, Do 0, α 1
        assertThat(UnitizedAlpha.of(List.of(new Continuum(7, List.of(new Section(0, 0, 7), new Section(1, 0, 7)))), 2).alpha())
            .isEqualTo(1.0);
    }

    @Test
    void disagreementGrowsAsASectionMovesAway() {
        double previous = 1.1;
        for (int shift = 0; shift <= 10; shift += 2) {
            Double alpha = UnitizedAlpha.of(List.of(new Continuum(200, List.of(
                new Section(0, 50, 70), new Section(1, 50 + shift, 70 + shift),
                new Section(0, 120, 150), new Section(1, 120, 150)))), 2).alpha();
            assertThat(alpha).isLessThan(previous);
            previous = alpha;
        }
    }

    /** Overlapping sections of one coder count as their union; adjacent ones stay two sections. */
    @Test
    void overlappingSectionsOfOneCoderAreMerged() {
        Result merged = UnitizedAlpha.of(List.of(new Continuum(50, List.of(
            new Section(0, 10, 20), new Section(0, 15, 30), new Section(1, 10, 30)))), 2);
        assertThat(merged.alpha()).isEqualTo(1.0);
        Result adjacent = UnitizedAlpha.of(List.of(new Continuum(50, List.of(
            new Section(0, 10, 20), new Section(0, 20, 30), new Section(1, 10, 30)))), 2);
        assertThat(adjacent.alpha()).isLessThan(1.0);
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> UnitizedAlpha.of(List.of(new Continuum(10, List.of(new Section(0, 5, 11)))), 2))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnitizedAlpha.of(List.of(new Continuum(10, List.of(new Section(2, 5, 6)))), 2))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnitizedAlpha.of(List.of(), 1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Several documents are one continuum laid end to end (gaps end at a document's end). */
    @Test
    void documentsAreLaidEndToEnd() {
        Continuum one = new Continuum(30, List.of(new Section(0, 3, 9), new Section(1, 4, 9)));
        Continuum two = new Continuum(20, List.of(new Section(0, 0, 5), new Section(1, 10, 20)));
        Result r = UnitizedAlpha.of(List.of(one, two), 2);
        Result brute = bruteForce(List.of(one, two), 2);
        assertThat(r.observed()).isCloseTo(brute.observed(), within(1e-12));
        assertThat(r.expected()).isCloseTo(brute.expected(), within(1e-12));
    }

    /** Do and De against a brute-force computation straight from the definitions, on seeded random unitizations. */
    @Test
    void matchesABruteForceComputationOnRandomData() {
        Random random = new Random(20261207L);
        for (int round = 0; round < 300; round++) {
            int coders = 2 + random.nextInt(3);
            List<Continuum> continua = new ArrayList<>();
            int documents = 1 + random.nextInt(3);
            for (int d = 0; d < documents; d++) {
                int length = 1 + random.nextInt(60);
                List<Section> sections = new ArrayList<>();
                for (int c = 0; c < coders; c++) {
                    int pos = 0;
                    while (pos < length) {
                        int gap = random.nextInt(12);
                        int len = 1 + random.nextInt(10);
                        if (pos + gap + len > length || random.nextDouble() < 0.15) {
                            break;
                        }
                        sections.add(new Section(c, pos + gap, pos + gap + len));
                        pos += gap + len;
                    }
                }
                continua.add(new Continuum(length, sections));
            }
            Result fast = UnitizedAlpha.of(continua, coders);
            Result brute = bruteForce(continua, coders);
            assertThat(fast.observed()).isCloseTo(brute.observed(), within(1e-12));
            assertThat(fast.expected()).isCloseTo(brute.expected(), within(1e-12));
        }
    }

    @Test
    void bootstrapIntervalOverDocuments() {
        Random random = new Random(3);
        List<Continuum> code1 = new ArrayList<>();
        List<Continuum> code2 = new ArrayList<>();
        List<Continuum> perfect = new ArrayList<>();
        for (int d = 0; d < 25; d++) {
            code1.add(noisyDocument(random, 4));
            code2.add(noisyDocument(random, 8));
            perfect.add(new Continuum(100, List.of(new Section(0, 10 + d, 40), new Section(1, 10 + d, 40))));
        }
        Interval one = UnitizedAlpha.ci95(List.of(code1), 2, 500, 9);
        assertThat(one).isEqualTo(UnitizedAlpha.ci95(List.of(code1), 2, 500, 9));
        double point = UnitizedAlpha.of(code1, 2).alpha();
        assertThat(one.low()).isLessThan(point);
        assertThat(one.high()).isGreaterThan(point);

        Interval both = UnitizedAlpha.ci95(List.of(code1, code2), 2, 500, 9);
        double overall = UnitizedAlpha.of(code1, 2).plus(UnitizedAlpha.of(code2, 2)).alpha();
        assertThat(both.low()).isLessThan(overall);
        assertThat(both.high()).isGreaterThan(overall);

        Interval sure = UnitizedAlpha.ci95(List.of(perfect), 2, 200, 1);
        assertThat(sure).isEqualTo(new Interval(1, 1));
        assertThat(UnitizedAlpha.ci95(List.of(), 2, 100, 1)).isNull();
        assertThat(UnitizedAlpha.ci95(List.of(List.of(new Continuum(10, List.of()))), 2, 100, 1)).isNull();
        assertThatThrownBy(() -> UnitizedAlpha.ci95(List.of(code1, code2.subList(0, 3)), 2, 10, 1))
            .isInstanceOf(IllegalArgumentException.class);
    }

    /** A document of 200 characters with three passages both coders mark, coder 1's boundaries off by up to {@code noise}. */
    private static Continuum noisyDocument(Random random, int noise) {
        List<Section> sections = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            int start = 10 + p * 60 + random.nextInt(10);
            int end = start + 20 + random.nextInt(20);
            sections.add(new Section(0, start, end));
            sections.add(new Section(1, start + random.nextInt(noise + 1), end - random.nextInt(noise + 1)));
        }
        if (random.nextInt(4) == 0) {
            sections.add(new Section(1, 195, 200)); // a passage only coder 1 marked
        }
        return new Continuum(200, sections);
    }

    private static Section book(int coder, long offset, long length) {
        return new Section(coder, offset - 150, offset - 150 + length);
    }

    private static Section s(int coder, long offset, long length) {
        return new Section(coder, offset, offset + length);
    }

    private static double observed(Section... sections) {
        return UnitizedAlpha.of(List.of(new Continuum(24, List.of(sections))), 2).observed();
    }

    private record Seg(int coder, long start, long end, boolean section) {
    }

    /**
     * The definitions computed the slow way: the continua laid end to end, every coder's segments listed character by
     * character, δ² over every pair of segments of different coders (overlap and containment checked per character), and
     * De's sums enumerated term by term (every placement of a section inside a gap, every shift of a section against each
     * other section).
     */
    private static Result bruteForce(List<Continuum> continua, int m) {
        List<Seg> all = new ArrayList<>();
        long offset = 0;
        for (Continuum continuum : continua) {
            for (int c = 0; c < m; c++) {
                boolean[] marked = new boolean[(int) continuum.length()];
                List<long[]> own = new ArrayList<>();
                for (Section s : continuum.sections()) {
                    if (s.coder() == c) {
                        own.add(new long[] {s.start(), s.end()});
                        for (long x = s.start(); x < s.end(); x++) {
                            marked[(int) x] = true;
                        }
                    }
                }
                for (long[] s : own) {
                    all.add(new Seg(c, offset + s[0], offset + s[1], true));
                }
                long x = 0;
                while (x < continuum.length()) {
                    if (marked[(int) x]) {
                        x++;
                        continue;
                    }
                    long start = x;
                    while (x < continuum.length() && !marked[(int) x]) {
                        x++;
                    }
                    all.add(new Seg(c, offset + start, offset + x, false));
                }
            }
            offset += continuum.length();
        }
        double l = offset;
        if (offset == 0) {
            return new Result(0, 0);
        }
        double sum = 0;
        for (Seg a : all) {
            for (Seg b : all) {
                if (a.coder() == b.coder()) {
                    continue;
                }
                long common = 0;
                for (long x = a.start(); x < a.end(); x++) {
                    if (x >= b.start() && x < b.end()) {
                        common++;
                    }
                }
                if (a.section() && b.section() && common > 0) {
                    sum += Math.pow(a.start() - b.start(), 2) + Math.pow(a.end() - b.end(), 2);
                } else if (a.section() && !b.section() && common == a.end() - a.start()) {
                    sum += Math.pow(a.end() - a.start(), 2);
                } else if (!a.section() && b.section() && common == b.end() - b.start()) {
                    sum += Math.pow(b.end() - b.start(), 2);
                }
            }
        }
        double observed = sum / (m * (m - 1) * l * l);
        List<Seg> sections = all.stream().filter(Seg::section).toList();
        List<Seg> gaps = all.stream().filter(s -> !s.section()).toList();
        double numerator = 0;
        double sectionPairs = 0;
        for (Seg g : sections) {
            long len = g.end() - g.start();
            for (Seg other : sections) {
                if (other == g) {
                    continue;
                }
                for (long shift = 0; shift < len; shift++) {
                    numerator += 2.0 * shift * shift; // (N − 1)(2l³ − 3l² + l)/3 = (N − 1)·Σ_{x<l} 2x²
                }
            }
            for (Seg h : gaps) {
                for (long start = h.start(); start + len <= h.end(); start++) {
                    numerator += (double) len * len;
                }
            }
            sectionPairs += (double) len * (len - 1);
        }
        double expected = sections.isEmpty() ? 0 : (2 / l) * numerator / (m * l * (m * l - 1) - sectionPairs);
        return new Result(observed, expected);
    }
}
