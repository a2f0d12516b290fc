package dev.passage.importer;

/**
 * A turn before it is placed in the final text. {@code cue} marks a subtitle cue (vtt, srt or a timestamped txt line):
 * consecutive cues of the same speaker are separated by a single line break, everything else by a blank line.
 */
record DraftTurn(String speaker, Long timestampMs, boolean cue, String text) {
    DraftTurn withSpeaker(String newSpeaker, String newText) {
        return new DraftTurn(newSpeaker, timestampMs, cue, newText);
    }
}
