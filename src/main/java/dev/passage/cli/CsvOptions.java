package dev.passage.cli;

import dev.passage.files.CsvStyle;
import picocli.CommandLine.Option;

import java.util.Locale;

/** --excel, shared by every command that writes CSV. */
final class CsvOptions {
    @Option(names = "--excel", description = {"Write the CSV for Excel: UTF-8 with a byte-order mark, and ';' with decimal commas where",
        "your language writes them (Danish, Swedish). Without it: plain RFC 4180 CSV for R and pandas."})
    boolean excel;

    CsvStyle style() {
        return excel ? CsvStyle.excel(Locale.getDefault(Locale.Category.FORMAT)) : CsvStyle.PLAIN;
    }
}
