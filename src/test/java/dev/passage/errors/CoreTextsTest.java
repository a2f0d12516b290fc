package dev.passage.errors;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The core's texts: every key the main code uses is in core.properties, core_da and core_sv with the argument count the code
 * passes, every pattern is a valid MessageFormat with its quotes doubled, and a text reads in the language asked for.
 */
class CoreTextsTest {
    private static final Pattern TEXT_OF = Pattern.compile("(?<![\\w.])Text\\.of\\(");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void everyKeyUsedByTheCodeExistsInAllThreeLanguagesWithItsArguments() throws IOException {
        Properties en = load(""), da = load("_da"), sv = load("_sv");
        List<String> problems = new ArrayList<>();
        List<Use> uses = uses();
        assertThat(uses).as("Text.of calls found in src/main/java").hasSizeGreaterThan(150);
        for (Use use : uses) {
            List<String> keys = use.prefix
                ? en.stringPropertyNames().stream().filter(k -> k.startsWith(use.keys.getFirst())).toList()
                : use.keys;
            if (keys.isEmpty()) {
                problems.add(use.where + ": no key starts with " + use.keys.getFirst());
            }
            for (String key : keys) {
                for (var lang : List.of(new Object[] {"en", en}, new Object[] {"da", da}, new Object[] {"sv", sv})) {
                    String pattern = ((Properties) lang[1]).getProperty(key);
                    if (pattern == null) {
                        problems.add(use.where + ": " + key + " is missing in " + lang[0]);
                    } else if (arguments(pattern) > use.args || (lang[0].equals("en") && arguments(pattern) != use.args)) {
                        problems.add(use.where + ": " + key + " (" + lang[0] + ") takes " + arguments(pattern) + " arguments, the code passes "
                                     + use.args);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theTranslationsHaveTheSameKeysAndArgumentsAndValidPatterns() throws IOException {
        Properties en = load("");
        for (String lang : List.of("_da", "_sv")) {
            Properties other = load(lang);
            assertThat(other.stringPropertyNames()).as("keys of core" + lang).isEqualTo(en.stringPropertyNames());
            for (String key : en.stringPropertyNames()) {
                assertThat(placeholders(other.getProperty(key))).as(key + " in core" + lang).isEqualTo(placeholders(en.getProperty(key)));
            }
        }
        for (String lang : List.of("", "_da", "_sv")) {
            load(lang).forEach((k, v) -> {
                String p = (String) v;
                assertThat(p.replace("''", "").replace("'{'", "").replace("'}'", "")).as("a lone quote in " + k + " (write '')")
                                                                                     .doesNotContain("'");
                new MessageFormat(p, Locale.ROOT); // throws on a broken pattern
            });
        }
    }

    @Test
    void aTextReadsInTheLanguageAskedForAndStaysEnglishInItsMessage() {
        Text label = Text.of("coding.label.apply", "Speaking up", "Interview 07");
        assertThat(label.english()).isEqualTo("apply Speaking up to Interview 07");
        assertThat(label.in(Locale.forLanguageTag("da"))).isEqualTo("anvend Speaking up på Interview 07");
        assertThat(label.in(Locale.forLanguageTag("sv"))).isEqualTo("tillämpa Speaking up på Interview 07");
        assertThat(Text.of("coding.label.applyMany", "X", 12345).english()).as("numbers read as concatenation wrote them")
                                                                          .isEqualTo("apply X to 12345 passages");

        PassageException e = new PassageException(ErrorKind.BAD_INPUT, Text.of("errors.inFile", "a.docx", Text.of("importer.noText")));
        assertThat(e.getMessage()).isEqualTo("a.docx: the file has no text");
        assertThat(CoreTexts.message(e, Locale.forLanguageTag("da"))).isEqualTo("a.docx: filen har ingen tekst");
        assertThat(CoreTexts.message(new IllegalStateException("plain"), Locale.forLanguageTag("da"))).isEqualTo("plain");
        assertThat(Text.plain("it's {0}").in(Locale.forLanguageTag("sv"))).isEqualTo("it's {0}");
        assertThat(Text.of("no.such.key").english()).isEqualTo("[no.such.key]");
    }

    private record Use(String where, List<String> keys, boolean prefix, int args) {
    }

    /** Every Text.of call in the main code: its key (a literal, either literal of a ?: choice, or a literal prefix) and argument count. */
    private static List<Use> uses() throws IOException {
        List<Use> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String s = Files.readString(f);
                Matcher m = TEXT_OF.matcher(s);
                while (m.find()) {
                    List<String> args = arguments(s, m.end());
                    String where = f.getFileName() + ":" + (s.substring(0, m.start()).lines().count() + 1);
                    String first = args.getFirst().strip();
                    List<String> keys = new ArrayList<>();
                    Matcher lit = LITERAL.matcher(first);
                    while (lit.find()) {
                        keys.add(lit.group(1));
                    }
                    boolean prefix = first.matches("\"[^\"]*\"\\s*\\+.*");
                    if (keys.isEmpty() || first.equals("key")) {
                        if (!f.toString().endsWith("Text.java")) {
                            out.add(new Use(where, List.of("<not a literal key: " + first + ">"), false, args.size() - 1));
                        }
                        continue;
                    }
                    out.add(new Use(where, prefix ? List.of(keys.getFirst()) : keys, prefix, args.size() - 1));
                }
            }
        }
        return out;
    }

    /** The top-level arguments of a call whose '(' ends just before {@code from}. */
    private static List<String> arguments(String s, int from) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                for (i++; s.charAt(i) != c; i++) {
                    if (s.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    args.add(s.substring(start, i));
                    return args;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(s.substring(start, i));
                start = i + 1;
            }
        }
        throw new IllegalStateException("unclosed call at " + from);
    }

    private static int arguments(String pattern) {
        return new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex().length;
    }

    /** The argument indices a pattern uses ({0} ... outside quotes). */
    private static TreeSet<Integer> placeholders(String pattern) {
        TreeSet<Integer> used = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern.replace("''", "").replace("'{'", "").replace("'}'", ""));
        while (m.find()) {
            used.add(Integer.parseInt(m.group(1)));
        }
        return used;
    }

    private static Properties load(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CoreTextsTest.class.getResourceAsStream("/dev/passage/i18n/core" + suffix + ".properties")) {
            assertThat(in).as("core" + suffix + ".properties").isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
