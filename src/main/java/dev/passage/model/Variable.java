package dev.passage.model;

/** A typed variable of units, documents or respondents, e.g. UNIT psych_safety NUMBER or DOCUMENT role CATEGORY. */
public record Variable(long id, VariableScope scope, String name, VariableType type) {
}
