package dev.passage.mixed;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;

/** A request the displays cannot answer as asked (unknown variable, wrong type, bad option); the message says what to do. */
public final class MixedMethodsException extends PassageException {
    public MixedMethodsException(String message) {
        super(ErrorKind.BAD_INPUT, message);
    }

    public MixedMethodsException(Text message) {
        super(ErrorKind.BAD_INPUT, message);
    }
}
