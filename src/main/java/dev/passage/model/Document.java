package dev.passage.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An imported text. {@code text} never changes once codings exist; all offsets in the project are UTF-16 indices into it.
 * {@code attributes} are the document's own variables (e.g. role=leader), kept in insertion order.
 */
public record Document(long id, String name, String text, DocumentFormat format, String importedFrom, Instant importedAt,
                       Map<String, String> attributes, List<SpeakerTurn> turns) {

    public Document {
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes)); // keeps the source order
        turns = List.copyOf(turns);
    }

    public int length() {
        return text.length();
    }
}
