package dev.passage.importer;

import dev.passage.errors.HasText;
import dev.passage.errors.Text;

import java.nio.file.Path;

/** A file that cannot be imported. The message always names the file and the problem. */
public final class ImportException extends Exception implements HasText {
    private final transient Path file;
    private final String problem;
    private final Text text;

    public ImportException(Path file, String problem) {
        this(file, problem, null);
    }

    public ImportException(Path file, String problem, Throwable cause) {
        super(file.getFileName() + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
        this.text = Text.of("errors.inFile", file.getFileName(), Text.plain(problem));
    }

    public ImportException(Path file, Text problem) {
        this(file, problem, null);
    }

    public ImportException(Path file, Text problem, Throwable cause) {
        super(file.getFileName() + ": " + problem.english(), cause);
        this.file = file;
        this.problem = problem.english();
        this.text = Text.of("errors.inFile", file.getFileName(), problem);
    }

    public Path file() {
        return file;
    }

    public String problem() {
        return problem;
    }

    /** The message ("interview.docx: problem") in the user's language. */
    @Override
    public Text text() {
        return text;
    }
}
