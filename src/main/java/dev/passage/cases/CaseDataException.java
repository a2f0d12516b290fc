package dev.passage.cases;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;

import java.nio.file.Path;

/** Case data (a table, a variable, a condition, a link) that cannot be used as asked; the message names the file or item and the problem. */
public class CaseDataException extends PassageException {
    public CaseDataException(String message) {
        super(ErrorKind.BAD_INPUT, message);
    }

    public CaseDataException(String message, Throwable cause) {
        super(ErrorKind.BAD_INPUT, message, cause);
    }

    /** A problem with a whole file: "scores.csv: problem". */
    public static CaseDataException in(Path file, String problem) {
        return new CaseDataException(file.getFileName() + ": " + problem);
    }

    public static CaseDataException in(Path file, String problem, Throwable cause) {
        return new CaseDataException(file.getFileName() + ": " + problem, cause);
    }
}
