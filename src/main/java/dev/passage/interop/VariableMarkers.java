package dev.passage.interop;

import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Passage labels its variables in a REFI-QDA {@code Variable/Description} so that its own exports come back with
 * the same scope and type ("Passage variable: UNIT CATEGORY"), and document attributes come back as attributes.
 * Other programs' variables carry no label and are typed from {@code typeOfVariable}.
 */
final class VariableMarkers {
    static final String ATTRIBUTE = "Passage document attribute";
    private static final String PREFIX = "Passage variable: ";
    private static final Pattern MARK = Pattern.compile("Passage variable: (UNIT|DOCUMENT|RESPONDENT) (NUMBER|CATEGORY|DATE|TEXT)");

    private VariableMarkers() {
    }

    static String of(VariableScope scope, VariableType type) {
        return PREFIX + scope + " " + type;
    }

    /** The REFI-QDA typeOfVariable Passage writes for a type. */
    static String typeOfVariable(VariableType type) {
        return switch (type) {
            case NUMBER -> "Float";
            case DATE -> "Date";
            case CATEGORY, TEXT -> "Text";
        };
    }

    /** The Passage type written in a description, or null when the description is not Passage's. */
    static VariableType markedType(String description) {
        Matcher m = description == null ? null : MARK.matcher(description);
        return m != null && m.find() ? VariableType.valueOf(m.group(2)) : null;
    }

    static boolean isAttribute(String description) {
        return description != null && description.strip().equals(ATTRIBUTE);
    }

    /** The Passage type for another program's typeOfVariable: numbers stay numbers, dates dates, the rest categories. */
    static VariableType fromTypeOfVariable(String typeOfVariable) {
        return switch (typeOfVariable == null ? "" : typeOfVariable.strip()) {
            case "Integer", "Float" -> VariableType.NUMBER;
            case "Date" -> VariableType.DATE;
            case "DateTime" -> VariableType.TEXT;
            default -> VariableType.CATEGORY;
        };
    }
}
