package dev.passage.search;

import java.util.Set;

/**
 * Turns a code path named in a filter ("Barriers/Fear of blame") into the ids it stands for: the code and its sub-codes.
 * The session wires it to the codebook; a path naming no code fails with a message that says so.
 */
@FunctionalInterface
public interface CodeFilter {
    Set<Long> selfAndDescendants(String codePath);
}
