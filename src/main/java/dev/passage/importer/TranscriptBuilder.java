package dev.passage.importer;

import dev.passage.model.SpeakerTurn;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lays draft turns out as the stored text: each turn's text trimmed (every line stripped, at most one blank line in a row,
 * cue text on one line with single spaces), in NFC; turns separated by "\n" when both are cues of the same speaker (or both
 * without one) and by "\n\n" otherwise. Turns without text are dropped. Offsets are UTF-16 indices.
 */
final class TranscriptBuilder {
    private TranscriptBuilder() {
    }

    static TranscriptText build(List<DraftTurn> drafts) {
        StringBuilder text = new StringBuilder();
        List<SpeakerTurn> turns = new ArrayList<>();
        DraftTurn previous = null;
        for (DraftTurn draft : drafts) {
            String body = clean(draft.text(), draft.cue());
            if (body.isEmpty()) {
                continue;
            }
            if (previous != null) {
                boolean sameCueRun = previous.cue() && draft.cue() && Objects.equals(previous.speaker(), draft.speaker());
                text.append(sameCueRun ? "\n" : "\n\n");
            }
            int start = text.length();
            text.append(body);
            turns.add(new SpeakerTurn(start, text.length(), draft.speaker(), draft.timestampMs()));
            previous = draft;
        }
        return new TranscriptText(text.toString(), turns);
    }

    static String clean(String raw, boolean cue) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        if (cue) {
            return text.replaceAll("\\s+", " ").strip();
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingBlank = false;
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                pendingBlank = !out.isEmpty();
                continue;
            }
            if (!out.isEmpty()) {
                out.append(pendingBlank ? "\n\n" : "\n");
            }
            out.append(stripped);
            pendingBlank = false;
        }
        return out.toString();
    }
}
