package dev.passage.ui.transcript;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Snaps a dragged selection to whole words, as NVivo and MAXQDA do: a selection that starts or ends inside a word grows to the
 * whole word (word boundaries from {@link BreakIterator} in the document's locale), and blanks at either end are dropped. Only
 * the line around each end is examined, so it costs the same in a long transcript as in a short one.
 */
final class WordSnap {
    /** The longest stretch looked at on either side of an end (a "word" longer than this is cut there). */
    private static final int WINDOW = 200;

    record Span(int start, int end) {
    }

    private WordSnap() {
    }

    /** [start, end) grown to word boundaries and trimmed of blanks; unchanged when empty or when only blanks are selected. */
    static Span snap(String text, int start, int end, Locale locale) {
        if (start >= end || start < 0 || end > text.length()) {
            return new Span(start, end);
        }
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            return new Span(start, end);
        }
        return new Span(boundaryAtOrBefore(text, s, locale), boundaryAtOrAfter(text, e, locale));
    }

    private static int boundaryAtOrBefore(String text, int offset, Locale locale) {
        if (offset == 0 || !inWord(text, offset)) {
            return offset;
        }
        int from = lineStart(text, offset);
        BreakIterator words = iterator(text, from, Math.min(text.length(), offset + WINDOW), locale);
        int rel = offset - from;
        return from + (words.isBoundary(rel) ? rel : words.preceding(rel));
    }

    private static int boundaryAtOrAfter(String text, int offset, Locale locale) {
        if (offset == text.length() || !inWord(text, offset)) {
            return offset;
        }
        int from = Math.max(lineStart(text, offset), offset - WINDOW);
        int to = lineEnd(text, offset);
        BreakIterator words = iterator(text, from, to, locale);
        int rel = offset - from;
        return from + (words.isBoundary(rel) ? rel : words.following(rel));
    }

    /** True when the characters on both sides of {@code offset} belong to one word (quick test before asking the iterator). */
    private static boolean inWord(String text, int offset) {
        return isWordChar(text.codePointBefore(offset)) && isWordChar(text.codePointAt(offset));
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '\'' || cp == '’' || cp == '-' || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static int lineStart(String text, int offset) {
        int nl = text.lastIndexOf('\n', offset - 1);
        return Math.max(nl + 1, offset - WINDOW);
    }

    private static int lineEnd(String text, int offset) {
        int nl = text.indexOf('\n', offset);
        return Math.min(nl < 0 ? text.length() : nl, offset + WINDOW);
    }

    private static BreakIterator iterator(String text, int from, int to, Locale locale) {
        BreakIterator words = BreakIterator.getWordInstance(locale == null ? Locale.ROOT : locale);
        words.setText(text.substring(from, to));
        return words;
    }
}
