package dev.passage.cases;

import dev.passage.model.VariableType;

/**
 * A column of an import file and how it is read: as a variable of {@code type}, or in another {@code role}
 * (the id, the unit link, a codable text). {@code typeSource} tells where the type came from.
 */
public record ImportColumn(String name, int index, Role role, VariableType type, TypeSource typeSource, int filled) {
    /** What a column is for. */
    public enum Role { ID, UNIT, TEXT, VARIABLE }

    /** Inferred from the values, given by the user, or the type the variable already has in the project. */
    public enum TypeSource { INFERRED, GIVEN, PROJECT }
}
