package dev.passage.ui.search;

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

/** The dock's UI strings: English complete, Danish and Swedish with the same keys, every key the code uses defined. */
class DockMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DockMessagesTest.class.getResourceAsStream("/dev/passage/ui/i18n/" + name + ".properties")) {
            assertThat(in).as(name + ".properties").isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"search", "segments", "memos"})
    void translationsHaveTheSameKeys(String feature) throws IOException {
        Properties en = load(feature);
        assertThat(en).isNotEmpty();
        assertThat(en.stringPropertyNames()).allMatch(k -> k.startsWith(feature + "."));
        for (String lang : new String[]{"da", "sv"}) {
            Properties other = load(feature + "_" + lang);
            assertThat(other.stringPropertyNames()).as(feature + "_" + lang).isEqualTo(en.stringPropertyNames());
            assertThat(other.stringPropertyNames()).allMatch(k -> !other.getProperty(k).isBlank());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"search", "segments", "memos"})
    void everyKeyTheCodeUsesExists(String feature) throws IOException {
        Path sources = Path.of("src/main/java/dev/passage/ui", feature);
        Properties en = load(feature);
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(" + feature + "\\.[A-Za-z0-9]+)\"");
        try (Stream<Path> files = Files.list(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".css")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(en.stringPropertyNames()).containsAll(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"da", "sv"})
    void formatsWorkInEveryLanguage(String lang) {
        Messages m = new Messages(Locale.of(lang));
        assertThat(m.get("search.summary", 57, 41)).contains("57").contains("41").doesNotContain("[");
        assertThat(m.get("segments.header", "Speaking up", 34)).contains("Speaking up").contains("34");
        assertThat(m.get("search.coded", 1, "X")).contains("1 passage").contains("X");
        assertThat(m.get("memos.confirmDelete", "T")).contains("\"T\"");
        assertThat(m.get("search.title")).isNotEqualTo(Messages.english().get("search.title"));
    }
}
