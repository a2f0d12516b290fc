package dev.passage.cases;

import dev.passage.errors.Text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a table from a CSV/TSV file or from a sheet of an XLSX/XLS workbook, choosing by the file's extension. */
public final class TableReader {
    /** A CSV/TSV file may be as large as a document file (50 MB); it is read as text, in time and memory linear in its size. */
    static final long MAX_CSV_BYTES = dev.passage.importer.ImportLimits.DEFAULT_MAX_FILE_BYTES;
    /**
     * 20 MB: a workbook is unpacked into memory whole (Apache POI), several times its size, so it gets a lower limit than
     * a CSV file; a survey of 10,000 respondents is about 2 MB.
     */
    static final long MAX_WORKBOOK_BYTES = 20L * 1024 * 1024;

    private TableReader() {
    }

    /**
     * Reads {@code file}. {@code sheet} names the workbook sheet (null: the first); it must be null for CSV.
     *
     * @throws CaseDataException naming the file (and row) when it cannot be read as a table
     */
    public static Table read(Path file, String sheet) {
        if (!Files.isRegularFile(file)) {
            throw CaseDataException.in(file, Text.of("cases.suchFile"));
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls")) {
            checkSize(file, MAX_WORKBOOK_BYTES, "a workbook");
            return SpreadsheetTables.read(file, sheet);
        }
        checkSize(file, MAX_CSV_BYTES, "a CSV file");
        if (sheet != null) {
            throw CaseDataException.in(file, Text.of("cases.sheetOnlyAppliesSpreadsheets"));
        }
        return CsvTables.read(file);
    }

    /** Refuses a file larger than {@code limit}, naming the file, its size and the limit. */
    static void checkSize(Path file, long limit, String what) {
        long size;
        try {
            size = Files.size(file);
        } catch (java.io.IOException e) {
            throw CaseDataException.in(file, Text.of("cases.read", e.getMessage()), e);
        }
        if (size > limit) {
            throw CaseDataException.in(file, String.format(Locale.ROOT, "the file is %.1f MB, larger than the %d MB limit for %s",
                                                           Math.ceil(size / 1048576.0 * 10) / 10, limit / (1024 * 1024), what));
        }
    }

    /** The sheets of a workbook in their order; empty for a CSV/TSV file. */
    public static java.util.List<String> sheetNames(Path file) {
        if (!Files.isRegularFile(file)) {
            throw CaseDataException.in(file, Text.of("cases.suchFile"));
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean workbook = name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
        return workbook ? SpreadsheetTables.sheetNames(file) : java.util.List.of();
    }
}
