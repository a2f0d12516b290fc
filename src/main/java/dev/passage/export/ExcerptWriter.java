package dev.passage.export;

import java.io.IOException;
import java.util.List;

/** Writes an excerpt table in one file format: the header once, then rows, then {@link #finish()}. */
public interface ExcerptWriter extends AutoCloseable {
    void header(List<ExcerptTable.Column> columns) throws IOException;

    /** One row; cells are Numbers, Strings or null, in the order of the header's columns. */
    void row(List<Object> cells) throws IOException;

    /** Completes the file (the caller closes the stream) and says how many rows and shortened cells it holds. */
    ExportReport finish() throws IOException;

    /** Releases what the writer holds (e.g. temporary files) whether or not it finished. */
    @Override
    default void close() throws IOException {
    }
}
