package dev.passage.cases;

/** A condition that cannot be read; the message quotes it, says what is wrong and shows the syntax. */
public final class ConditionSyntaxException extends CaseDataException {
    public ConditionSyntaxException(String message) {
        super(message);
    }
}
