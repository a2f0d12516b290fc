package dev.passage.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Krippendorff's α_U for unitized data (Krippendorff 2004, Content Analysis, 2nd ed., pp. 251–256): coders mark sections of
 * a continuum (here a document's text, in characters); gaps are the unmarked stretches. α_U = 1 − Do/De; over several codes
 * the overall value is 1 − ΣDo/ΣDe.
 *
 * <p>Each coder's marks cut the continuum into sections (w = 1) and gaps (w = 0). Two segments, one of coder i and one of
 * coder j, differ by δ² = (b_i − b_j)² + (e_i − e_j)² when both are sections that overlap (b the start, e the end); by l²
 * when one is a section of length l lying wholly inside the other's gap; otherwise by 0.
 * Do = Σ_{i≠j} Σ δ² / (m(m − 1)L²) over every ordered pair of coders and their segments, L the continuum's length.
 * De = (2/L) · Σ_g [(N − 1)(2l_g³ − 3l_g² + l_g)/3 + l_g² Σ_{gaps h, l_h ≥ l_g} (l_h − l_g + 1)] / [mL(mL − 1) − Σ_g l_g(l_g − 1)],
 * g over all N sections of all coders, h over all coders' gaps.
 *
 * <p>Several continua (documents) are taken as one continuum laid end to end: L is their total length, and a gap ends where
 * its document ends. A coder's overlapping sections on one continuum are merged into one section (adjacent ones stay two).
 */
public final class UnitizedAlpha {
    private UnitizedAlpha() {
    }

    /** A section {@code [start, end)} of a continuum marked by coder {@code coder} (0-based). */
    public record Section(int coder, long start, long end) {
    }

    /** One continuum of {@code length} units with every coder's sections on it (one coder's overlapping sections are merged). */
    public record Continuum(long length, List<Section> sections) {
    }

    /** Observed and expected disagreement; α is null when {@code expected} is 0. */
    public record Result(double observed, double expected) {
        public Double alpha() {
            return expected == 0 ? null : 1 - observed / expected;
        }

        public Result plus(Result other) {
            return new Result(observed + other.observed, expected + other.expected);
        }
    }

    /** One coder's segment on one continuum: a section ({@code section}) or a gap. */
    record Segment(long start, long end, boolean section) {
        long length() {
            return end - start;
        }
    }

    /** α_U of {@code coders} coders over the continua (one code). */
    public static Result of(List<Continuum> continua, int coders) {
        requireCoders(coders);
        List<Part> parts = new ArrayList<>();
        for (Continuum continuum : continua) {
            parts.add(Part.of(continuum, coders));
        }
        return combine(parts, coders);
    }

    /**
     * A 95% cluster percentile bootstrap interval of α_U over several codes (one code: a list of one): {@code codes.get(c)}
     * holds code c's continua, one per document, in the same document order for every code. The documents are resampled
     * with replacement ({@link Bootstrap#resample}, fixed seed) and each replicate's α_U is 1 − ΣDo/ΣDe over the codes.
     */
    public static Interval ci95(List<List<Continuum>> codes, int coders, int samples, long seed) {
        requireCoders(coders);
        if (codes.isEmpty()) {
            return null;
        }
        int documents = codes.getFirst().size();
        List<List<Part>> parts = new ArrayList<>();
        for (List<Continuum> continua : codes) {
            if (continua.size() != documents) {
                throw new IllegalArgumentException("every code needs one continuum per document (" + documents + ")");
            }
            List<Part> ps = new ArrayList<>();
            for (Continuum continuum : continua) {
                ps.add(Part.of(continuum, coders));
            }
            parts.add(ps);
        }
        return Bootstrap.resample(documents, drawn -> {
            Result sum = new Result(0, 0);
            for (List<Part> ps : parts) {
                List<Part> replicate = new ArrayList<>(drawn.length);
                for (int d : drawn) {
                    replicate.add(ps.get(d));
                }
                sum = sum.plus(combine(replicate, coders));
            }
            return sum.alpha();
        }, samples, seed);
    }

    private static void requireCoders(int coders) {
        if (coders < 2) {
            throw new IllegalArgumentException("α_U needs at least two coders, not " + coders);
        }
    }

    /** What one continuum contributes: its length, Σ δ² over unordered pairs of coders, its section and gap lengths. */
    record Part(long length, double pairSum, long[] sections, long[] gaps) {
        static Part of(Continuum continuum, int coders) {
            List<List<Segment>> byCoder = segments(continuum, coders);
            double pairSum = 0;
            for (int i = 0; i < coders; i++) {
                for (int j = i + 1; j < coders; j++) {
                    pairSum += disagreement(byCoder.get(i), byCoder.get(j));
                }
            }
            List<Segment> all = byCoder.stream().flatMap(List::stream).toList();
            long[] sections = all.stream().filter(Segment::section).mapToLong(Segment::length).toArray();
            long[] gaps = all.stream().filter(x -> !x.section()).mapToLong(Segment::length).toArray();
            return new Part(continuum.length(), pairSum, sections, gaps);
        }
    }

    /** Do and De of continua laid end to end. */
    static Result combine(List<Part> parts, int coders) {
        long total = 0;
        double pairSum = 0;
        int sectionCount = 0;
        int gapCount = 0;
        for (Part part : parts) {
            sectionCount += part.sections().length;
            gapCount += part.gaps().length;
        }
        long[] sectionLengths = new long[sectionCount];
        long[] gapLengths = new long[gapCount];
        int si = 0;
        int gi = 0;
        for (Part part : parts) {
            total += part.length();
            pairSum += part.pairSum();
            System.arraycopy(part.sections(), 0, sectionLengths, si, part.sections().length);
            si += part.sections().length;
            System.arraycopy(part.gaps(), 0, gapLengths, gi, part.gaps().length);
            gi += part.gaps().length;
        }
        if (total == 0) {
            return new Result(0, 0);
        }
        double l = total;
        double observed = 2 * pairSum / ((double) coders * (coders - 1) * l * l);
        return new Result(observed, expected(sectionLengths, gapLengths, coders, l));
    }

    /** Each coder's sections (merged where they overlap) and the gaps between them, in order, covering the continuum. */
    static List<List<Segment>> segments(Continuum continuum, int coders) {
        long length = continuum.length();
        if (length < 0) {
            throw new IllegalArgumentException("negative continuum length " + length);
        }
        List<List<Section>> marked = new ArrayList<>();
        for (int c = 0; c < coders; c++) {
            marked.add(new ArrayList<>());
        }
        for (Section s : continuum.sections()) {
            if (s.coder() < 0 || s.coder() >= coders) {
                throw new IllegalArgumentException("coder " + s.coder() + " outside 0.." + (coders - 1));
            }
            if (s.start() < 0 || s.end() > length || s.start() > s.end()) {
                throw new IllegalArgumentException("section [" + s.start() + ", " + s.end() + ") outside [0, " + length + ")");
            }
            if (s.end() > s.start()) {
                marked.get(s.coder()).add(s);
            }
        }
        List<List<Segment>> result = new ArrayList<>();
        for (List<Section> sections : marked) {
            sections.sort(Comparator.comparingLong(Section::start).thenComparingLong(Section::end));
            List<Segment> segs = new ArrayList<>();
            long pos = 0;
            long openStart = -1;
            long openEnd = -1;
            for (Section s : sections) {
                if (openStart >= 0 && s.start() < openEnd) {
                    openEnd = Math.max(openEnd, s.end()); // overlapping: one section
                    continue;
                }
                if (openStart >= 0) {
                    segs.add(new Segment(openStart, openEnd, true));
                    pos = openEnd;
                }
                if (s.start() > pos) {
                    segs.add(new Segment(pos, s.start(), false));
                }
                openStart = s.start();
                openEnd = s.end();
            }
            if (openStart >= 0) {
                segs.add(new Segment(openStart, openEnd, true));
                pos = openEnd;
            }
            if (pos < length) {
                segs.add(new Segment(pos, length, false));
            }
            result.add(segs);
        }
        return result;
    }

    /** Σ δ² over the pairs of one coder's segments with another's; only overlapping pairs can differ. */
    static double disagreement(List<Segment> a, List<Segment> b) {
        double sum = 0;
        int j = 0;
        for (Segment x : a) {
            while (j < b.size() && b.get(j).end() <= x.start()) {
                j++;
            }
            for (int k = j; k < b.size() && b.get(k).start() < x.end(); k++) {
                sum += delta(x, b.get(k));
            }
        }
        return sum;
    }

    /** Krippendorff's δ² of two segments of different coders. */
    static double delta(Segment x, Segment y) {
        if (x.section() && y.section()) {
            if (x.start() < y.end() && y.start() < x.end()) {
                double db = x.start() - y.start();
                double de = x.end() - y.end();
                return db * db + de * de;
            }
            return 0;
        }
        if (x.section() && !y.section() && y.start() <= x.start() && x.end() <= y.end()) {
            return (double) x.length() * x.length();
        }
        if (!x.section() && y.section() && x.start() <= y.start() && y.end() <= x.end()) {
            return (double) y.length() * y.length();
        }
        return 0;
    }

    /** Krippendorff's (2004) expected disagreement from all coders' section and gap lengths. */
    static double expected(long[] sections, long[] gaps, int coders, double length) {
        int n = sections.length;
        if (n == 0) {
            return 0;
        }
        long[] sortedGaps = gaps.clone();
        Arrays.sort(sortedGaps);
        // suffix sums: gapsFrom[i] = Σ sortedGaps[i..]
        double[] gapsFrom = new double[sortedGaps.length + 1];
        for (int i = sortedGaps.length - 1; i >= 0; i--) {
            gapsFrom[i] = gapsFrom[i + 1] + sortedGaps[i];
        }
        double numerator = 0;
        double sectionPairs = 0;
        for (long len : sections) {
            double l = len;
            double withSections = (n - 1) * (2 * l * l * l - 3 * l * l + l) / 3;
            int first = firstAtLeast(sortedGaps, len);
            int fitting = sortedGaps.length - first;
            double placements = gapsFrom[first] - (double) fitting * (l - 1); // Σ (l_h − l + 1) over gaps l_h ≥ l
            numerator += withSections + l * l * placements;
            sectionPairs += l * (l - 1);
        }
        double ml = coders * length;
        double denominator = ml * (ml - 1) - sectionPairs;
        return denominator <= 0 ? 0 : (2 / length) * numerator / denominator;
    }

    private static int firstAtLeast(long[] sorted, long value) {
        int i = Arrays.binarySearch(sorted, value);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == value) {
            i--;
        }
        return i;
    }
}
