package dev.passage.model;

import java.time.Instant;

/** A survey answer about to be stored as a document of its respondent (no id yet). */
public record NewSurveyAnswer(long respondentId, String question, String name, String text, String importedFrom, Instant importedAt) {
}
