package dev.passage.importer;

import java.nio.file.Path;

/** Reads one file format. Called by {@link DocumentReaders} after the file is known to exist, be readable, non-empty and within the size limit. */
interface FormatReader {
    ImportedText read(Path file) throws ImportException;
}
