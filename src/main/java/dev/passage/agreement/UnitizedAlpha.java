package dev.passage.agreement;

import java.util.List;

/**
 * Krippendorff's α_U for unitized data (Krippendorff 2004, Content Analysis, 2nd ed., pp. 251–256): coders mark sections of
 * a continuum (here a document's text, in characters); gaps are the unmarked stretches. α_U = 1 − Do/De; over several codes
 * the overall value is 1 − ΣDo/ΣDe.
 */
public final class UnitizedAlpha {
    private UnitizedAlpha() {
    }

    /** A section {@code [start, end)} of a continuum marked by coder {@code coder} (0-based). */
    public record Section(int coder, long start, long end) {
    }

    /** One continuum of {@code length} units with every coder's sections on it (sections of one coder do not overlap). */
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

    /** α_U of {@code coders} coders over the continua (one code). */
    public static Result of(List<Continuum> continua, int coders) {
        throw new UnsupportedOperationException("skeleton");
    }
}
