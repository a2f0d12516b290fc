package dev.passage.model;

import java.util.List;

/**
 * What the search index reads of a document: name, text, unit name (or null), speaker turns and the language its text is
 * analysed in (null: the project's).
 */
public record DocumentContent(long id, String name, String text, String unit, List<SpeakerTurn> turns, Language language) {
    public DocumentContent {
        turns = List.copyOf(turns);
    }

    public DocumentContent(long id, String name, String text, String unit, List<SpeakerTurn> turns) {
        this(id, name, text, unit, turns, null);
    }
}
