package dev.passage.ui.mixed;

/** A unit left out of a display, and why (already in the user's language). */
public record Exclusion(long unitId, String unitName, String reason) {
}
