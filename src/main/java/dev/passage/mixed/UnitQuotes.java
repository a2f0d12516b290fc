package dev.passage.mixed;

import dev.passage.model.Segment;

import java.util.List;

/** A unit's representative segments of a code, with the unit's score; {@code quotes} is empty when the unit has none. */
public record UnitQuotes(int rank, long unitId, String unitName, double score, int segments, List<Segment> quotes) {
    public UnitQuotes {
        quotes = List.copyOf(quotes);
    }
}
