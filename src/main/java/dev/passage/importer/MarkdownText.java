package dev.passage.importer;

import java.util.regex.Pattern;

/**
 * Removes the simple Markdown a transcript may carry, keeping the words: heading marks, block quotes, list markers, rules and
 * code fences, emphasis ({@code **Name:**} becomes {@code Name:}), inline code, links and images (their text stays).
 * Line structure is kept, so paragraphs and speaker labels are found as in plain text.
 * <p>
 * Time is linear in the input: block marks and links, images, inline code and bold are found by hand-written scans that
 * never look at a character twice from the same start (regular expressions for them re-scanned the rest of a line from
 * every {@code [} or {@code `}: 60 KB of {@code #} and {@code [} took 37 s). The remaining expressions stop at the next
 * delimiter, so each character is examined a bounded number of times.
 */
final class MarkdownText {
    private static final Pattern ITALIC_STAR = Pattern.compile("(?<![\\p{L}\\p{N}*\\\\])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?![\\p{L}\\p{N}*])");
    private static final Pattern ITALIC_UNDERSCORE = Pattern.compile("(?<![\\p{L}\\p{N}_\\\\])_(?=\\S)([^_]+?)(?<=\\S)_(?![\\p{L}\\p{N}_])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>|])");

    private MarkdownText() {
    }

    static String toPlain(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        int from = 0;
        int n = markdown.length();
        while (true) {
            int end = markdown.indexOf('\n', from);
            String line = markdown.substring(from, end < 0 ? n : end);
            out.append(plainLine(line));
            if (end < 0) {
                return out.toString();
            }
            out.append('\n');
            from = end + 1;
        }
    }

    static String plainLine(String line) {
        if (isFence(line) || isRule(line)) {
            return "";
        }
        String s = withoutHeading(line);
        s = withoutQuote(s);
        s = withoutListMarker(s);
        s = Inline.links(s, true);
        s = Inline.links(s, false);
        s = Inline.code(s);
        s = Inline.bold(s);
        if (s.indexOf('*') >= 0) {
            s = ITALIC_STAR.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('_') >= 0) {
            s = ITALIC_UNDERSCORE.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('\\') >= 0) {
            s = ESCAPE.matcher(s).replaceAll("$1");
        }
        return s;
    }

