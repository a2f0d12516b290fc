package dev.passage.cases;

import java.util.List;

/**
 * What a survey import did: rows in the file and imported; respondents created, updated and moved to another unit; units
 * created; answer documents created, replaced (text changed, no codings) and unchanged; variable values set and cleared;
 * the rows not imported ({@code problems}) and what was kept as it was ({@code notices}, e.g. a coded answer whose text changed).
 */
public record SurveyImportReport(String source, int rows, int importedRows, int respondentsCreated, int respondentsUpdated,
                                 int respondentsMoved, int unitsCreated, int answersCreated, int answersReplaced, int answersUnchanged,
                                 int valuesSet, int valuesCleared, List<RowProblem> problems, List<RowProblem> notices,
                                 List<String> warnings) {
    public SurveyImportReport {
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
        warnings = List.copyOf(warnings);
    }
}
