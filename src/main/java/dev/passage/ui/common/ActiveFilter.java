package dev.passage.ui.common;

import java.util.Objects;

/**
 * A filter that narrows what a view shows, as its chip says it ("Where psych_safety >= 4", "Unit: Vej og park"), and how to
 * take it away. A view lists exactly the filters that are in force: nothing filters that is not listed, nothing listed that
 * does not filter.
 *
 * @param label  the filter in words, as the chip shows it
 * @param remove takes the filter away (and makes the view show its results again)
 */
public record ActiveFilter(String label, Runnable remove) {
    public ActiveFilter {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(remove, "remove");
    }
}
