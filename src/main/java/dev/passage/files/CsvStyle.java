package dev.passage.files;

import org.apache.commons.csv.CSVFormat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a CSV file is spelled. {@link #PLAIN} is RFC 4180 in UTF-8 without a byte-order mark, "," between fields and "."
 * decimals, which R's {@code read.csv} and pandas read as-is. {@link #excel(Locale)} is for spreadsheet users: a UTF-8
 * byte-order mark (so Excel reads æ, ø, å as written) and, where the locale writes decimal commas (Danish, Swedish), ";"
 * between fields and "0,5" decimals, as Excel there expects.
 */
public record CsvStyle(boolean byteOrderMark, char delimiter, char decimalMark) {
    public static final CsvStyle PLAIN = new CsvStyle(false, ',', '.');

    /** Excel's CSV in {@code locale}: a byte-order mark, and ";" with decimal commas where the locale uses them. */
    public static CsvStyle excel(Locale locale) {
        boolean comma = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',';
        return comma ? new CsvStyle(true, ';', ',') : new CsvStyle(true, ',', '.');
    }

    /** RFC 4180 with this style's delimiter. */
    public CSVFormat format() {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
    }

    /** A UTF-8 writer on {@code out}, which starts with the byte-order mark when the style has one. */
    public Writer writer(OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder());
        if (byteOrderMark) {
            w.write('\uFEFF');
        }
        return w;
    }

    /** A plain decimal ("0.5", "NA", "3") in this style ("0,5" with a decimal comma); text that is not a number stays. */
    public String number(String plain) {
        if (decimalMark == '.' || plain == null || !plain.matches("-?\\d+\\.\\d+")) {
            return plain;
        }
        return plain.replace('.', decimalMark);
    }
}
