package dev.passage.mixed;

import java.util.List;

/**
 * Side-by-side quotes: the units ranked by score (highest first), and representative segments from the highest-scoring
 * units ({@code highest}, best first) and the lowest-scoring units ({@code lowest}, lowest first). The two sides never
 * share a unit.
 */
public record QuoteDisplay(String codePath, String variable, QuoteSelection selection, int perUnit, List<RankedUnit> ranking,
                           List<UnitQuotes> highest, List<UnitQuotes> lowest, List<ExcludedUnit> excluded, String definition) {
    public QuoteDisplay {
        ranking = List.copyOf(ranking);
        highest = List.copyOf(highest);
        lowest = List.copyOf(lowest);
        excluded = List.copyOf(excluded);
    }
}
