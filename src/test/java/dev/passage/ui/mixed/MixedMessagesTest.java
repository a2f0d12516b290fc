package dev.passage.ui.mixed;

import dev.passage.model.VariableScope;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The joint displays' strings: English complete, Danish and Swedish with the same keys, every key the code uses defined. */
class MixedMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MixedMessagesTest.class.getResourceAsStream("/dev/passage/ui/i18n/" + name + ".properties")) {
            assertThat(in).as(name + ".properties").isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"da", "sv"})
    void translationsHaveTheSameKeys(String lang) throws IOException {
        Properties en = load("mixed");
        assertThat(en.stringPropertyNames()).allMatch(k -> k.startsWith("mixed."));
        Properties other = load("mixed_" + lang);
        assertThat(other.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(other.stringPropertyNames()).allMatch(k -> !other.getProperty(k).isBlank());
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Properties en = load("mixed");
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(mixed\\.[A-Za-z0-9.]+[A-Za-z0-9])\"");
        try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/passage/ui/mixed"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".css") && !m.group(1).endsWith(".score.spearman") && !m.group(1).endsWith(".score.pearson")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        // keys made from names
        List<String> built = new ArrayList<>(List.of("mixed.score.spearman", "mixed.score.spearmanMissing", "mixed.score.pearson",
                                                     "mixed.score.pearsonMissing"));
        for (Measure m : Measure.values()) {
            built.add(m.key());
            built.add(m.definitionKey());
        }
        for (Split s : Split.values()) {
            built.add(s.key());
        }
        for (VariableScope s : VariableScope.values()) {
            built.add("mixed.scope." + s.name());
            built.add("mixed.crosstab.carriers." + s.name());
        }
        for (VariableScope s : List.of(VariableScope.UNIT, VariableScope.RESPONDENT)) {
            built.add("mixed.quantitize.scope." + s.name());
            built.add("mixed.quantitize.explain." + s.name());
        }
        used.addAll(built);
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(en.stringPropertyNames()).containsAll(used);
        // for the lead: the dock tab's title and the Analyse menu's items
        assertThat(en.stringPropertyNames()).contains("mixed.title", "mixed.menu.matrix", "mixed.menu.score", "mixed.menu.crosstab",
                                                      "mixed.menu.quantitize");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "da", "sv"})
    void patternsFormatInEveryLanguage(String lang) {
        Messages m = new Messages(Locale.of(lang));
        assertThat(m.get("mixed.cellTitle", "Speaking up", "Jobcenter", 4)).contains("Speaking up").contains("Jobcenter").contains("4");
        assertThat(m.get("mixed.cellTitle", "X", "Y", 1)).contains("1 segment");
        assertThat(m.get("mixed.score.spearman", 0.7123)).contains(lang.equals("en") ? "0.71" : "0,71");
        assertThat(m.get("mixed.crosstab.summary", "units", 3, 2)).contains("2 ").doesNotContain("{").doesNotContain("'");
        assertThat(m.get("mixed.quantitize.done", 6, 6, 48, "unit")).contains("6").contains("48");
        assertThat(m.get("mixed.percent", 12.5)).contains(lang.equals("en") ? "12.5" : "12,5");
        assertThat(m.get("mixed.score.pValue", 0.0312)).startsWith("= ").contains(lang.equals("en") ? "0.031" : "0,031");
    }
}
