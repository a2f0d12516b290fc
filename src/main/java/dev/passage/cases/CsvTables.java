package dev.passage.cases;

import dev.passage.errors.Text;
import dev.passage.importer.ImportException;
import dev.passage.importer.TextDecoder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * CSV and TSV files via Apache Commons CSV. The bytes are decoded by the importer's {@link TextDecoder} (a byte order mark
 * wins and is removed; otherwise strict UTF-8, else Windows-1252 with a warning); the delimiter (comma, semicolon or tab)
 * is sniffed from the first rows: the one that splits the header into the most columns and keeps the rows as wide.
 */
final class CsvTables {
    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final int SNIFF_RECORDS = 20;

    private CsvTables() {
    }

    static Table read(Path file) {
        TextDecoder.Decoded decoded;
        try {
            decoded = TextDecoder.decodeWithCharset(file, Files.readAllBytes(file));
        } catch (ImportException e) {
            throw new CaseDataException(e.getMessage(), e);
        } catch (IOException e) {
            throw CaseDataException.in(file, Text.of("cases.read", e.getMessage()), e);
        }
        String text = decoded.text();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = sniff(text);
        TableBuilder table = new TableBuilder(file, null);
        decoded.warnings().forEach(table::warn);
        try (CSVParser parser = CSVParser.parse(text, format(delimiter))) {
            Iterator<CSVRecord> it = parser.iterator();
            while (it.hasNext()) {
                CSVRecord r = it.next();
                table.add((int) r.getRecordNumber(), r.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw CaseDataException.in(file, Text.of("cases.validCsv", rootMessage(e)), e);
        }
        return table.build();
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    }

    /** The delimiter that gives the widest header with the most rows of the same width; comma when all give one column. */
    static char sniff(String text) {
        char best = ',';
        long bestScore = 0;
        for (char d : DELIMITERS) {
            long score = score(text, d);
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    private static long score(String text, char delimiter) {
        try (CSVParser parser = CSVParser.parse(text, format(delimiter))) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                return 0;
            }
            int width = it.next().size();
            if (width < 2) {
                return 0;
            }
            int same = 0;
            for (int i = 0; i < SNIFF_RECORDS && it.hasNext(); i++) {
                if (it.next().size() == width) {
                    same++;
                }
            }
            return same * 1000L + width;
        } catch (IOException | RuntimeException e) {
            return 0; // this delimiter leaves quotes unbalanced: not the one
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
