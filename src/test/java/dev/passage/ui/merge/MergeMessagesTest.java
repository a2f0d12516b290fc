package dev.passage.ui.merge;

import dev.passage.ui.common.Messages;
import org.junit.jupiter.api.Test;
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

/** The merge strings: English complete, Danish and Swedish with the same keys, every key the code names defined. */
class MergeMessagesTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MergeMessagesTest.class.getResourceAsStream("/dev/passage/ui/i18n/" + name + ".properties")) {
            assertThat(in).as(name + ".properties").isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"da", "sv"})
    void translationsHaveTheSameKeys(String lang) throws IOException {
        Properties en = load("merge");
        assertThat(en.stringPropertyNames()).allMatch(k -> k.startsWith("merge."));
        Properties other = load("merge_" + lang);
        assertThat(other.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(other.stringPropertyNames()).allMatch(k -> !other.getProperty(k).isBlank());
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Properties en = load("merge");
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(merge\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");
        try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/passage/ui/merge"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".css")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(30);
        assertThat(en.stringPropertyNames()).containsAll(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "da", "sv"})
    void formatsWorkInEveryLanguage(String lang) {
        Messages m = new Messages(Locale.of(lang));
        assertThat(m.get("merge.summary.added", 1, 2, 3, 4, 5, 6)).contains("1", "2", "3", "4", "5", "6").doesNotContain("{", "[");
        assertThat(m.get("merge.summary.matched", 1, 2, 3, 4)).contains("1", "4").doesNotContain("{");
        assertThat(m.get("merge.done", "ben.passage", "Study")).contains("ben.passage", "Study");
        assertThat(m.get("merge.password", "anna.passage")).contains("anna.passage");
        if (!lang.equals("en")) {
            assertThat(m.get("merge.menu.merge")).isNotEqualTo(Messages.english().get("merge.menu.merge"));
        }
    }
}
