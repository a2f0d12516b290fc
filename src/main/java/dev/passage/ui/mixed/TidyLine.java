package dev.passage.ui.mixed;

import java.util.List;

/**
 * A row of the tidy unit x code table as the preview shows it: the unit, the code's path, its counts there, and the unit's
 * variable values in the order of the preview's score columns (null: missing).
 */
public record TidyLine(String unit, String codePath, Counts counts, List<String> scores) {
    public TidyLine {
        scores = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(scores));
    }
}