    /** {@code \s} of a regular expression: ASCII white space. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Index after at most {@code max} spaces from {@code from}. */
    private static int skipSpaces(String s, int from, int max) {
        int i = from;
        while (i < s.length() && i - from < max && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Up to three spaces, then ``` or ~~~. */
    static boolean isFence(String line) {
        int i = skipSpaces(line, 0, 3);
        return line.startsWith("```", i) || line.startsWith("~~~", i);
    }

    /** Up to three spaces, then three or more of one of - * _ (spaces between allowed), or a run of =; nothing else. */
    static boolean isRule(String line) {
        int i = skipSpaces(line, 0, 3);
        if (i >= line.length()) {
            return false;
        }
        char mark = line.charAt(i);
        if (mark == '=') {
            int j = i;
            while (j < line.length() && line.charAt(j) == '=') {
                j++;
            }
            return skipSpaces(line, j, Integer.MAX_VALUE) == line.length();
        }
        if (mark != '-' && mark != '*' && mark != '_') {
            return false;
        }
        int count = 0;
        for (int j = i; j < line.length(); j++) {
            char c = line.charAt(j);
            if (c == mark) {
                count++;
            } else if (!isSpace(c)) {
                return false;
            }
        }
        return count >= 3;
    }

    /** "## Title ##" becomes "Title": up to three spaces, one to six #, then white space or the end; a closing run of # goes too. */
    static String withoutHeading(String line) {
        int i = skipSpaces(line, 0, 3);
        int j = i;
        while (j < line.length() && line.charAt(j) == '#') {
            j++;
        }
        int marks = j - i;
        if (marks < 1 || marks > 6 || (j < line.length() && !isSpace(line.charAt(j)))) {
            return line;
        }
        String rest = line.substring(skipSpaces(line, j, Integer.MAX_VALUE));
        int end = rest.length();
        while (end > 0 && isSpace(rest.charAt(end - 1))) {
            end--;
        }
        int hashes = end;
        while (hashes > 0 && rest.charAt(hashes - 1) == '#') {
            hashes--;
        }
        if (hashes == end || hashes == 0 || !isSpace(rest.charAt(hashes - 1))) {
            return rest;
        }
        int cut = hashes;
        while (cut > 0 && isSpace(rest.charAt(cut - 1))) {
            cut--;
        }
        return rest.substring(0, cut);
    }

    /** "> > text" becomes "text": up to three spaces, then any number of > each followed by at most one space. */
    static String withoutQuote(String line) {
        int i = skipSpaces(line, 0, 3);
        if (i >= line.length() || line.charAt(i) != '>') {
            return line;
        }
        while (i < line.length() && line.charAt(i) == '>') {
            i++;
            if (i < line.length() && isSpace(line.charAt(i))) {
                i++;
            }
        }
        return line.substring(i);
    }

    /** "- item", "* item", "+ item", "12. item", "3) item" lose their marker and the spaces after it. */
    static String withoutListMarker(String line) {
        int i = skipSpaces(line, 0, Integer.MAX_VALUE);
        int j = i;
        if (j < line.length() && (line.charAt(j) == '-' || line.charAt(j) == '*' || line.charAt(j) == '+')) {
            j++;
        } else {
            while (j < line.length() && j - i < 4 && line.charAt(j) >= '0' && line.charAt(j) <= '9') {
                j++;
            }
            if (j == i || j - i > 3 || j >= line.length() || (line.charAt(j) != '.' && line.charAt(j) != ')')) {
                return line;
            }
            j++;
        }
        int k = skipSpaces(line, j, Integer.MAX_VALUE);
        return k == j ? line : line.substring(k);
    }

    /** Inline marks, each removed in one left-to-right pass. */
    static final class Inline {
        private Inline() {
        }

        /**
         * {@code [text](target)} becomes "text"; with {@code images}, {@code ![alt](target)} becomes "alt". The text runs to
         * the first ']' and must not be empty (an image's alt may be); the target to the first ')'. Each search for a ']' or
         * ')' is remembered, so a line of a thousand '[' is scanned once, not a thousand times.
         */
        static String links(String s, boolean images) {
            if (s.indexOf('[') < 0 || s.indexOf(']') < 0) {
                return s;
            }
            Next close = new Next(s, ']');
            Next paren = new Next(s, ')');
            StringBuilder out = new StringBuilder(s.length());
            int copied = 0;
            int i = 0;
            while (i < s.length()) {
                int open = images ? s.indexOf("![", i) : s.indexOf('[', i);
                if (open < 0) {
                    break;
                }
                int textStart = open + (images ? 2 : 1);
                int end = close.from(textStart);
                if (end < 0) {
                    break; // no ']' after this one: none after any later '[' either
                }
                boolean textOk = images || end > textStart;
                if (textOk && end + 1 < s.length() && s.charAt(end + 1) == '(') {
                    int target = paren.from(end + 2);
                    if (target < 0) {
                        break; // no ')' left: no later link can close
                    }
                    out.append(s, copied, open).append(s, textStart, end);
                    copied = target + 1;
                    i = target + 1;
                } else {
                    i = open + 1;
                }
            }
            if (copied == 0) {
                return s;
            }
            return out.append(s, copied, s.length()).toString();
        }

        /** {@code `code`} and {@code ``code``} become "code": a run of backticks, text without one, a run of backticks. */
        static String code(String s) {
            if (s.indexOf('`') < 0) {
                return s;
            }
            StringBuilder out = new StringBuilder(s.length());
            int copied = 0;
            int i = s.indexOf('`');
            while (i >= 0) {
                int run = i;
                while (run < s.length() && s.charAt(run) == '`') {
                    run++;
                }
                int closing = run < s.length() ? s.indexOf('`', run + 1) : -1;
                if (closing < 0) {
                    break;
                }
                int after = closing;
                while (after < s.length() && s.charAt(after) == '`') {
                    after++;
                }
                out.append(s, copied, i).append(s, run, closing);
                copied = after;
                i = after < s.length() ? s.indexOf('`', after) : -1;
            }
            if (copied == 0) {
                return s;
            }
            return out.append(s, copied, s.length()).toString();
        }

        /**
         * {@code **bold**} and {@code __bold__} become "bold": the opening mark followed by a non-space, the text up to the
         * nearest closing mark that follows a non-space, at least one character long.
         */
        static String bold(String s) {
            if (!s.contains("**") && !s.contains("__")) {
                return s;
            }
            Closer stars = new Closer(s, "**");
            Closer underscores = new Closer(s, "__");
            StringBuilder out = new StringBuilder(s.length());
            int copied = 0;
            int i = 0;
            while (i + 1 < s.length()) {
                char c = s.charAt(i);
                if ((c == '*' || c == '_') && s.charAt(i + 1) == c && i + 2 < s.length() && !isSpace(s.charAt(i + 2))) {
                    Closer closer = c == '*' ? stars : underscores;
                    int end = closer.from(i + 3);
                    if (end >= 0) {
                        out.append(s, copied, i).append(s, i + 2, end);
                        copied = end + 2;
                        i = end + 2;
                        continue;
                    }
                }
                i++;
            }
            if (copied == 0) {
                return s;
            }
            return out.append(s, copied, s.length()).toString();
        }
    }

    /** The next index of a character at or after a position, for positions asked in increasing order (amortised O(1)). */
    private static final class Next {
        private final String s;
        private final char c;
        private int askedFrom = -1;
        private int found = -1;

        Next(String s, char c) {
            this.s = s;
            this.c = c;
        }

        int from(int position) {
            if (askedFrom >= 0 && position >= askedFrom && (found < 0 || position <= found)) {
                return found;
            }
            askedFrom = position;
            found = s.indexOf(c, position);
            return found;
        }
    }

    /** The next closing bold mark (preceded by a non-space) at or after a position, asked in increasing order. */
    private static final class Closer {
        private final String s;
        private final String mark;
        private int askedFrom = -1;
        private int found = -1;

        Closer(String s, String mark) {
            this.s = s;
            this.mark = mark;
        }

        int from(int position) {
            if (askedFrom >= 0 && position >= askedFrom && (found < 0 || position <= found)) {
                return found;
            }
            askedFrom = position;
            int k = s.indexOf(mark, position);
            while (k >= 0 && isSpace(s.charAt(k - 1))) {
                k = s.indexOf(mark, k + 1);
            }
            found = k;
            return found;
        }
    }
}
