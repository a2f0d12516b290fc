package dev.passage.importer;

import java.nio.file.Path;

/** Progress of an import, reported from the importing thread. The CLI prints it; the workbench shows a progress bar. */
public interface ImportListener {
    ImportListener NONE = new ImportListener() {
    };

    default void started(int fileCount) {
    }

    /** {@code index} counts from 0. */
    default void fileStarted(Path file, int index, int fileCount) {
    }

    default void fileDone(ImportOutcome outcome, int index, int fileCount) {
    }
}
