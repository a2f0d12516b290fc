package dev.passage.session;

import dev.passage.model.Coding;
import dev.passage.model.DocumentFormat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One document as a document list shows it: name, unit (or null), speakers, turns, length in characters, its codings, its
 * attributes in stored order, for a survey answer the question it answers (null for an interview), and its language.
 */
public record DocumentListing(long id, String name, String unit, int speakerCount, int turnCount, int length, List<Coding> codings,
                              Map<String, String> attributes, DocumentFormat format, Instant importedAt, String question,
                              dev.passage.model.Language language) {
    public DocumentListing {
        codings = List.copyOf(codings);
    }
}
