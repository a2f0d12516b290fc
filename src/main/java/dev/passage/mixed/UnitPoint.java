package dev.passage.mixed;

/** One unit in a joint display: its prevalence of the code (by the chosen measure) against its score, with the counts behind it. */
public record UnitPoint(long unitId, String unitName, double prevalence, double score, Tally tally) {
}
