package dev.passage.ui.mixed;

/** How the crosstab makes groups of a variable's values. */
public enum Split {
    /** The labels of a CATEGORY or TEXT variable. */
    LABELS,
    /** Low / middle / high thirds of a NUMBER or DATE variable. */
    TERTILES,
    /** At most / above a threshold of a NUMBER or DATE variable. */
    THRESHOLD;

    public String key() {
        return "mixed.split." + name();
    }
}
