package dev.passage.model;

/**
 * Where a document sits in the study design: its unit (case), and for a survey answer its respondent and question.
 * Interviews have no respondent and no question. {@code textLength} is the document's length in UTF-16 chars.
 */
public record DocumentCase(long documentId, String name, Long unitId, Long respondentId, String question, int textLength) {
    public boolean isSurveyAnswer() {
        return respondentId != null;
    }
}
