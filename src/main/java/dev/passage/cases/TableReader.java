package dev.passage.cases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a table from a CSV/TSV file or from a sheet of an XLSX/XLS workbook, choosing by the file's extension. */
public final class TableReader {
    private TableReader() {
    }

    /**
     * Reads {@code file}. {@code sheet} names the workbook sheet (null: the first); it must be null for CSV.
     *
     * @throws CaseDataException naming the file (and row) when it cannot be read as a table
     */
    public static Table read(Path file, String sheet) {
        if (!Files.isRegularFile(file)) {
            throw CaseDataException.in(file, "no such file");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls")) {
            return SpreadsheetTables.read(file, sheet);
        }
        if (sheet != null) {
            throw CaseDataException.in(file, "--sheet only applies to spreadsheets (.xlsx, .xls), not to CSV files");
        }
        return CsvTables.read(file);
    }

    /** The sheets of a workbook in their order; empty for a CSV/TSV file. */
    public static java.util.List<String> sheetNames(Path file) {
        if (!Files.isRegularFile(file)) {
            throw CaseDataException.in(file, "no such file");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean workbook = name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
        return workbook ? SpreadsheetTables.sheetNames(file) : java.util.List.of();
    }
}
