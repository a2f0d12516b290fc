package dev.passage.mixed;

/** A unit left out of a statistic, and why ("no text", "no score", "no text and no score"). */
public record ExcludedUnit(long unitId, String unitName, String reason) {
}
