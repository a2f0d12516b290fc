package dev.passage.errors;

/**
 * The root of the core's failures: a message fit to show the user (it names the file or item and the problem) and a
 * {@link ErrorKind} that says what the user can do about it. The message is a {@link Text}: {@link #getMessage()} is its
 * English (logs, the command line), the workbench shows it in the user's language.
 */
public class PassageException extends RuntimeException implements HasText {
    private final ErrorKind kind;
    private final Text text;

    public PassageException(ErrorKind kind, String message) {
        super(message);
        this.kind = kind;
        this.text = message == null ? null : Text.plain(message);
    }

    public PassageException(ErrorKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.text = message == null ? null : Text.plain(message);
    }

    public PassageException(ErrorKind kind, Text text) {
        super(text.english());
        this.kind = kind;
        this.text = text;
    }

    public PassageException(ErrorKind kind, Text text, Throwable cause) {
        super(text.english(), cause);
        this.kind = kind;
        this.text = text;
    }

    public ErrorKind kind() {
        return kind;
    }

    @Override
    public Text text() {
        return text;
    }
}
