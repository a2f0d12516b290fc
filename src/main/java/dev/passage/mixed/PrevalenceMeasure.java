package dev.passage.mixed;

/** How a unit's prevalence of a code is measured. */
public enum PrevalenceMeasure {
    /** Share of the unit's interview documents and survey respondents that carry the code. */
    CARRIERS("share of the unit's documents/respondents that carry the code"),
    /** Share of the unit's characters that are coded with the code (overlaps merged). */
    CHARS("share of the unit's characters coded with the code (overlaps merged)");

    private final String description;

    PrevalenceMeasure(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** This measure's value in a tally, null when the unit has no text. */
    public Double of(Tally tally) {
        return this == CARRIERS ? tally.shareCarriers() : tally.shareChars();
    }
}
