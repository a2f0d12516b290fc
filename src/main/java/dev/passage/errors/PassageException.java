package dev.passage.errors;

/**
 * The root of the core's failures: a message fit to show the user (it names the file or item and the problem) and a
 * {@link ErrorKind} that says what the user can do about it.
 */
public class PassageException extends RuntimeException {
    private final ErrorKind kind;

    public PassageException(ErrorKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public PassageException(ErrorKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }
}
