package dev.passage.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes one export to a stream (the caller owns and closes it); see {@link AtomicFile}. */
@FunctionalInterface
public interface FileExport {
    ExportReport writeTo(OutputStream out) throws IOException;
}
