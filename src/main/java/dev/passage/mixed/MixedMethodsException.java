package dev.passage.mixed;

/** A request the displays cannot answer as asked (unknown variable, wrong type, bad option); the message says what to do. */
public final class MixedMethodsException extends IllegalArgumentException {
    public MixedMethodsException(String message) {
        super(message);
    }
}
