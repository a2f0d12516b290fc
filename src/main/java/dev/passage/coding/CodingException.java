package dev.passage.coding;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;

/** A coding or codebook edit that cannot be done as asked; the message says why in the user's terms. */
public class CodingException extends PassageException {
    public CodingException(String message) {
        super(ErrorKind.BAD_INPUT, message);
    }

    public CodingException(Text message) {
        super(ErrorKind.BAD_INPUT, message);
    }
}
