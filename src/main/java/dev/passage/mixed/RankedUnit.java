package dev.passage.mixed;

/** A unit in the score ranking (1 = highest; equal scores share a rank), with how much of the code it has. */
public record RankedUnit(int rank, long unitId, String unitName, double score, Tally tally) {
}
