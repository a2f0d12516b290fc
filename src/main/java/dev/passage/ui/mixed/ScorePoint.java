package dev.passage.ui.mixed;

/** A unit in the scatter plot: its score (x) and its prevalence of the code (y, a share 0..1), with the counts behind it. */
public record ScorePoint(long unitId, String unitName, double score, double prevalence, Counts counts) {
}
