package dev.passage.cases;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;

import java.nio.file.Path;

/** Case data (a table, a variable, a condition, a link) that cannot be used as asked; the message names the file or item and the problem. */
public class CaseDataException extends PassageException {
    public CaseDataException(String message) {
        super(ErrorKind.BAD_INPUT, message);
    }

    public CaseDataException(String message, Throwable cause) {
        super(ErrorKind.BAD_INPUT, message, cause);
    }

    public CaseDataException(Text message) {
        super(ErrorKind.BAD_INPUT, message);
    }

    public CaseDataException(Text message, Throwable cause) {
        super(ErrorKind.BAD_INPUT, message, cause);
    }

    /** A problem with a whole file: "scores.csv: problem". */
    public static CaseDataException in(Path file, String problem) {
        return new CaseDataException(Text.of("cases.message", file.getFileName(), problem));
    }

    public static CaseDataException in(Path file, String problem, Throwable cause) {
        return new CaseDataException(Text.of("cases.message", file.getFileName(), problem), cause);
    }

    public static CaseDataException in(Path file, Text problem) {
        return new CaseDataException(Text.of("errors.inFile", file.getFileName(), problem));
    }

    public static CaseDataException in(Path file, Text problem, Throwable cause) {
        return new CaseDataException(Text.of("errors.inFile", file.getFileName(), problem), cause);
    }
}
