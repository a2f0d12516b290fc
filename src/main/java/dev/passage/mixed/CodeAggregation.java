package dev.passage.mixed;

/** Whether a code counts with its sub-codes. The default, as in MAXQDA, is {@link #AGGREGATED}. */
public enum CodeAggregation {
    /** The code and all codes below it count as one (their overlapping codings are merged for characters). */
    AGGREGATED("the code together with its sub-codes (aggregated)"),
    /** Only codings made with the code itself. */
    CODE_ONLY("the code itself, without its sub-codes");

    private final String description;

    CodeAggregation(String description) {
        this.description = description;
    }

    /** How the counting reads in a definition text. */
    public String description() {
        return description;
    }
}
