package dev.passage.interop;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;

/** A REFI-QDA file that cannot be imported (or a target that cannot be written); the message names the file and the problem. */
public class InteropException extends PassageException {
    public InteropException(String message) {
        super(ErrorKind.BAD_INPUT, message);
    }

    public InteropException(String message, Throwable cause) {
        super(ErrorKind.BAD_INPUT, message, cause);
    }

    public InteropException(Text message) {
        super(ErrorKind.BAD_INPUT, message);
    }

    public InteropException(Text message, Throwable cause) {
        super(ErrorKind.BAD_INPUT, message, cause);
    }
}
