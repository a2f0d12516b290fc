package dev.passage.model;

import java.time.Instant;

/** A document without its text, for listings. */
public record DocumentSummary(long id, String name, DocumentFormat format, int length, int turnCount, int speakerCount,
                              int codingCount, Instant importedAt) {
}
