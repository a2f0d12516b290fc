package dev.passage.export;

import dev.passage.files.CsvStyle;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
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

    private final CsvStyle style;

    public CsvExcerptWriter(OutputStream out) {
        this(out, CsvStyle.PLAIN);
    }

    /** In {@code style}: e.g. with a byte-order mark, ";" and decimal commas for Excel. */
    public CsvExcerptWriter(OutputStream out, CsvStyle style) {
        this.style = style;
        try {
            this.writer = new BufferedWriter(style.writer(out), 1 << 16);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void header(List<ExcerptTable.Column> columns) throws IOException {
        printer = new CSVPrinter(writer, style.format());
        printer.printRecord(columns.stream().map(ExcerptTable.Column::header).toList());
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        List<String> out = new ArrayList<>(cells.size());
        for (Object c : cells) {
            out.add(c instanceof Double ? style.number(ExcerptTable.text(c)) : ExcerptTable.text(c));
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
