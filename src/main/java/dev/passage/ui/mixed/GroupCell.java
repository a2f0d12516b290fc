package dev.passage.ui.mixed;

/** One code in one crosstab group: carriers with the code, group size, column % (null for an empty group) and segments. */
public record GroupCell(int carriers, int groupSize, Double columnPercent, int segments) {
}
