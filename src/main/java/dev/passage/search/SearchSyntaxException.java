package dev.passage.search;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;

/** A query the parser cannot read; the message says where and why, in words a researcher understands. */
public final class SearchSyntaxException extends PassageException {
    public SearchSyntaxException(String message, Throwable cause) {
        this(Text.plain(message), cause);
    }

    public SearchSyntaxException(Text message, Throwable cause) {
        super(ErrorKind.BAD_INPUT, message, cause);
    }
}
