package dev.passage.mixed;

import dev.passage.files.AtomicWrite;
import dev.passage.files.CsvStyle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes tidy rows as RFC 4180 CSV in UTF-8 (no byte-order mark, CRLF, "." decimals, no exponents, missing = NA), which
 * R's {@code read.csv} and pandas' {@code read_csv} read as-is, NA becoming NA/NaN. One row per unit and code.
 */
public final class TidyCsv {
    public static final List<String> COLUMNS = List.of("unit", "code_path", "segments", "coded_chars", "unit_chars", "share_chars",
                                                       "carriers", "carrier_total", "share_carriers");
    public static final String MISSING = "NA";

    private TidyCsv() {
    }

    /** Writes {@code rows} with the fixed columns, then one column per score name (in this order). */
    public static void write(Writer out, List<TidyRow> rows, List<String> scoreNames) throws IOException {
        write(out, rows, scoreNames, CsvStyle.PLAIN);
    }

    private static void write(Writer out, List<TidyRow> rows, List<String> scoreNames, CsvStyle style) throws IOException {
        List<String> header = new ArrayList<>(COLUMNS);
        for (String name : scoreNames) {
            header.add(COLUMNS.contains(name) ? "unit_" + name : name);
        }
        CSVFormat format = style.format().builder().setHeader(header.toArray(String[]::new)).get();
        CSVPrinter printer = new CSVPrinter(out, format);
        for (TidyRow r : rows) {
            List<String> record = new ArrayList<>(List.of(r.unit(), r.codePath(), Integer.toString(r.segments()),
                Long.toString(r.codedChars()), Long.toString(r.unitChars()), style.number(share(r.shareChars())), Integer.toString(r.carriers()),
                Integer.toString(r.carrierTotal()), style.number(share(r.shareCarriers()))));
            for (String name : scoreNames) {
                record.add(style.number(r.scores().getOrDefault(name, MISSING)));
            }
            printer.printRecord(record);
        }
        printer.flush();
    }

    /** Writes the file whole or not at all ({@link AtomicWrite}). */
    public static void write(Path file, List<TidyRow> rows, List<String> scoreNames) {
        write(file, rows, scoreNames, CsvStyle.PLAIN);
    }

    /** As {@link #write(Path, List, List)}, spelled in {@code style} (e.g. for Excel). */
    public static void write(Path file, List<TidyRow> rows, List<String> scoreNames, CsvStyle style) {
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            AtomicWrite.replace(target, out -> {
                write(style.writer(out), rows, scoreNames, style);
                return null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the CSV file " + file + ": " + e.getMessage(), e);
        }
    }

    private static String share(Double d) {
        return d == null ? MISSING : Formats.number(d);
    }
}
