package dev.passage.ui.codebook;

import java.util.List;

/**
 * A code in the (possibly filtered) tree the pane shows.
 *
 * @param match    whether the code itself matches the filter (always true without a filter); false for an ancestor that is
 *                 only shown because something below it matches
 * @param children the visible codes below it, in display order
 */
public record CodeNode(CodeRow row, boolean match, List<CodeNode> children) {
    public CodeNode {
        children = List.copyOf(children);
    }

    public long id() {
        return row.id();
    }
}
