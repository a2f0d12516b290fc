package dev.passage.ui.documents;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

/** The documents and start features' texts: every key the code uses exists, in English, Danish and Swedish alike. */
class DocumentsMessagesTest {

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DocumentsMessagesTest.class.getResourceAsStream("/dev/passage/ui/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static Set<String> keysUsedInCode(String feature) throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(" + feature + "\\.[A-Za-z0-9_.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/passage/ui/" + feature))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".") && !m.group(1).endsWith(".css")) { // a prefix completed at run time, e.g. "start.language." + code
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"documents", "start"})
    void everyKeyIsThereInEveryLanguageAndEveryPatternParses(String feature) throws IOException {
        Properties en = bundle(feature);
        Set<String> used = keysUsedInCode(feature);
        assertThat(used).isNotEmpty();
        assertThat(en.stringPropertyNames()).as("keys used in the code").containsAll(used);
        if (feature.equals("start")) {
            assertThat(en.stringPropertyNames()).contains("start.language.da", "start.language.sv", "start.language.en");
        }
        for (String lang : new String[] {"da", "sv"}) {
            Properties other = bundle(feature + "_" + lang);
            assertThat(other.stringPropertyNames()).as(feature + "_" + lang).isEqualTo(en.stringPropertyNames());
            for (String key : other.stringPropertyNames()) {
                assertThat(other.getProperty(key)).as(key).isNotBlank();
                new MessageFormat(other.getProperty(key), Locale.of(lang)); // throws on a broken pattern
            }
        }
        for (String key : en.stringPropertyNames()) {
            new MessageFormat(en.getProperty(key), Locale.ENGLISH);
        }
    }
}
