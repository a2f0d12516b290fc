package dev.passage.cases;

import java.util.List;

/**
 * What a linking did: the documents placed in a unit (document name and unit name), those already there, those the rule
 * did not match (by name), and the units it created.
 */
public record LinkReport(List<Link> linked, int alreadyLinked, List<String> unmatched, List<String> unitsCreated) {
    /** One document placed in a unit. */
    public record Link(String document, String unit) {
    }

    public LinkReport {
        linked = List.copyOf(linked);
        unmatched = List.copyOf(unmatched);
        unitsCreated = List.copyOf(unitsCreated);
    }
}
