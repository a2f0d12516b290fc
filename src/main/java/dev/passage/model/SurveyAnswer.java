package dev.passage.model;

/** A stored survey answer document: whose answer to which question, its text, and how many codings it carries. */
public record SurveyAnswer(long documentId, long respondentId, String question, String name, String text, int codingCount) {
}
