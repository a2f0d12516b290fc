package dev.passage.importer;

import java.nio.file.Path;

/** A file that cannot be imported. The message always names the file and the problem. */
public final class ImportException extends Exception {
    private final transient Path file;
    private final String problem;

    public ImportException(Path file, String problem) {
        this(file, problem, null);
    }

    public ImportException(Path file, String problem, Throwable cause) {
        super(file.getFileName() + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    public String problem() {
        return problem;
    }
}
