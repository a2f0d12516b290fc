package dev.passage.importer;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;

import java.nio.file.Path;

/** A file that cannot be imported. The message always names the file and the problem. */
public final class ImportException extends PassageException {
    private final transient Path file;
    private final String problem;

    public ImportException(Path file, String problem) {
        this(file, problem, null);
    }

    public ImportException(Path file, String problem, Throwable cause) {
        this(file, Text.plain(problem), cause);
    }

    public ImportException(Path file, Text problem) {
        this(file, problem, null);
    }

    public ImportException(Path file, Text problem, Throwable cause) {
        super(ErrorKind.BAD_INPUT, Text.of("errors.inFile", file.getFileName(), problem), cause);
        this.file = file;
        this.problem = problem.english();
    }

    public Path file() {
        return file;
    }

    public String problem() {
        return problem;
    }
}
