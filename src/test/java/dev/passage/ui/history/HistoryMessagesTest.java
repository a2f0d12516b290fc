package dev.passage.ui.history;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The history texts: every key the code uses exists in English, Danish and Swedish alike, and every pattern parses. */
class HistoryMessagesTest {
    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = HistoryMessagesTest.class.getResourceAsStream("/dev/passage/ui/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyIsThereInEveryLanguageAndEveryPatternParses() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(history\\.[A-Za-z0-9_.]+)\"");
        for (String dir : new String[] {"src/main/java/dev/passage/ui/history", "src/main/java/dev/passage/ui/app"}) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = literal.matcher(Files.readString(f));
                    while (m.find()) {
                        if (!m.group(1).endsWith(".") && !m.group(1).endsWith(".csv")) {
                            used.add(m.group(1));
                        }
                    }
                }
            }
        }
        Properties en = bundle("history");
        assertThat(used).contains("history.menu", "history.title");
        assertThat(en.stringPropertyNames()).containsAll(used);
        for (String lang : new String[] {"da", "sv"}) {
            Properties other = bundle("history_" + lang);
            assertThat(other.stringPropertyNames()).as(lang).isEqualTo(en.stringPropertyNames());
            for (String key : other.stringPropertyNames()) {
                assertThat(other.getProperty(key)).as(key).isNotBlank();
                new MessageFormat(other.getProperty(key), Locale.of(lang));
            }
        }
    }

    @Test
    void everyActionTheCoreWritesHasAText() throws IOException {
        Properties en = bundle("history");
        Set<String> written = new TreeSet<>();
        Pattern action = Pattern.compile("EditRecord\\.of\\(\"([a-z]+\\.[a-z]+|edit)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/passage"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = action.matcher(Files.readString(f).replaceAll("\\s+", ""));
                while (m.find()) {
                    written.add(m.group(1));
                }
            }
        }
        assertThat(written).contains("code.rename", "coding.add", "survey.import", "qdpx.import");
        written.forEach(a -> assertThat(en).as(a).containsKey("history.action." + a));
    }
}
