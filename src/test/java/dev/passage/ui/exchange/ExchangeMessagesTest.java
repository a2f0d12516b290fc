package dev.passage.ui.exchange;

import dev.passage.ui.common.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

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

/** The exchange strings: English complete, Danish and Swedish with the same keys, every key the code names defined. */
class ExchangeMessagesTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ExchangeMessagesTest.class.getResourceAsStream("/dev/passage/ui/i18n/" + name + ".properties")) {
            assertThat(in).as(name + ".properties").isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"da", "sv"})
    void translationsHaveTheSameKeys(String lang) throws IOException {
        Properties en = load("exchange");
        assertThat(en.stringPropertyNames()).allMatch(k -> k.startsWith("exchange."));
        Properties other = load("exchange_" + lang);
        assertThat(other.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(other.stringPropertyNames()).allMatch(k -> !other.getProperty(k).isBlank());
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Properties en = load("exchange");
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(exchange\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");
        try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/passage/ui/exchange"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".css")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(en.stringPropertyNames()).containsAll(used);
        // keys built from enum names
        for (ExportFormat f : ExportFormat.values()) {
            String n = f.name().toLowerCase(Locale.ROOT);
            assertThat(en).containsKeys("exchange.format." + n, "exchange.formatTip." + n, "exchange.type." + n, "exchange.saveTitle." + n);
        }
        for (var t : dev.passage.model.VariableType.values()) {
            assertThat(en).containsKey("exchange.vtype." + t.name().toLowerCase(Locale.ROOT));
        }
        for (var s : dev.passage.model.VariableScope.values()) {
            assertThat(en).containsKey("exchange.scope." + s.name().toLowerCase(Locale.ROOT));
        }
        for (var l : dev.passage.model.Language.values()) {
            assertThat(en).containsKey("exchange.language." + l.code());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "da", "sv"})
    void formatsWorkInEveryLanguage(String lang) {
        Messages m = new Messages(Locale.of(lang));
        assertThat(m.get("exchange.preview.excerpts", 1204, 1)).contains("1").doesNotContain("{").doesNotContain("[");
        assertThat(m.get("exchange.preview.excerpts", 5, 3)).contains("(3 ");
        assertThat(m.get("exchange.count.codes_added", 1)).startsWith("1 ");
        assertThat(m.get("exchange.codebook.confirm", "a.qdc", "Study")).contains("a.qdc").contains("\"Study\"");
        assertThat(m.get("exchange.done.table", 17, "/x/y.csv")).contains("17").contains("/x/y.csv");
        assertThat(m.get("exchange.filter.some", 2, 40)).contains("2").contains("40");
        if (!lang.equals("en")) {
            assertThat(m.get("exchange.menu.export")).isNotEqualTo(Messages.english().get("exchange.menu.export"));
        }
    }
}
