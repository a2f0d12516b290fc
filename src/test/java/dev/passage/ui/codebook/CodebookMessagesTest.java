package dev.passage.ui.codebook;

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

import static org.assertj.core.api.Assertions.assertThat;

/** The codebook pane's strings: complete in English, Danish and Swedish, every key the code uses exists, every pattern formats. */
class CodebookMessagesTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CodebookMessagesTest.class.getResourceAsStream("/dev/passage/ui/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void danishAndSwedishHaveEveryEnglishKey() throws IOException {
        Set<String> english = load("codebook").stringPropertyNames();
        assertThat(english).hasSizeGreaterThan(90);
        assertThat(load("codebook_da").stringPropertyNames()).isEqualTo(english);
        assertThat(load("codebook_sv").stringPropertyNames()).isEqualTo(english);
    }

    @Test
    void everyPatternFormatsInItsLanguage() throws IOException {
        for (String[] bundle : new String[][] {{"codebook", "en"}, {"codebook_da", "da"}, {"codebook_sv", "sv"}}) {
            Properties p = load(bundle[0]);
            for (String key : p.stringPropertyNames()) {
                for (Object n : new Object[] {0, 1, 7}) {
                    String out = new MessageFormat(p.getProperty(key), Locale.forLanguageTag(bundle[1])).format(new Object[] {n, "A", "B"});
                    assertThat(out).as(bundle[0] + " " + key).isNotBlank().doesNotContain("{0", "{1", "{2");
                }
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> english = load("codebook").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(codebook\\.[a-zA-Z]+\\.[a-zA-Z.]+|codebook\\.[a-zA-Z]+)\"");
        try (var files = Files.list(Path.of("src/main/java/dev/passage/ui/codebook"))) {
            for (Path f : files.toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".css")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(60);
        assertThat(english).containsAll(used);
    }
}
