package dev.passage.mixed;

import java.util.List;

/** A code's cells, one per group in the order of {@link Crosstab#groups()}, and its total over all groups. */
public record CrosstabRow(long codeId, String codePath, List<CrosstabCell> cells, CrosstabCell total) {
    public CrosstabRow {
        cells = List.copyOf(cells);
    }
}
