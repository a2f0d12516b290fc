package dev.passage.documents;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;

/** A document or set edit that cannot be made as asked (a name taken, a document or set that is not there): bad input. */
public final class DocumentEditException extends PassageException {
    public DocumentEditException(Text text) {
        super(ErrorKind.BAD_INPUT, text);
    }
}
