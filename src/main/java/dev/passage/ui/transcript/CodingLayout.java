package dev.passage.ui.transcript;

import dev.passage.model.Coding;
import dev.passage.model.SpeakerTurn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Where the codings of one transcript fall, computed once per change and shared read-only with the view (plain Java, no
 * JavaFX): style runs for any range (one sweep over sorted boundaries, never a loop per character), a per-paragraph index
 * of margin stripes with side-by-side lanes for overlaps, and the speaker/timestamp label of each paragraph that starts a
 * turn. Paragraphs are the text's lines ("\n"), exactly as the styled text area splits them; all offsets are UTF-16.
 */
public final class CodingLayout {
    /** Style classes a run of text carries. Classes with rules: {@code tint-ID}, {@code depth-N}, and the marks' classes. */
    public static final String CODED = "coded";
    public static final int MAX_DEPTH_CLASS = 3;

    /** {@code length} characters that all carry {@code classes}. */
    public record Run(int length, List<String> classes) {
    }

    /** An extra decoration over [start, end): a find hit, the selected coding, a flash. */
    public record Mark(int start, int end, String styleClass) {
    }

    /** A range [start, end). */
    public record Range(int start, int end) {
    }

    /** One coding's bar in a paragraph's margin: in lane {@code lane}; {@code first}/{@code last}: it starts/ends here. */
    /**
     * One coding's bar beside one paragraph: {@code from} and {@code to} are where the coding starts and ends inside this
     * paragraph (0 and the paragraph's length where it goes on beyond), so the bar covers exactly the coded lines; {@code memo}
     * when the coding has a memo (a marker in the margin).
     */
    public record Stripe(long codingId, long codeId, int lane, boolean first, boolean last, int from, int to, boolean memo) {
    }

    /** Shown beside the first paragraph of a turn: the speaker (null when the previous turn had the same one) and time. */
    public record TurnLabel(String speaker, Long timestampMs) {
    }

    private static final Comparator<Coding> BY_POSITION = Comparator.comparingInt(Coding::start).thenComparingInt(Coding::end)
                                                                    .thenComparingLong(Coding::id);

    private final int length;
    private final int[] paragraphStarts;
    private final Map<Integer, TurnLabel> turnLabels;
    private final List<Coding> codings;
    private final Map<Long, Coding> byId;
    private final Map<Integer, List<Stripe>> stripes;
    private final int lanes;

    private CodingLayout(int length, int[] paragraphStarts, Map<Integer, TurnLabel> turnLabels, List<Coding> codings) {
        this.length = length;
        this.paragraphStarts = paragraphStarts;
        this.turnLabels = turnLabels;
        List<Coding> sorted = new ArrayList<>();
        for (Coding c : codings) {
            if (c.start() >= 0 && c.end() <= length && c.start() < c.end()) {
                sorted.add(c);
            }
        }
        sorted.sort(BY_POSITION);
        this.codings = List.copyOf(sorted);
        this.byId = new HashMap<>();
        for (Coding c : this.codings) {
            byId.put(c.id(), c);
        }
        this.stripes = new HashMap<>();
        this.lanes = assignLanes();
    }

    /** The layout of a text with its turns and codings (codings outside the text are ignored). */
    public static CodingLayout of(String text, List<SpeakerTurn> turns, List<Coding> codings) {
        int[] starts = paragraphStarts(text);
        return new CodingLayout(text.length(), starts, turnLabels(starts, turns), codings);
    }

    /** The same text and turns with other codings (after an edit); paragraphs and labels are reused, not recomputed. */
    public CodingLayout withCodings(List<Coding> newCodings) {
        return new CodingLayout(length, paragraphStarts, turnLabels, newCodings);
    }

    public int length() {
        return length;
    }

    public int paragraphCount() {
        return paragraphStarts.length;
    }

    public int paragraphStart(int paragraph) {
        return paragraphStarts[paragraph];
    }

    /** The end of a paragraph's text (before its line break). */
    public int paragraphEnd(int paragraph) {
        return paragraph + 1 < paragraphStarts.length ? paragraphStarts[paragraph + 1] - 1 : length;
    }

    /** The paragraph holding {@code offset} (an offset at a line break belongs to the line it ends). */
    public int paragraphOf(int offset) {
        int i = Arrays.binarySearch(paragraphStarts, Math.max(0, Math.min(offset, length)));
        return i >= 0 ? i : -i - 2;
    }

    public List<Coding> codings() {
        return codings;
    }

    public Coding coding(long id) {
        return byId.get(id);
    }

