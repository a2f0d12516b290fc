package dev.passage.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A document about to be stored (no id yet). */
public record NewDocument(String name, String text, DocumentFormat format, String importedFrom, Instant importedAt,
                          Map<String, String> attributes, List<SpeakerTurn> turns) {
    public NewDocument {
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes)); // keeps the source order
        turns = List.copyOf(turns);
        for (SpeakerTurn t : turns) {
            if (t.end() > text.length()) {
                throw new IllegalArgumentException("turn " + t + " lies beyond the text (length " + text.length() + ")");
            }
        }
    }
}
