package dev.passage.mixed;

import dev.passage.errors.HasText;
import dev.passage.errors.Text;

/** A request the displays cannot answer as asked (unknown variable, wrong type, bad option); the message says what to do. */
public final class MixedMethodsException extends IllegalArgumentException implements HasText {
    private final transient Text text;

    public MixedMethodsException(String message) {
        super(message);
        this.text = Text.plain(message);
    }

    public MixedMethodsException(Text message) {
        super(message.english());
        this.text = message;
    }

    @Override
    public Text text() {
        return text;
    }
}
