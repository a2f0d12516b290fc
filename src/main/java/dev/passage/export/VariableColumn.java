package dev.passage.export;

import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;

/**
 * An extra column of an excerpt export: a typed variable of the excerpt's unit, document or respondent, or (when
 * {@code variableId} is null) a document attribute of the same name. {@code header} is the column's name in the file.
 * {@code respondentTwinId}: for a DOCUMENT variable that has a RESPONDENT variable of the same name and type (e.g. role of
 * interviewees and of survey respondents), the twin whose value survey answers take; null otherwise.
 */
public record VariableColumn(String header, VariableScope scope, String name, VariableType type, Long variableId, Long respondentTwinId) {
    public VariableColumn(String header, VariableScope scope, String name, VariableType type, Long variableId) {
        this(header, scope, name, type, variableId, null);
    }

    public boolean isAttribute() {
        return variableId == null;
    }

    public boolean isNumber() {
        return type == VariableType.NUMBER;
    }
}
