package dev.passage.importer;

import dev.passage.model.SpeakerTurn;

import java.util.List;

/**
 * Text with its speaker turns / paragraphs, as {@link SpeakerTurnDetector} and the subtitle readers produce it, and warnings
 * worth showing the user (paragraphs joined to stay within {@link ImportLimits#maxTurns()}).
 */
public record TranscriptText(String text, List<SpeakerTurn> turns, List<String> warnings) {
    public TranscriptText {
        turns = List.copyOf(turns);
        warnings = List.copyOf(warnings);
    }

    public TranscriptText(String text, List<SpeakerTurn> turns) {
        this(text, turns, List.of());
    }

    TranscriptText withWarnings(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new TranscriptText(text, turns, all);
    }
}
