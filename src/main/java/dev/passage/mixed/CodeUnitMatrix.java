package dev.passage.mixed;

import java.util.List;

/**
 * Codes x units: per cell the segments, the coded share of the unit's text and the share of its documents/respondents that
 * carry the code. {@code total} is the column-totals row: the union of the listed codes per unit (a text counts once even
 * when it carries several codes), and its {@code total} is the grand total. Units without text are columns with "no text".
 *
 * @param documentsWithoutUnit documents in no unit: they are in no column and no total (the definition says so)
 * @param definition           how every number is computed, to show next to the table
 */
public record CodeUnitMatrix(CodeAggregation aggregation, List<MatrixUnit> units, List<MatrixRow> rows, MatrixRow total,
                             int documentsWithoutUnit, String definition) {
    public CodeUnitMatrix {
        units = List.copyOf(units);
        rows = List.copyOf(rows);
    }
}
