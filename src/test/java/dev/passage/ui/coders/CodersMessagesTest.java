package dev.passage.ui.coders;

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

/** The coders texts: every key the code uses exists in English, Danish and Swedish alike, and every pattern parses. */
class CodersMessagesTest {
    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CodersMessagesTest.class.getResourceAsStream("/dev/passage/ui/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyIsThereInEveryLanguageAndEveryPatternParses() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(coders\\.[A-Za-z0-9_.]+)\"");
        for (String dir : new String[] {"src/main/java/dev/passage/ui/coders", "src/main/java/dev/passage/ui/transcript"}) {
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
        Properties en = bundle("coders");
        assertThat(used).contains("coders.menu.blind", "coders.legend");
        assertThat(en.stringPropertyNames()).containsAll(used);
        for (String lang : new String[] {"da", "sv"}) {
            Properties other = bundle("coders_" + lang);
            assertThat(other.stringPropertyNames()).as(lang).isEqualTo(en.stringPropertyNames());
            for (String key : other.stringPropertyNames()) {
                assertThat(other.getProperty(key)).as(key).isNotBlank();
                new MessageFormat(other.getProperty(key), Locale.of(lang));
            }
        }
    }
}
