package dev.passage.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Speakers for subtitle cues. Cues that already have one (WebVTT {@code <v Name>}) pass it on to the following cues that have
 * none. Without any, a leading {@code Name:} in the cue text is taken as the speaker only when the cues use it consistently —
 * the same rule as {@link SpeakerTurnDetector} applies to paragraphs: at least 60% of the cues start with a name label and
 * one name repeats; the label is then removed from the text. The same input gives the same result from vtt, srt and txt.
 */
final class CueSpeakers {
    private CueSpeakers() {
    }

    static List<DraftTurn> assign(List<DraftTurn> cues) {
        boolean anyVoice = cues.stream().anyMatch(c -> c.speaker() != null);
        return anyVoice ? inherit(cues) : fromLabels(cues);
    }

    private static List<DraftTurn> inherit(List<DraftTurn> cues) {
        List<DraftTurn> out = new ArrayList<>(cues.size());
        String current = null;
        for (DraftTurn cue : cues) {
            if (cue.speaker() != null) {
                current = cue.speaker();
                out.add(cue);
            } else {
                out.add(cue.withSpeaker(current, cue.text()));
            }
        }
        return out;
    }

    private static List<DraftTurn> fromLabels(List<DraftTurn> cues) {
        List<String[]> labelled = new ArrayList<>(cues.size());
        Map<String, Integer> counts = new HashMap<>();
        int nonEmpty = 0;
        int withLabel = 0;
        for (DraftTurn cue : cues) {
            String[] split = null;
            String text = cue.text() == null ? "" : cue.text().strip();
            if (!text.isEmpty()) {
                nonEmpty++;
                Matcher m = SpeakerTurnDetector.COLON_LABEL.matcher(text);
                if (m.matches()) {
                    String label = SpeakerLabel.normalise(m.group(1));
                    if (label != null) {
                        split = new String[] {label, m.group(2) == null ? "" : m.group(2)};
                        withLabel++;
                        counts.merge(label, 1, Integer::sum);
                    }
                }
            }
            labelled.add(split);
        }
        boolean repeats = counts.values().stream().anyMatch(n -> n >= 2);
        if (nonEmpty == 0 || !repeats || withLabel < nonEmpty * SpeakerTurnDetector.MIN_LABELLED_SHARE) {
            return cues;
        }
        List<DraftTurn> out = new ArrayList<>(cues.size());
        String current = null;
        for (int i = 0; i < cues.size(); i++) {
            String[] split = labelled.get(i);
            if (split != null) {
                current = split[0];
                out.add(cues.get(i).withSpeaker(current, split[1]));
            } else {
                out.add(cues.get(i).withSpeaker(current, cues.get(i).text()));
            }
        }
        return out;
    }
}
