package dev.passage.ui.app;

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

/** The window's strings (menus, shortcuts, palette): the same keys in English, Danish and Swedish, every key the code uses defined. */
class AppMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AppMessagesTest.class.getResourceAsStream("/dev/passage/ui/i18n/" + name + ".properties")) {
            assertThat(in).as(name + ".properties").isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"da", "sv"})
    void translationsHaveTheSameKeys(String lang) throws IOException {
        Properties en = load("app");
        Properties other = load("app_" + lang);
        assertThat(other.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(other.stringPropertyNames()).allMatch(k -> !other.getProperty(k).isBlank());
    }

    /** The actions of every feature use app.* keys for their menu texts, so all of ui/ is read. */
    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Properties en = load("app");
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(app\\.[A-Za-z0-9.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/passage/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".") && !m.group(1).endsWith(".css")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).contains("app.menu.commandPalette", "app.palette.prompt", "app.menu.applyCode");
        assertThat(en.stringPropertyNames()).containsAll(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"da", "sv"})
    void thePaletteAndTheSearchFieldSpeakTheLanguage(String lang) {
        Messages m = new Messages(Locale.of(lang));
        assertThat(m.get("app.search.prompt", "Ctrl+K")).endsWith("(Ctrl+K)");
        assertThat(m.get("app.menu.commandPalette")).isNotEqualTo(Messages.english().get("app.menu.commandPalette"));
        assertThat(m.get("app.palette.prompt")).isNotEqualTo(Messages.english().get("app.palette.prompt"));
    }
}
