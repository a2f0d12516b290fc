package dev.passage.export;

/** Finds the few words around a segment (within its turns), for reports. */
final class TextContext {
    static final String ELLIPSIS = "…";

    private TextContext() {
    }

    /** Up to {@code words} words before {@code start}, not reaching back past {@code floor}; "…" in front when cut. */
    static String before(String text, int floor, int start, int words) {
        int i = Math.min(start, text.length());
        int count = 0;
        while (i > floor && count < words) {
            while (i > floor && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            while (i > floor && !Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            count++;
        }
        String s = text.substring(i, Math.min(start, text.length())).stripLeading();
        return i > floor && !s.isEmpty() ? ELLIPSIS + s : s;
    }

    /** Up to {@code words} words after {@code end}, not reaching past {@code ceiling}; "…" behind when cut. */
    static String after(String text, int end, int ceiling, int words) {
        int limit = Math.min(ceiling, text.length());
        int i = Math.min(end, limit);
        int from = i;
        int count = 0;
        while (i < limit && count < words) {
            while (i < limit && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            while (i < limit && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            count++;
        }
        String s = text.substring(from, i).stripTrailing();
        return i < limit && !s.isEmpty() ? s + ELLIPSIS : s;
    }
}
