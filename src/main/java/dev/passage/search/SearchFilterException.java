package dev.passage.search;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;

/** A filter names something the project does not have (a document); the message says which. */
public final class SearchFilterException extends PassageException {
    public SearchFilterException(String message) {
        super(ErrorKind.BAD_INPUT, message);
    }

    public SearchFilterException(Text message) {
        super(ErrorKind.BAD_INPUT, message);
    }
}
