package dev.passage.ui.mixed;

/** What a joint display's number counts in a unit (or group). The correlation tab offers the two shares only. */
public enum Measure {
    /** Codings of the code in the unit's documents. */
    SEGMENTS,
    /** Characters coded with the code / all the unit's characters (overlaps merged), shown as %. */
    CODED_SHARE,
    /** Documents and respondents of the unit that carry the code / all of them, shown as %. */
    CARRIER_SHARE;

    /** The i18n key of its name ("mixed.measure.SEGMENTS"). */
    public String key() {
        return "mixed.measure." + name();
    }

    /** The i18n key of its one-line definition. */
    public String definitionKey() {
        return "mixed.measureDefinition." + name();
    }
}
