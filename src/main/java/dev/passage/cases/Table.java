package dev.passage.cases;

import dev.passage.errors.Text;

import java.nio.file.Path;
import java.util.List;

/**
 * A table read from a CSV or spreadsheet file: one header row, then data rows (blank rows are dropped).
 * {@code sheet} is the spreadsheet's sheet, null for CSV; {@code warnings} are worth showing (e.g. the encoding guess).
 */
public record Table(Path file, String sheet, List<String> headers, List<TableRow> rows, List<String> warnings) {
    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    /** The file (and sheet) as messages name it: "scores.xlsx (sheet Scores)". */
    public String source() {
        return file.getFileName() + (sheet == null ? "" : " (sheet " + sheet + ")");
    }

    /** The index of the column with this header (exact, else ignoring case); a clear error when there is none. */
    public int column(String header) {
        int exact = headers.indexOf(header);
        if (exact >= 0) {
            return exact;
        }
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).equalsIgnoreCase(header.strip())) {
                return i;
            }
        }
        throw new CaseDataException(Text.of("cases.thereColumnColumns", source(), header, String.join(", ", headers)));
    }
}
