package dev.passage.importer;

import java.util.regex.Pattern;

/**
 * Removes the simple Markdown a transcript may carry, keeping the words: heading marks, block quotes, list markers, rules and
 * code fences, emphasis ({@code **Name:**} becomes {@code Name:}), inline code, links and images (their text stays).
 * Line structure is kept, so paragraphs and speaker labels are found as in plain text.
 */
final class MarkdownText {
    private static final Pattern FENCE = Pattern.compile("\\s{0,3}(```|~~~).*");
    private static final Pattern RULE = Pattern.compile("\\s{0,3}(?:(?:-\\s*){3,}|(?:\\*\\s*){3,}|(?:_\\s*){3,}|=+)\\s*");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}(?:\\s+|$)");
    private static final Pattern HEADING_CLOSE = Pattern.compile("\\s+#+\\s*$");
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}(?:>\\s?)+");
    private static final Pattern LIST = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");
    private static final Pattern CODE = Pattern.compile("`+([^`]+)`+");
    private static final Pattern BOLD = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern ITALIC_STAR = Pattern.compile("(?<![\\p{L}\\p{N}*\\\\])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?![\\p{L}\\p{N}*])");
    private static final Pattern ITALIC_UNDERSCORE = Pattern.compile("(?<![\\p{L}\\p{N}_\\\\])_(?=\\S)([^_]+?)(?<=\\S)_(?![\\p{L}\\p{N}_])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>|])");

    private MarkdownText() {
    }

    static String toPlain(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        for (String line : markdown.split("\n", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(plainLine(line));
        }
        return out.toString();
    }

    private static String plainLine(String line) {
        if (FENCE.matcher(line).matches() || RULE.matcher(line).matches()) {
            return "";
        }
        String s = line;
        if (HEADING.matcher(s).find()) {
            s = HEADING_CLOSE.matcher(HEADING.matcher(s).replaceFirst("")).replaceFirst("");
        }
        s = QUOTE.matcher(s).replaceFirst("");
        s = LIST.matcher(s).replaceFirst("");
        s = IMAGE.matcher(s).replaceAll("$1");
        s = LINK.matcher(s).replaceAll("$1");
        s = CODE.matcher(s).replaceAll("$1");
        s = BOLD.matcher(s).replaceAll("$2");
        s = ITALIC_STAR.matcher(s).replaceAll("$1");
        s = ITALIC_UNDERSCORE.matcher(s).replaceAll("$1");
        s = ESCAPE.matcher(s).replaceAll("$1");
        return s;
    }
}
