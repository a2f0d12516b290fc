package dev.passage.search;

/** A query the parser cannot read; the message says where and why, in words a researcher understands. */
public final class SearchSyntaxException extends Exception {
    public SearchSyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
