package dev.passage.search;

import java.util.List;
import java.util.Set;

/**
 * Turns variable conditions ({@code unit.psych_safety >= 4}; all must hold) into the ids of the documents meeting them.
 * The session wires it to its condition resolver.
 */
@FunctionalInterface
public interface ConditionFilter {
    Set<Long> matchingDocuments(List<String> conditions);
}
