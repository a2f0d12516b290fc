package dev.passage.cases;

import java.util.List;

/**
 * What a unit scores import did: rows in the file and imported, units created and updated, values set, stored values that
 * became missing (blank cells), and the rows that were not imported with why.
 */
public record UnitImportReport(String source, int rows, int importedRows, int unitsCreated, int unitsUpdated, int valuesSet,
                               int valuesCleared, List<RowProblem> problems, List<String> warnings) {
    public UnitImportReport {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }
}
