package dev.passage.mixed;

import java.util.List;

/**
 * A row of the code x unit matrix: one code (or, for the totals row, the union of the listed codes, codeId null).
 *
 * @param cells one tally per unit, in the order of {@link CodeUnitMatrix#units()}
 * @param total the row total over all units (documents without a unit are not in it)
 */
public record MatrixRow(Long codeId, String codePath, List<Tally> cells, Tally total) {
    public MatrixRow {
        cells = List.copyOf(cells);
    }
}
