package dev.passage.model;

import java.util.List;

/** What the search index reads of a document: name, text, unit name (or null) and speaker turns. */
public record DocumentContent(long id, String name, String text, String unit, List<SpeakerTurn> turns) {
    public DocumentContent {
        turns = List.copyOf(turns);
    }
}