    /** How many stripe lanes the margin needs (overlapping codings side by side). */
    public int lanes() {
        return lanes;
    }

    /** The stripes of one paragraph, by lane (precomputed: no scan over the codings). */
    public List<Stripe> stripes(int paragraph) {
        return stripes.getOrDefault(paragraph, List.of());
    }

    /** The label beside a paragraph, or null when no turn starts there. */
    public TurnLabel turnLabel(int paragraph) {
        return turnLabels.get(paragraph);
    }

    /** The codings covering {@code offset}, innermost (shortest) first. */
    public List<Coding> codingsAt(int offset) {
        List<Coding> out = new ArrayList<>();
        for (Coding c : codings) {
            if (c.start() > offset) {
                break;
            }
            if (offset < c.end()) {
                out.add(c);
            }
        }
        out.sort(INNERMOST_FIRST);
        return out;
    }

    private static final Comparator<Coding> INNERMOST_FIRST = Comparator.comparingInt((Coding c) -> c.end() - c.start())
                                                                        .thenComparing(Comparator.comparingInt(Coding::start).reversed())
                                                                        .thenComparing(Comparator.comparingLong(Coding::id).reversed());

    /**
     * The style runs covering [from, to), lengths summing to {@code to - from}: one sweep over the sorted start and end
     * boundaries of the codings and marks that touch the range.
     */
    public List<Run> runs(int from, int to, List<Mark> marks) {
        from = Math.max(0, from);
        to = Math.min(length, to);
        List<Run> out = new ArrayList<>();
        if (from >= to) {
            return out;
        }
        List<Coding> inRange = new ArrayList<>();
        for (Coding c : codings) {
            if (c.start() >= to) {
                break;
            }
            if (c.end() > from) {
                inRange.add(c);
            }
        }
        List<Mark> marksInRange = new ArrayList<>();
        for (Mark m : marks) {
            if (m.start() < to && m.end() > from && m.start() < m.end()) {
                marksInRange.add(m);
            }
        }
        int n = inRange.size() + marksInRange.size();
        // events: position, then kind (end before start), then item index; encoded in a long[] for one sort
        long[] events = new long[n * 2];
        int e = 0;
        for (int i = 0; i < n; i++) {
            int s;
            int en;
            if (i < inRange.size()) {
                s = inRange.get(i).start();
                en = inRange.get(i).end();
            } else {
                Mark m = marksInRange.get(i - inRange.size());
                s = m.start();
                en = m.end();
            }
            events[e++] = encode(Math.max(s, from), 1, i);
            events[e++] = encode(Math.min(en, to), 0, i);
        }
        Arrays.sort(events);
        List<Coding> active = new ArrayList<>();
        List<String> activeMarks = new ArrayList<>();
        int cursor = from;
        for (long event : events) {
            int pos = (int) (event >>> 32);
            int kind = (int) ((event >>> 31) & 1);
            int index = (int) (event & 0x7FFFFFFF);
            if (pos > cursor) {
                out.add(new Run(pos - cursor, classes(active, activeMarks)));
                cursor = pos;
            }
            if (index < inRange.size()) {
                Coding c = inRange.get(index);
                if (kind == 1) {
                    active.add(c);
                } else {
                    active.remove(c);
                }
            } else {
                String cls = marksInRange.get(index - inRange.size()).styleClass();
                if (kind == 1) {
                    activeMarks.add(cls);
                } else {
                    activeMarks.remove(cls);
                }
            }
        }
        if (cursor < to) {
            out.add(new Run(to - cursor, classes(active, activeMarks)));
        }
        return out;
    }

    private static long encode(int pos, int kind, int index) {
        return ((long) pos << 32) | ((long) kind << 31) | index;
    }

