package dev.passage.model;

/**
 * A stretch of a document spoken by one speaker (or one paragraph when no speaker is known).
 * {@code start}/{@code end} are UTF-16 offsets into the document text, end exclusive; they cover the spoken text only,
 * not the speaker label. {@code speaker} is null for plain paragraphs; {@code timestampMs} is null when the source had none.
 */
public record SpeakerTurn(int start, int end, String speaker, Long timestampMs) {
    public SpeakerTurn {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad turn range " + start + ".." + end);
        }
    }

    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }

    /** The turn holding {@code offset} in {@code turns} (sorted by start, not overlapping), or null when none does. */
    public static SpeakerTurn at(java.util.List<SpeakerTurn> turns, int offset) {
        int lo = 0;
        int hi = turns.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            SpeakerTurn t = turns.get(mid);
            if (offset < t.start()) {
                hi = mid - 1;
            } else if (offset >= t.end()) {
                lo = mid + 1;
            } else {
                return t;
            }
        }
        return null;
    }

    /** How many different named speakers the turns have (plain paragraphs, with no speaker, do not count). */
    public static int speakerCount(java.util.List<SpeakerTurn> turns) {
        return (int) turns.stream().map(SpeakerTurn::speaker).filter(java.util.Objects::nonNull).distinct().count();
    }
}
