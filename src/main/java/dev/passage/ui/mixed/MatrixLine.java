package dev.passage.ui.mixed;

import java.util.List;

/**
 * A row of the code x unit matrix: a code (or, for the totals row, {@code code} null: any listed code) with one count per
 * unit column and the row total over all units.
 */
public record MatrixLine(CodeChoice code, String label, List<Counts> cells, Counts total) {
    public MatrixLine {
        cells = List.copyOf(cells);
    }

    public boolean isTotal() {
        return code == null;
    }
}
