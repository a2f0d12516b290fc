package dev.passage.export;

import dev.passage.model.CodeDescription;

/** A code as reports show it: path, name, depth in the tree (0 = top level), description, and its counts in the selection. */
public record CodeSummary(long codeId, String path, String name, int depth, CodeDescription description, int segments,
                          int documents) {
}
