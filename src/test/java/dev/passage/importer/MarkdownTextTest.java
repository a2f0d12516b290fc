package dev.passage.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTextTest {
    /** The regular expressions MarkdownText used before its scans were written by hand: the reference for short lines. */
    static final class Reference {
        static final Pattern FENCE = Pattern.compile("\\s{0,3}(```|~~~).*");
        static final Pattern RULE = Pattern.compile("\\s{0,3}(?:(?:-\\s*){3,}|(?:\\*\\s*){3,}|(?:_\\s*){3,}|=+)\\s*");
        static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}(?:\\s+|$)");
        static final Pattern HEADING_CLOSE = Pattern.compile("\\s+#+\\s*$");
        static final Pattern QUOTE = Pattern.compile("^\\s{0,3}(?:>\\s?)+");
        static final Pattern LIST = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+");
        static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
        static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");
        static final Pattern CODE = Pattern.compile("`+([^`]+)`+");
        static final Pattern BOLD = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
        static final Pattern ITALIC_STAR = Pattern.compile("(?<![\\p{L}\\p{N}*\\\\])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?![\\p{L}\\p{N}*])");
        static final Pattern ITALIC_UNDERSCORE = Pattern.compile("(?<![\\p{L}\\p{N}_\\\\])_(?=\\S)([^_]+?)(?<=\\S)_(?![\\p{L}\\p{N}_])");
        static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>|])");

        static String plainLine(String line) {
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

    @Test
    void sameResultAsTheRegularExpressionsOnRandomShortLines() {
        Random random = new Random(11);
        String alphabet = "#[]()!`*_>-+=~\\ \t1.)aB:";
        for (int n = 0; n < 60_000; n++) {
            StringBuilder line = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = line.toString();
            assertThat(MarkdownText.plainLine(s)).as("line '%s'", s).isEqualTo(Reference.plainLine(s));
        }
    }

    @Test
    void sameResultOnTypicalMarkdown() {
        String[] lines = {"## Feltnoter ##", "# Title", "#Title", "####### seven", "   ### three spaces ###   ", "    # four spaces",
                          "> Citat fra *dagen*", "> > nested", "1. Første punkt", "12) item", "1234. no list", "- item", "* item",
                          "---", "- - -", "***", "___", "====", "```java", "~~~", "**Mette:** ja", "__I:__ so", "[a link](http://x)",
                          "![an image](i.png) and [link](u)", "`code` and ``more``", "5 * 3 * 2 = 30", "\\*not italic\\*",
                          "*italic* and _also_", "[[a](b)", "[](x) [y](z)", "**a **b** c**", "***bold***"};
        for (String s : lines) {
            assertThat(MarkdownText.plainLine(s)).as("line '%s'", s).isEqualTo(Reference.plainLine(s));
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void adversarialLinesFinish() {
        Random random = new Random(3);
        StringBuilder hashAndBracket = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            hashAndBracket.append(random.nextBoolean() ? '#' : '[');
        }
        String[] inputs = {hashAndBracket.toString(), "# " + hashAndBracket, "[".repeat(200_000) + "]", "[a](".repeat(50_000),
                           "![".repeat(100_000) + "]", "`".repeat(200_000) + "a", "`a".repeat(100_000), "**a ".repeat(50_000),
                           "__a ".repeat(50_000), "*a ".repeat(60_000), ">".repeat(200_000), "- ".repeat(100_000) + "x",
                           "#" + " ".repeat(100_000) + "#".repeat(100_000) + "x", "1".repeat(100_000) + ". x", "\\".repeat(200_000)};
        for (String input : inputs) {
            String plain = MarkdownText.toPlain(input + "\n" + input);
            assertThat(plain).contains("\n");
        }
    }
}
