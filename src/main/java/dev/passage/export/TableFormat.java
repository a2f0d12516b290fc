package dev.passage.export;

import java.io.IOException;
import java.io.OutputStream;

/** The file formats an excerpt table is written in. */
public enum TableFormat {
    CSV, XLSX, JSON;

    public ExcerptWriter open(OutputStream out) throws IOException {
        return switch (this) {
            case CSV -> new CsvExcerptWriter(out);
            case XLSX -> new XlsxExcerptWriter(out);
            case JSON -> new JsonExcerptWriter(out);
        };
    }
}
