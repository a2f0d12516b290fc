package dev.passage.export;

/** An export cannot be made as asked (unknown code, document, unit or variable; unwritable target). The message says why. */
public final class ExportException extends RuntimeException {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
