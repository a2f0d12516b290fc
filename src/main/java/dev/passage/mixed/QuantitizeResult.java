package dev.passage.mixed;

import dev.passage.model.VariableScope;

import java.util.List;

/** What quantitizing wrote: the variables (created or overwritten) and how many values; owners without text stay missing. */
public record QuantitizeResult(VariableScope scope, List<String> variables, int values, int created, String definition) {
    public QuantitizeResult {
        variables = List.copyOf(variables);
    }
}
