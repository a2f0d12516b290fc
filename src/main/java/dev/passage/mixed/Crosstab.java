package dev.passage.mixed;

import dev.passage.model.VariableScope;

import java.util.List;

/**
 * Codes by groups of a variable. {@code carriers} names what is counted ("documents and respondents", "documents",
 * "respondents"); {@code outOfScope} counts carriers that the variable cannot describe (interviews for a respondent
 * variable) and that are therefore in no group. Missing values form the group "missing".
 */
public record Crosstab(String variable, VariableScope scope, String split, CodeAggregation aggregation, String carriers,
                       List<CrosstabGroup> groups, List<CrosstabRow> rows, int outOfScope, String definition) {
    public static final String MISSING = "missing";

    public Crosstab {
        groups = List.copyOf(groups);
        rows = List.copyOf(rows);
    }
}
