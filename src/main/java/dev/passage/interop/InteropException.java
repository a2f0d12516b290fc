package dev.passage.interop;

/** A REFI-QDA file that cannot be imported (or a target that cannot be written); the message names the file and the problem. */
public class InteropException extends RuntimeException {
    public InteropException(String message) {
        super(message);
    }

    public InteropException(String message, Throwable cause) {
        super(message, cause);
    }
}
