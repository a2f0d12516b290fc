package dev.passage.ui.mixed;

import java.util.List;

/** A code's row of the crosstab: a cell per group (in the order of the groups) and the total over all groups. */
public record CrosstabLine(CodeChoice code, List<GroupCell> cells, GroupCell total) {
    public CrosstabLine {
        cells = List.copyOf(cells);
    }
}
