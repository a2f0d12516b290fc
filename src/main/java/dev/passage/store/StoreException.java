package dev.passage.store;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;

/** A storage failure, with a message fit to show the user; without a kind it is bad input (a wrong folder, a stale id). */
public class StoreException extends PassageException {
    public StoreException(String message, Throwable cause) {
        super(ErrorKind.BAD_INPUT, message, cause);
    }

    public StoreException(String message) {
        super(ErrorKind.BAD_INPUT, message);
    }

    public StoreException(ErrorKind kind, String message) {
        super(kind, message);
    }

    public StoreException(ErrorKind kind, String message, Throwable cause) {
        super(kind, message, cause);
    }

    public StoreException(Text message, Throwable cause) {
        super(ErrorKind.BAD_INPUT, message, cause);
    }

    public StoreException(Text message) {
        super(ErrorKind.BAD_INPUT, message);
    }

    public StoreException(ErrorKind kind, Text message) {
        super(kind, message);
    }

    public StoreException(ErrorKind kind, Text message, Throwable cause) {
        super(kind, message, cause);
    }
}
