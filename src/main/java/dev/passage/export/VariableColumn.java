package dev.passage.export;

import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;

/**
 * An extra column of an excerpt export: a typed variable of the excerpt's unit, document or respondent, or (when
 * {@code variableId} is null) a document attribute of the same name. {@code header} is the column's name in the file.
 */
public record VariableColumn(String header, VariableScope scope, String name, VariableType type, Long variableId) {
    public boolean isAttribute() {
        return variableId == null;
    }

    public boolean isNumber() {
        return type == VariableType.NUMBER;
    }
}
