package dev.passage.cases;

/** Why a row of an import file was not (fully) taken: row number as a spreadsheet shows it, the column (or null), the reason. */
public record RowProblem(int row, String column, String message) {
    /** "row 7, column psych_safety: "high" is not a number". */
    public String describe() {
        return "row " + row + (column == null ? "" : ", column " + column) + ": " + message;
    }
}
