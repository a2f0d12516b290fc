package dev.passage.importer;

import dev.passage.errors.Text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads and parses the next few files of an import on a second thread while the importing thread stores and indexes the
 * current one: decoding and speaker-turn detection were a quarter of the import time, and storing never waits for them
 * now. At most {@value #AHEAD} files are held read but not yet stored, so memory stays bounded. Outcomes are the same as
 * reading in turn: every file's result (text or error) is handed over in the files' order.
 */
final class ReadAhead implements AutoCloseable {
    static final int AHEAD = 2;

    private final DocumentReaders readers;
    private final List<Path> files;
    private final List<Future<ImportedText>> reads;
    private final ExecutorService executor;

    ReadAhead(DocumentReaders readers, List<Path> files) {
        this.readers = readers;
        this.files = List.copyOf(files);
        this.reads = new ArrayList<>(files.size());
        this.executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "passage-import-read");
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < Math.min(AHEAD, this.files.size()); i++) {
            submitNext();
        }
    }

    private void submitNext() {
        Path file = files.get(reads.size());
        reads.add(executor.submit(() -> readers.read(file)));
    }

    /** The text of file {@code index} (asked for in order), or the reader's error for it. */
    ImportedText take(int index) throws ImportException {
        if (reads.size() < files.size()) {
            submitNext();
        }
        try {
            return reads.get(index).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException(files.get(index), Text.of("importer.importInterrupted"));
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case ImportException importError -> throw importError;
                case RuntimeException unchecked -> throw unchecked;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        } finally {
            reads.set(index, null); // the text is the caller's now; do not keep it for the rest of the run
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
