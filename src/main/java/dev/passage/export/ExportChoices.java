package dev.passage.export;

import dev.passage.model.DocumentCase;
import dev.passage.model.Unit;
import dev.passage.model.Variable;

import java.util.List;

/**
 * What an export can be narrowed to and widened by, read in one transaction: the documents with their units, the units, the
 * coders, the typed variables and the documents' attribute names.
 */
public record ExportChoices(List<DocumentCase> documents, List<Unit> units, List<String> coders, List<Variable> variables,
                            List<String> attributeNames) {
}
