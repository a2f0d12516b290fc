package dev.passage.model;

/**
 * A typed variable of units, documents or respondents, e.g. UNIT psych_safety NUMBER or DOCUMENT role CATEGORY.
 * {@code version}: its row version as read.
 */
public record Variable(long id, VariableScope scope, String name, VariableType type, int version) {
    public Variable(long id, VariableScope scope, String name, VariableType type) {
        this(id, scope, name, type, 0);
    }
}
