package dev.passage.importer;

import dev.passage.model.SpeakerTurn;

import java.util.List;

/** Text with its speaker turns / paragraphs, as {@link SpeakerTurnDetector} and the subtitle readers produce it. */
public record TranscriptText(String text, List<SpeakerTurn> turns) {
    public TranscriptText {
        turns = List.copyOf(turns);
    }

    /** True when at least one turn has a speaker. */
    public boolean hasSpeakers() {
        return turns.stream().anyMatch(t -> t.speaker() != null);
    }
}
