package dev.passage.agreement;

/** Published reliability data used by the tests. */
final class KrippendorffExamples {
    private KrippendorffExamples() {
    }

    /**
     * Krippendorff (2011), Computing Krippendorff's Alpha-Reliability, section C ("nominal data, any number of observers,
     * missing data"; reused in D–F for ordinal, interval and ratio): observers A–D (rows) × units 1–12 (columns), null
     * missing. Published: nominal α = 0.743, ordinal 0.815, interval 0.849, ratio 0.797.
     */
    static final Integer[][] FOUR_OBSERVERS = {
        {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
        {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
        {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
        {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null},
    };
}
