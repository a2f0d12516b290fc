package dev.passage.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds speaker turns in the paragraphs of a txt, md, docx, odt or pdf document. It recognises four transcript forms:
 * <ul>
 *   <li>timestamped cue lines {@code [00:43.810 --> 00:47.850]  text} (hours optional, end time optional): each line is a cue;</li>
 *   <li>Otter-style headers {@code Mette Holm  0:21} alone on a line, followed by what was said;</li>
 *   <li>bracket tags {@code [id1] text};</li>
 *   <li>colon labels {@code Name: text}, {@code I: text}, {@code Taler 3: text}.</li>
 * </ul>
 * A form is used only when the document is clearly written in it: at least {@value #MIN_LABELLED_SHARE} of its text units
 * (paragraphs, also split where a labelled line starts) begin with a label, and for bracket and colon labels one label
 * occurs at least twice (Otter needs two headers; timestamps one). Otherwise the paragraphs come back as plain turns without
 * speaker. A labelled turn runs until the next label; unlabelled lines and paragraphs after it belong to it. A colon or
 * bracket label that occurs only once starts a turn only after the conversation has begun (after the first label that repeats),
 * so a "Date: ..." header line above the interview stays text. The labels and timestamps are not part of the text.
 * <p>
 * A document has at most {@code maxTurns} turns: when the labels would give more (a chat or log export of a million lines),
 * the document is read as plain text, labels kept in the text; plain paragraphs (or lines) beyond the limit are joined in
 * groups of consecutive ones. Either way a warning says so. This bounds the rows stored and the segments indexed per document.
 */
public final class SpeakerTurnDetector {
    /** Share of text units that must start with a label before a document is read as a transcript. */
    public static final double MIN_LABELLED_SHARE = 0.6;

    /** {@code Name: text}; the colon is followed by white space, a letter, or the end of the line (so "10:30" is no label). */
    static final Pattern COLON_LABEL = Pattern.compile("([^:\\[\\]]{1,60}?)\\s*+:(?:(?:\\s+|(?=\\p{L}))(.*))?", Pattern.DOTALL);
    static final Pattern BRACKET_LABEL = Pattern.compile("\\[([^\\[\\]]{1,60})\\][ \\t]*:?[ \\t]*(.*)", Pattern.DOTALL);
    static final Pattern TIMESTAMP_LINE = Pattern.compile(
            "\\[\\s*(" + Timestamps.CLOCK + ")(?:\\s*-->\\s*" + Timestamps.CLOCK + ")?\\s*\\]\\s*(.*)", Pattern.DOTALL);
    static final Pattern OTTER_HEADER = Pattern.compile("(.{1,60}?)\\s++((?:\\d{1,2}:)?\\d{1,2}:\\d{2})");

    /** One transcript form, most specific first (the order breaks ties). */
    enum Style {
        TIMESTAMP, OTTER, BRACKET, COLON;

        Label match(String line) {
            if (!mayMatch(line)) {
                return null;
            }
            switch (this) {
                case TIMESTAMP -> {
                    Matcher m = TIMESTAMP_LINE.matcher(line);
                    if (m.matches()) {
                        Long ms = Timestamps.parseMillis(m.group(1));
                        return ms == null ? null : new Label(null, m.group(2), ms);
                    }
                }
                case OTTER -> {
                    Matcher m = OTTER_HEADER.matcher(line);
                    if (m.matches()) {
                        String name = SpeakerLabel.normalise(m.group(1));
                        Long ms = Timestamps.parseMillis(m.group(2));
                        return name == null || ms == null ? null : new Label(name, "", ms);
                    }
                }
                case BRACKET -> {
                    Matcher m = BRACKET_LABEL.matcher(line);
                    if (m.matches()) {
                        String name = SpeakerLabel.normalise(m.group(1));
                        return name == null ? null : new Label(name, m.group(2), null);
                    }
                }
                case COLON -> {
                    Matcher m = COLON_LABEL.matcher(line);
                    if (m.matches()) {
                        String name = SpeakerLabel.normalise(m.group(1));
                        return name == null ? null : new Label(name, m.group(2) == null ? "" : m.group(2), null);
                    }
                }
            }
            return null;
        }

        /**
         * A cheap necessary condition for {@link #match}, so most lines of a long plain file are never given to a regular
         * expression: timestamps and brackets open with '[', an Otter header ends in a digit, a colon label has a colon.
         */
        private boolean mayMatch(String line) {
            return switch (this) {
                case TIMESTAMP, BRACKET -> !line.isEmpty() && line.charAt(0) == '[';
                case OTTER -> !line.isEmpty() && Character.isDigit(line.charAt(line.length() - 1)) && line.indexOf(':') > 0;
                case COLON -> line.indexOf(':') > 0;
            };
        }

        boolean needsRepeatedLabel() {
            return this == BRACKET || this == COLON;
        }
    }

    /** A recognised label: the speaker (null for bare timestamps), the text after it on the same line, the time if any. */
    record Label(String speaker, String rest, Long timestampMs) {
    }

    /** A non-empty, stripped line; {@code paragraphStart} when it begins a paragraph. */
    record Line(String text, boolean paragraphStart) {
    }

    private record Stats(Style style, int units, int labelled, Map<String, Integer> counts) {
        boolean anyRepeat() {
            return counts.values().stream().anyMatch(n -> n >= 2);
        }
    }

    private final int maxTurns;

    public SpeakerTurnDetector() {
        this(ImportLimits.DEFAULT_MAX_TURNS);
    }

    public SpeakerTurnDetector(int maxTurns) {
        if (maxTurns <= 0) {
            throw new IllegalArgumentException("maxTurns must be positive, was " + maxTurns);
        }
        this.maxTurns = maxTurns;
    }

    /** Detects the turns in {@code paragraphs} (in document order; a paragraph may hold line breaks as "\n"). */
    public TranscriptText detect(List<String> paragraphs) {
        List<String> warnings = new ArrayList<>();
        List<DraftTurn> drafts = drafts(paragraphs, warnings);
        return TranscriptBuilder.build(drafts).withWarnings(warnings);
    }

    /** The transcript form {@code paragraphs} are written in, or null for plain text. */
    Style style(List<String> paragraphs) {
        Stats best = chooseStyle(lines(paragraphs));
        return best == null ? null : best.style();
    }

    List<DraftTurn> drafts(List<String> paragraphs, List<String> warnings) {
        List<Line> lines = lines(paragraphs);
        Stats best = chooseStyle(lines);
        if (best != null) {
            Style style = best.style();
            List<DraftTurn> drafts = parse(lines, style, best.counts());
            if (drafts.size() <= maxTurns) {
                return style == Style.TIMESTAMP ? assignCueSpeakers(drafts) : drafts;
            }
            warnings.add(ImportLimits.count(drafts.size()) + " speaker turns are more than the " + ImportLimits.count(maxTurns)
                         + " a document may have: read as plain text, speaker labels kept in the text (split the file to keep its speakers)");
        }
        List<DraftTurn> plain = plain(lines);
        if (plain.size() <= maxTurns) {
            return plain;
        }
        int group = (plain.size() + maxTurns - 1) / maxTurns;
        warnings.add(ImportLimits.count(plain.size()) + " paragraphs are more than the " + ImportLimits.count(maxTurns)
                     + " a document may have: every " + group + " consecutive ones were joined into one");
        return grouped(plain, group, oneParagraph(lines) ? "\n" : "\n\n");
    }

    /** Joins every {@code size} consecutive plain turns into one, with {@code separator} between them. */
    private static List<DraftTurn> grouped(List<DraftTurn> plain, int size, String separator) {
        List<DraftTurn> out = new ArrayList<>(plain.size() / size + 1);
        for (int from = 0; from < plain.size(); from += size) {
            StringBuilder text = new StringBuilder();
            for (DraftTurn t : plain.subList(from, Math.min(plain.size(), from + size))) {
                if (!text.isEmpty()) {
                    text.append(separator);
                }
                text.append(t.text());
            }
            out.add(new DraftTurn(null, null, false, text.toString()));
        }
        return out;
    }

    static List<Line> lines(List<String> paragraphs) {
        List<Line> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (paragraph == null) {
                continue;
            }
            boolean start = true;
            for (String raw : paragraph.split("\n", -1)) {
                String text = raw.strip();
                if (text.isEmpty()) {
                    start = true;
                    continue;
                }
                lines.add(new Line(text, start));
                start = false;
            }
        }
        return lines;
    }

    /** The counts of the style the lines are written in, or null for plain text. */
    private static Stats chooseStyle(List<Line> lines) {
        Stats best = null;
        int bestLabelled = 0;
        for (Style style : Style.values()) {
            Stats stats = stats(lines, style);
            boolean majority = stats.labelled() > 0 && stats.labelled() >= stats.units() * MIN_LABELLED_SHARE;
            boolean enough = switch (style) {
                case TIMESTAMP -> stats.labelled() >= 1;
                case OTTER -> stats.labelled() >= 2;
                case BRACKET, COLON -> stats.anyRepeat();
            };
            if (majority && enough && stats.labelled() > bestLabelled) {
                best = stats;
                bestLabelled = stats.labelled();
            }
        }
        return best;
    }

    /**
     * Counts text units and labelled ones. A unit starts at each paragraph and at each labelled line; a label standing alone
     * (an Otter header, "Interviewer:" on its own line) takes the paragraph after it into its unit.
     */
    private static Stats stats(List<Line> lines, Style style) {
        int units = 0;
        int labelled = 0;
        Map<String, Integer> counts = new HashMap<>();
        boolean unitLabelled = false;
        boolean unitHasText = false;
        for (Line line : lines) {
            Label label = style.match(line.text());
            if (label != null) {
                units++;
                labelled++;
                if (label.speaker() != null) {
                    counts.merge(label.speaker(), 1, Integer::sum);
                }
                unitLabelled = true;
                unitHasText = !label.rest().isBlank();
            } else if (line.paragraphStart()) {
                if (unitLabelled && !unitHasText) {
                    unitHasText = true;
                } else {
                    units++;
                    unitLabelled = false;
                    unitHasText = true;
                }
            } else {
                unitHasText = true;
            }
        }
        return new Stats(style, units, labelled, counts);
    }

    private static List<DraftTurn> parse(List<Line> lines, Style style, Map<String, Integer> counts) {
        List<DraftTurn> out = new ArrayList<>();
        Turn current = null;
        boolean conversationStarted = false;
        for (Line line : lines) {
            Label label = style.match(line.text());
            if (label != null && style.needsRepeatedLabel()) {
                boolean repeated = counts.getOrDefault(label.speaker(), 0) >= 2;
                if (repeated) {
                    conversationStarted = true;
                } else if (!conversationStarted) {
                    label = null;
                }
            }
            if (label != null) {
                flush(current, out);
                current = new Turn(label.speaker(), label.timestampMs(), style == Style.TIMESTAMP, true);
                current.append(label.rest(), "");
            } else if (current != null && current.labelled) {
                current.append(line.text(), current.cue ? " " : line.paragraphStart() ? "\n\n" : "\n");
            } else if (current == null || line.paragraphStart()) {
                flush(current, out);
                current = new Turn(null, null, false, false);
                current.append(line.text(), "");
            } else {
                current.append(line.text(), "\n");
            }
        }
        flush(current, out);
        return out;
    }

    /** Plain paragraphs. A single paragraph of several lines (a file without blank lines) is read as one paragraph per line. */
    static List<DraftTurn> plain(List<Line> lines) {
        boolean oneParagraph = oneParagraph(lines);
        List<DraftTurn> out = new ArrayList<>();
        StringBuilder text = null;
        for (Line line : lines) {
            if (text == null || line.paragraphStart() || oneParagraph) {
                if (text != null) {
                    out.add(new DraftTurn(null, null, false, text.toString()));
                }
                text = new StringBuilder(line.text());
            } else {
                text.append('\n').append(line.text());
            }
        }
        if (text != null) {
            out.add(new DraftTurn(null, null, false, text.toString()));
        }
        return out;
    }

    private static boolean oneParagraph(List<Line> lines) {
        return lines.size() > 1 && lines.stream().filter(Line::paragraphStart).count() == 1;
    }

    /** Runs {@link CueSpeakers} over the cues, leaving any plain paragraphs (before the first cue) as they are. */
    private static List<DraftTurn> assignCueSpeakers(List<DraftTurn> drafts) {
        List<DraftTurn> cues = drafts.stream().filter(DraftTurn::cue).toList();
        List<DraftTurn> assigned = CueSpeakers.assign(cues);
        List<DraftTurn> out = new ArrayList<>(drafts.size());
        int next = 0;
        for (DraftTurn draft : drafts) {
            out.add(draft.cue() ? assigned.get(next++) : draft);
        }
        return out;
    }

    private static void flush(Turn turn, List<DraftTurn> out) {
        if (turn != null) {
            out.add(new DraftTurn(turn.speaker, turn.timestampMs, turn.cue, turn.text.toString()));
        }
    }

    /** A turn being collected. */
    private static final class Turn {
        final String speaker;
        final Long timestampMs;
        final boolean cue;
        final boolean labelled;
        final StringBuilder text = new StringBuilder();

        Turn(String speaker, Long timestampMs, boolean cue, boolean labelled) {
            this.speaker = speaker;
            this.timestampMs = timestampMs;
            this.cue = cue;
            this.labelled = labelled;
        }

        void append(String more, String separator) {
            if (more == null || more.isBlank()) {
                return;
            }
            if (!text.isEmpty()) {
                text.append(separator);
            }
            text.append(more.strip());
        }
    }
}
