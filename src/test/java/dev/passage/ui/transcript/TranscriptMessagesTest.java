package dev.passage.ui.transcript;

import dev.passage.ui.common.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The transcript's and the picker's strings: every key used in code exists in English, Danish and Swedish, and no more. */
class TranscriptMessagesTest {
    private static final Pattern KEY = Pattern.compile("\"((?:transcript|coding)\\.[a-zA-Z]+\\.?[a-zA-Z.]*)\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranscriptMessagesTest.class.getResourceAsStream("/dev/passage/ui/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"transcript", "coding"})
    void danishAndSwedishHaveExactlyTheEnglishKeys(String feature) throws IOException {
        Set<String> english = load(feature).stringPropertyNames();
        assertThat(load(feature + "_da").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english);
        assertThat(load(feature + "_sv").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english);
    }

    @ParameterizedTest
    @ValueSource(strings = {"transcript", "coding"})
    void everyKeyUsedInTheCodeIsDefinedAndEveryPatternFormats(String feature) throws IOException {
        Set<String> used = new TreeSet<>();
        for (String dir : new String[] {"src/main/java/dev/passage/ui/transcript", "src/main/java/dev/passage/ui/coding"}) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = KEY.matcher(Files.readString(f));
                    while (m.find()) {
                        if (m.group(1).startsWith(feature + ".") && !m.group(1).endsWith(".")) {
                            used.add(m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(load(feature).stringPropertyNames()).containsAll(used);
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.of("da"), Locale.of("sv")}) {
            Messages messages = new Messages(locale);
            for (String key : load(feature).stringPropertyNames()) {
                assertThat(messages.get(key, 3, 12)).as("%s in %s", key, locale).doesNotStartWith("[").doesNotContain("{0");
            }
        }
    }
}
