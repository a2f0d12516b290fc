package dev.passage.interop;

import java.text.Normalizer;

/**
 * A source's plain text as Passage stores it (CRLF and lone CR become LF, Unicode NFC; the caller has removed the BOM),
 * and the mapping of the producer's positions onto it: a position is first turned into a UTF-16 index of the raw text
 * according to the {@link PositionModel}, then carried through the normalisation. A selection that starts or ends inside
 * a character that normalisation merges (a CRLF pair, a letter with a combining accent) widens to cover it whole.
 */
final class SourceText {
    private final String text;
    private final int units;
    /** Raw UTF-16 index of each position unit (length units + 1), or null when positions are raw UTF-16 indices. */
    private final int[] unitToRaw;
    /** Stored index of each raw index that starts a normalisation chunk, -1 inside a chunk; null when raw = stored. */
    private final int[] rawToStored;

    private SourceText(String text, int units, int[] unitToRaw, int[] rawToStored) {
        this.text = text;
        this.units = units;
        this.unitToRaw = unitToRaw;
        this.rawToStored = rawToStored;
    }

    static SourceText of(String raw, PositionModel model) {
        int[] unitToRaw = model == PositionModel.UTF16 ? null : units(raw, model == PositionModel.CODE_POINTS_CRLF_AS_ONE);
        int units = unitToRaw == null ? raw.length() : unitToRaw.length - 1;
        if (raw.indexOf('\r') < 0 && Normalizer.isNormalized(raw, Normalizer.Form.NFC)) {
            return new SourceText(raw, units, unitToRaw, null);
        }
        StringBuilder out = new StringBuilder(raw.length());
        int[] map = new int[raw.length() + 1];
        boolean normalised = Normalizer.isNormalized(raw, Normalizer.Form.NFC);
        int i = 0;
        while (i < raw.length()) {
            int end = chunkEnd(raw, i);
            map[i] = out.length();
            for (int j = i + 1; j < end; j++) {
                map[j] = -1;
            }
            String chunk = raw.substring(i, end);
            if (chunk.charAt(0) == '\r') {
                out.append('\n');
            } else {
                out.append(normalised ? chunk : Normalizer.normalize(chunk, Normalizer.Form.NFC));
            }
            i = end;
        }
        map[raw.length()] = out.length();
        return new SourceText(out.toString(), units, unitToRaw, map);
    }

    /** Where each position unit starts in {@code raw}: code points, with CRLF as one unit when asked. */
    private static int[] units(String raw, boolean crlfAsOne) {
        int[] starts = new int[raw.length() + 1];
        int n = 0;
        int i = 0;
        while (i < raw.length()) {
            starts[n++] = i;
            char c = raw.charAt(i);
            if (crlfAsOne && c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                i += 2;
            } else {
                i += Character.charCount(raw.codePointAt(i));
            }
        }
        starts[n] = raw.length();
        return java.util.Arrays.copyOf(starts, n + 1);
    }

    /** The end of the normalisation chunk starting at {@code i}: CRLF, or a code point with its combining marks. */
    private static int chunkEnd(String raw, int i) {
        if (raw.charAt(i) == '\r') {
            return i + 1 < raw.length() && raw.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        }
        int end = i + Character.charCount(raw.codePointAt(i));
        while (end < raw.length()) {
            int cp = raw.codePointAt(end);
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.COMBINING_SPACING_MARK) {
                break;
            }
            end += Character.charCount(cp);
        }
        return end;
    }

    /** The text to store. */
    String text() {
        return text;
    }

    /** The text's length in the producer's position units. */
    int units() {
        return units;
    }

    /** The stored [start, end) of the producer's selection [start, end), or null when it does not lie inside the text. */
    int[] map(long start, long end) {
        if (start < 0 || end < start || end > units) {
            return null;
        }
        int rawStart = unitToRaw == null ? (int) start : unitToRaw[(int) start];
        int rawEnd = unitToRaw == null ? (int) end : unitToRaw[(int) end];
        if (rawToStored == null) {
            return new int[] {rawStart, rawEnd};
        }
        int s = rawStart;
        while (rawToStored[s] < 0) {
            s--;
        }
        int e = rawEnd;
        while (rawToStored[e] < 0) {
            e++;
        }
        return new int[] {rawToStored[s], rawToStored[e]};
    }
}
