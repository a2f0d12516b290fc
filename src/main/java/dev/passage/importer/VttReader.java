package dev.passage.importer;

import dev.passage.errors.Text;
import dev.passage.model.DocumentFormat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WebVTT subtitles: the cues in order, each a turn with its start time. Cue identifiers and settings, NOTE, STYLE and REGION
 * blocks are ignored; {@code <v Name>} gives the speaker (a cue with several voices becomes several turns); other tags are
 * removed and character references decoded; the lines of a cue are joined with a space.
 */
final class VttReader implements FormatReader {
    private final int maxTurns;

    VttReader() {
        this(ImportLimits.DEFAULT_MAX_TURNS);
    }

    VttReader(int maxTurns) {
        this.maxTurns = maxTurns;
    }

    private static final String TIME = "(?:\\d{1,3}:)?\\d{1,2}:\\d{2}[.,]\\d{1,3}";
    private static final Pattern TIMING = Pattern.compile("\\s*(" + TIME + ")\\s*-->\\s*(" + TIME + ")(?:\\s.*)?");
    /** A tag holds no '<', so every search for its '>' stops at the next '<': linear even on a line of '<'. */
    private static final Pattern TAG = Pattern.compile("<([^<>]*+)>");
    private static final Pattern VOICE = Pattern.compile("v(?:\\.[^\\s>]*)?(?:\\s+(.*))?", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));");

    @Override
    public ImportedText read(Path file) throws ImportException {
        TextDecoder.Decoded decoded = Subtitles.decode(file);
        String text = decoded.text();
        String firstLine = text.lines().findFirst().orElse("");
        if (!firstLine.equals("WEBVTT") && !firstLine.startsWith("WEBVTT ") && !firstLine.startsWith("WEBVTT\t")) {
            throw new ImportException(file, Text.of("importer.webvttFileFirstLine"));
        }
        List<String> warnings = new ArrayList<>(decoded.warnings());
        List<DraftTurn> cues = new ArrayList<>();
        int skipped = 0;
        List<List<String>> blocks = blocks(text);
        for (int b = 1; b < blocks.size(); b++) {
            List<String> block = blocks.get(b);
            String first = block.getFirst();
            if (isBlockOf(first, "NOTE") || isBlockOf(first, "STYLE") || isBlockOf(first, "REGION")) {
                continue;
            }
            int timingLine = first.contains("-->") ? 0 : block.size() > 1 && block.get(1).contains("-->") ? 1 : -1;
            Matcher timing = timingLine < 0 ? null : TIMING.matcher(block.get(timingLine));
            if (timing == null || !timing.matches()) {
                skipped++;
                continue;
            }
            Long start = Timestamps.parseMillis(timing.group(1));
            if (start == null) {
                skipped++;
                continue;
            }
            cues.addAll(cueTurns(block.subList(timingLine + 1, block.size()), start));
        }
        if (skipped > 0) {
            warnings.add(skipped + (skipped == 1 ? " block without a valid cue timing line was" : " blocks without a valid cue timing line were")
                    + " skipped");
        }
        TranscriptText transcript = Subtitles.transcript(file, cues, maxTurns);
        return new ImportedText(transcript.text(), transcript.turns(), DocumentFormat.VTT, warnings);
    }

    /** Groups of consecutive non-blank lines. */
    static List<List<String>> blocks(String text) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    private static boolean isBlockOf(String firstLine, String keyword) {
        return firstLine.equals(keyword) || firstLine.startsWith(keyword + " ") || firstLine.startsWith(keyword + "\t");
    }

    /** The payload of one cue as one or more turns (one per voice). */
    static List<DraftTurn> cueTurns(List<String> payload, long startMs) {
        List<DraftTurn> turns = new ArrayList<>();
        String speaker = null;
        StringBuilder text = new StringBuilder();
        for (String line : payload) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            Matcher tag = TAG.matcher(line);
            int at = 0;
            while (tag.find()) {
                text.append(line, at, tag.start());
                at = tag.end();
                Matcher voice = VOICE.matcher(tag.group(1));
                if (voice.matches()) {
                    String name = voice.group(1) == null ? null : decodeEntities(voice.group(1)).strip();
                    name = name == null || name.isEmpty() ? null : name;
                    if (!decodeEntities(text.toString()).isBlank() && !Objects.equals(name, speaker)) {
                        turns.add(new DraftTurn(speaker, startMs, true, decodeEntities(text.toString())));
                        text.setLength(0);
                    }
                    speaker = name;
                }
            }
            text.append(line, at, line.length());
        }
        turns.add(new DraftTurn(speaker, startMs, true, decodeEntities(text.toString())));
        return turns;
    }

    static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String replacement = entity(m);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? m.group() : replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String entity(Matcher m) {
        try {
            if (m.group(1) != null) {
                return Character.toString(Integer.parseInt(m.group(1)));
            }
            if (m.group(2) != null) {
                return Character.toString(Integer.parseInt(m.group(2), 16));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return switch (m.group(3)) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "nbsp" -> "\u00A0";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "lrm" -> "\u200E";
            case "rlm" -> "\u200F";
            default -> null;
        };
    }
}
