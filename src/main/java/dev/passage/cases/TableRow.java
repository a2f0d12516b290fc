package dev.passage.cases;

import java.util.List;

/** One data row of a table; {@code number} is its row in the file as a spreadsheet shows it (the header is row 1). */
public record TableRow(int number, List<String> cells) {
    public TableRow {
        cells = List.copyOf(cells);
    }

    /** The cell in column {@code index}, stripped; "" when the row is shorter. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index).strip() : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
