package dev.passage.cases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects raw rows of a file into a {@link Table}: the first non-blank row is the header, blank rows are dropped. */
final class TableBuilder {
    private final Path file;
    private final String sheet;
    private final List<String> warnings = new ArrayList<>();
    private List<String> headers;
    private final List<TableRow> rows = new ArrayList<>();

    TableBuilder(Path file, String sheet) {
        this.file = file;
        this.sheet = sheet;
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    void add(int rowNumber, List<String> cells) {
        TableRow row = new TableRow(rowNumber, cells);
        if (row.isBlank()) {
            return;
        }
        if (headers == null) {
            headers = headers(row);
        } else {
            rows.add(row);
        }
    }

    Table build() {
        if (headers == null) {
            throw problem("the file is empty (it needs a header row naming the columns)");
        }
        return new Table(file, sheet, headers, rows, warnings);
    }

    private List<String> headers(TableRow row) {
        List<String> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String h = row.cell(i).replace('\uFEFF', ' ').strip();
            if (h.isEmpty()) {
                h = "column " + (i + 1);
            }
            Integer first = seen.putIfAbsent(h.toLowerCase(Locale.ROOT), i);
            if (first != null) {
                throw problem("columns " + (first + 1) + " and " + (i + 1) + " of the header row (row " + row.number()
                              + ") are both named \"" + h + "\"; give every column its own name");
            }
            out.add(h);
        }
        // trailing unnamed columns are spreadsheet noise (cells formatted but empty)
        while (!out.isEmpty() && out.getLast().equals("column " + out.size())) {
            out.removeLast();
        }
        if (out.isEmpty()) {
            throw problem("the header row (row " + row.number() + ") names no columns");
        }
        return out;
    }

    private CaseDataException problem(String message) {
        return new CaseDataException(file.getFileName() + (sheet == null ? "" : " (sheet " + sheet + ")") + ": " + message);
    }
}
