package dev.passage.ui.mixed;

/** A crosstab group (column): its label ("low (≤ 2.9)", "Eldercare", "missing"), how many carriers it has, whether it is "missing". */
public record GroupColumn(String label, int size, boolean missing) {
}
