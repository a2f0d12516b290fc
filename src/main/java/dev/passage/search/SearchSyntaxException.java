package dev.passage.search;

import dev.passage.errors.HasText;
import dev.passage.errors.Text;

/** A query the parser cannot read; the message says where and why, in words a researcher understands. */
public final class SearchSyntaxException extends Exception implements HasText {
    private final Text text;

    public SearchSyntaxException(String message, Throwable cause) {
        this(Text.plain(message), cause);
    }

    public SearchSyntaxException(Text message, Throwable cause) {
        super(message.english(), cause);
        this.text = message;
    }

    @Override
    public Text text() {
        return text;
    }
}
