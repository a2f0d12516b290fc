package dev.passage.model;

/** A code's description in the form codebooks use: definition, when to use, when not to use, an example. Blank parts are "". */
public record CodeDescription(String definition, String whenToUse, String whenNotToUse, String example) {
    public static final CodeDescription EMPTY = new CodeDescription("", "", "", "");

    public CodeDescription {
        definition = definition == null ? "" : definition;
        whenToUse = whenToUse == null ? "" : whenToUse;
        whenNotToUse = whenNotToUse == null ? "" : whenNotToUse;
        example = example == null ? "" : example;
    }

    public static CodeDescription of(String definition) {
        return new CodeDescription(definition, "", "", "");
    }

    public boolean isEmpty() {
        return definition.isBlank() && whenToUse.isBlank() && whenNotToUse.isBlank() && example.isBlank();
    }
}
