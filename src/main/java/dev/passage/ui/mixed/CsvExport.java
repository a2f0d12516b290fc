package dev.passage.ui.mixed;

import dev.passage.files.AtomicWrite;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a display's table as RFC 4180 CSV (UTF-8, CRLF, "." decimals, missing = NA, as the core's tidy CSV), whole or not
 * at all ({@link AtomicWrite}).
 */
final class CsvExport {
    static final String MISSING = "NA";

    private CsvExport() {
    }

    static void write(Path file, List<String> header, List<List<String>> rows) {
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            AtomicWrite.replace(target, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder());
                CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
                for (List<String> row : rows) {
                    printer.printRecord(row);
                }
                printer.flush();
                return null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the CSV file " + file + ": " + e.getMessage(), e);
        }
    }

    /** A number as the CSV writes it (no exponent, no needless ".0"); null is NA. */
    static String number(Double d) {
        return d == null ? MISSING : dev.passage.mixed.Formats.number(d);
    }
}
