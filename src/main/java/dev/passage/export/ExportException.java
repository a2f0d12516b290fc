package dev.passage.export;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;

/** An export cannot be made as asked (unknown code, document, unit or variable; unwritable target). The message says why. */
public final class ExportException extends PassageException {
    public ExportException(String message) {
        super(ErrorKind.BAD_INPUT, message);
    }

    public ExportException(ErrorKind kind, String message, Throwable cause) {
        super(kind, message, cause);
    }

    public ExportException(String message, Throwable cause) {
        super(ErrorKind.BAD_INPUT, message, cause);
    }

    public ExportException(Text message) {
        super(ErrorKind.BAD_INPUT, message);
    }

    public ExportException(ErrorKind kind, Text message, Throwable cause) {
        super(kind, message, cause);
    }

    public ExportException(Text message, Throwable cause) {
        super(ErrorKind.BAD_INPUT, message, cause);
    }
}
