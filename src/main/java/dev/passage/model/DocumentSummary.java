package dev.passage.model;

import java.time.Instant;

/** A document without its text, for listings; {@code language} is the document's own (the project's when it has none stored). */
public record DocumentSummary(long id, String name, DocumentFormat format, int length, int turnCount, int speakerCount,
                              int codingCount, Instant importedAt, Language language) {
}
