package dev.passage.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A document about to be stored (no id yet). {@code language} is the language its text is written in (it selects the search
 * analyzer); null stores it in the project's language.
 */
public record NewDocument(String name, String text, DocumentFormat format, String importedFrom, Instant importedAt,
                          Map<String, String> attributes, List<SpeakerTurn> turns, Language language) {
    public NewDocument {
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes)); // keeps the source order
        turns = List.copyOf(turns);
        for (SpeakerTurn t : turns) {
            if (t.end() > text.length()) {
                throw new IllegalArgumentException("turn " + t + " lies beyond the text (length " + text.length() + ")");
            }
        }
    }

    /** A document in the project's language. */
    public NewDocument(String name, String text, DocumentFormat format, String importedFrom, Instant importedAt,
                       Map<String, String> attributes, List<SpeakerTurn> turns) {
        this(name, text, format, importedFrom, importedAt, attributes, turns, null);
    }

    /** The same document in {@code other} language (null: the project's). */
    public NewDocument withLanguage(Language other) {
        return new NewDocument(name, text, format, importedFrom, importedAt, attributes, turns, other);
    }
}
