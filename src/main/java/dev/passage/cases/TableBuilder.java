package dev.passage.cases;

import dev.passage.errors.Text;

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
            throw problem(Text.of("cases.table.empty"));
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
                throw problem(Text.of("cases.table.sameName", first + 1, i + 1, row.number(), h));
            }
            out.add(h);
        }
        // trailing unnamed columns are spreadsheet noise (cells formatted but empty)
        while (!out.isEmpty() && out.getLast().equals("column " + out.size())) {
            out.removeLast();
        }
        if (out.isEmpty()) {
            throw problem(Text.of("cases.table.noColumns", row.number()));
        }
        return out;
    }

    private CaseDataException problem(Text message) {
        return new CaseDataException(sheet == null ? Text.of("errors.inFile", file.getFileName(), message)
                                                   : Text.of("cases.table.inSheet", file.getFileName(), sheet, message));
    }
}
