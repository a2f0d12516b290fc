package dev.passage.importer;

import dev.passage.errors.Text;
import dev.passage.model.DocumentFormat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SubRip subtitles: numbered cues {@code HH:MM:SS,mmm --> HH:MM:SS,mmm}, each a turn with its start time; the text lines of a
 * cue are joined with a space and formatting tags ({@code <i>}, {@code <font ...>}, {@code {\an8}}) removed. Tolerates a missing
 * blank line between cues, a dot instead of the comma, and one-digit hours.
 */
final class SrtReader implements FormatReader {
    private final int maxTurns;

    SrtReader() {
        this(ImportLimits.DEFAULT_MAX_TURNS);
    }

    SrtReader(int maxTurns) {
        this.maxTurns = maxTurns;
    }

    private static final String TIME = "\\d{1,3}:\\d{2}:\\d{2}[,.]\\d{1,3}";
    private static final Pattern TIMING = Pattern.compile("\\s*(" + TIME + ")\\s*-->\\s*(" + TIME + ")(?:\\s.*)?");
    private static final Pattern INDEX = Pattern.compile("\\s*\\d+\\s*");
    /** Tags hold no '<' or '{', so every search for their end stops at the next opening: linear on any line. */
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]*+>|\\{\\\\[^{}]*+\\}");

    @Override
    public ImportedText read(Path file) throws ImportException {
        TextDecoder.Decoded decoded = Subtitles.decode(file);
        String text = decoded.text();
        String[] lines = text.split("\n", -1);
        List<DraftTurn> cues = new ArrayList<>();
        int found = 0;
        int i = 0;
        while (i < lines.length) {
            Matcher timing = TIMING.matcher(lines[i]);
            if (!timing.matches()) {
                i++;
                continue;
            }
            found++;
            Long start = Timestamps.parseMillis(timing.group(1));
            i++;
            StringBuilder cue = new StringBuilder();
            while (i < lines.length && !lines[i].isBlank() && !TIMING.matcher(lines[i]).matches()
                    && !(INDEX.matcher(lines[i]).matches() && i + 1 < lines.length && TIMING.matcher(lines[i + 1]).matches())) {
                if (!cue.isEmpty()) {
                    cue.append(' ');
                }
                cue.append(TAG.matcher(lines[i]).replaceAll(""));
                i++;
            }
            if (start != null) {
                cues.add(new DraftTurn(null, start, true, cue.toString()));
            }
        }
        if (found == 0) {
            throw new ImportException(file, Text.of("importer.subripSrtFileCue"));
        }
        TranscriptText transcript = Subtitles.transcript(file, cues, maxTurns);
        return new ImportedText(transcript.text(), transcript.turns(), DocumentFormat.SRT, decoded.warnings());
    }
}
