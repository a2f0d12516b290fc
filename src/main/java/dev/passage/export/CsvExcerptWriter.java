package dev.passage.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 without a byte-order mark (so that pandas {@code read_csv} and R {@code read.csv(encoding="UTF-8")}
 * read the first header as written): comma-separated, CRLF between records, fields quoted when they hold a comma, quote or
 * line break. Missing values are empty fields.
 */
public final class CsvExcerptWriter implements ExcerptWriter {
    private final Writer writer;
    private CSVPrinter printer;
    private int rows;

    public CsvExcerptWriter(OutputStream out) {
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void header(List<ExcerptTable.Column> columns) throws IOException {
        printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(columns.stream().map(ExcerptTable.Column::header).toList());
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        List<String> out = new ArrayList<>(cells.size());
        for (Object c : cells) {
            out.add(ExcerptTable.text(c));
        }
        printer.printRecord(out);
        rows++;
    }

    @Override
    public ExportReport finish() throws IOException {
        printer.flush();
        return new ExportReport(rows, 0);
    }
}
