package dev.passage.cases;

import dev.passage.errors.Text;

/** A condition that cannot be read; the message quotes it, says what is wrong and shows the syntax. */
public final class ConditionSyntaxException extends CaseDataException {
    public ConditionSyntaxException(String message) {
        super(message);
    }

    public ConditionSyntaxException(Text message) {
        super(message);
    }
}
