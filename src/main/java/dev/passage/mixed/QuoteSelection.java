package dev.passage.mixed;

/** Which coded segments of a unit represent it. */
public enum QuoteSelection {
    /** The first k in document order (documents by name, then by position). */
    FIRST("the first %d coded segment(s) in document order (documents by name, then position)"),
    /** The k longest (ties: document order). */
    LONGEST("the %d longest coded segment(s) (ties in document order)");

    private final String description;

    QuoteSelection(String description) {
        this.description = description;
    }

    public String description(int k) {
        return description.formatted(k);
    }
}