    private static List<String> classes(List<Coding> active, List<String> marks) {
        if (active.isEmpty() && marks.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (!active.isEmpty()) {
            out.add(CODED);
            TreeSet<Long> codes = new TreeSet<>();
            Coding top = active.getFirst();
            for (Coding c : active) {
                codes.add(c.codeId());
                if (INNERMOST_FIRST.compare(c, top) < 0) {
                    top = c;
                }
            }
            for (Long id : codes) {
                out.add(codeClass(id));
            }
            out.add("tint-" + top.codeId());
            out.add("depth-" + Math.min(active.size(), MAX_DEPTH_CLASS));
        }
        for (String m : marks) {
            if (!out.contains(m)) {
                out.add(m);
            }
        }
        return List.copyOf(out);
    }

    /** The style class every run coded with this code carries. */
    public static String codeClass(long codeId) {
        return "code-" + codeId;
    }

    /**
     * The ranges whose styling differs between this layout and {@code other}: the old and new extents of every coding that
     * was added, removed or changed, merged where they touch. Empty when nothing changed.
     */
    public List<Range> changedRanges(CodingLayout other) {
        List<Range> raw = new ArrayList<>();
        for (Coding c : codings) {
            Coding now = other.byId.get(c.id());
            if (!c.equals(now)) {
                raw.add(new Range(c.start(), c.end()));
                if (now != null) {
                    raw.add(new Range(now.start(), now.end()));
                }
            }
        }
        for (Coding c : other.codings) {
            if (!byId.containsKey(c.id())) {
                raw.add(new Range(c.start(), c.end()));
            }
        }
        return merge(raw);
    }

    /** Sorts and merges overlapping or touching ranges. */
    public static List<Range> merge(List<Range> ranges) {
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(Range::start).thenComparingInt(Range::end));
        List<Range> out = new ArrayList<>();
        for (Range r : sorted) {
            if (!out.isEmpty() && r.start() <= out.getLast().end()) {
                Range last = out.removeLast();
                out.add(new Range(last.start(), Math.max(last.end(), r.end())));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    private int assignLanes() {
        record Span(Coding coding, int first, int last) {
        }
        List<Span> spans = new ArrayList<>(codings.size());
        for (Coding c : codings) {
            spans.add(new Span(c, paragraphOf(c.start()), paragraphOf(c.end() - 1)));
        }
        // longer extents first at the same start, so an enclosing coding sits left of what it encloses
        spans.sort(Comparator.comparingInt(Span::first).thenComparing(Comparator.comparingInt(Span::last).reversed())
                             .thenComparing(s -> s.coding(), BY_POSITION));
        List<Integer> laneEnds = new ArrayList<>();
        Map<Integer, List<Stripe>> building = new HashMap<>();
        for (Span s : spans) {
            int lane = -1;
            for (int i = 0; i < laneEnds.size(); i++) {
                if (laneEnds.get(i) < s.first()) {
                    lane = i;
                    break;
                }
            }
            if (lane < 0) {
                lane = laneEnds.size();
                laneEnds.add(s.last());
            } else {
                laneEnds.set(lane, s.last());
            }
            Coding c = s.coding();
            boolean memo = c.memo() != null && !c.memo().isBlank();
            for (int p = s.first(); p <= s.last(); p++) {
                int ps = paragraphStart(p);
                int from = p == s.first() ? Math.max(0, c.start() - ps) : 0;
                int to = p == s.last() ? Math.max(from, c.end() - ps) : paragraphEnd(p) - ps;
                building.computeIfAbsent(p, k -> new ArrayList<>(2))
                        .add(new Stripe(c.id(), c.codeId(), lane, p == s.first(), p == s.last(), from, to, memo));
            }
        }
        for (Map.Entry<Integer, List<Stripe>> en : building.entrySet()) {
            List<Stripe> list = en.getValue();
            list.sort(Comparator.comparingInt(Stripe::lane));
            stripes.put(en.getKey(), List.copyOf(list));
        }
        return laneEnds.size();
    }

    private static int[] paragraphStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int k = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[k++] = i + 1;
            }
        }
        return starts;
    }

    private static Map<Integer, TurnLabel> turnLabels(int[] paragraphStarts, List<SpeakerTurn> turns) {
        Map<Integer, TurnLabel> out = new HashMap<>();
        String previousSpeaker = null;
        boolean first = true;
        for (SpeakerTurn t : turns) {
            int i = Arrays.binarySearch(paragraphStarts, t.start());
            int paragraph = i >= 0 ? i : -i - 2;
            boolean repeat = !first && Objects.equals(previousSpeaker, t.speaker());
            String shown = t.speaker() == null || t.speaker().isBlank() || repeat ? null : t.speaker();
            if ((shown != null || t.timestampMs() != null) && !out.containsKey(paragraph)) {
                out.put(paragraph, new TurnLabel(shown, t.timestampMs()));
            }
            previousSpeaker = t.speaker();
            first = false;
        }
        return out;
    }

    /** A timestamp as m:ss / mm:ss, or h:mm:ss from an hour on. */
    public static String clock(long ms) {
        long total = Math.max(0, ms) / 1000;
        long h = total / 3600;
        long m = (total % 3600) / 60;
        long s = total % 60;
        return h > 0 ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", h, m, s)
                     : String.format(java.util.Locale.ROOT, "%02d:%02d", m, s);
    }
}
