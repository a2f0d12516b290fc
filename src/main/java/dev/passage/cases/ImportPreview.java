package dev.passage.cases;

import java.util.List;

/**
 * What an import would do, before anything is written: the columns with their types, the first rows as read, how many rows
 * would be imported, and the rows that could not be read (with why). {@code warnings} concern the whole file.
 */
public record ImportPreview(String source, List<ImportColumn> columns, List<List<String>> firstRows, int rows, int importableRows,
                            List<RowProblem> problems, List<String> warnings) {
    public ImportPreview {
        columns = List.copyOf(columns);
        firstRows = firstRows.stream().map(List::copyOf).toList();
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }
}
