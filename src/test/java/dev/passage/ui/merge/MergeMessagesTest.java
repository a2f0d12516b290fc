package dev.passage.ui.merge;

import dev.passage.ui.BundleChecks;
import dev.passage.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The merge strings: English complete, Danish and Swedish with the same keys, every key the code names defined. */
class MergeMessagesTest {
    @Test
    void translationsHaveTheSameKeys() throws IOException {
        assertThat(BundleChecks.load("merge").stringPropertyNames()).allMatch(k -> k.startsWith("merge."));
        BundleChecks.sameKeysInEveryLanguage("merge");
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> used = BundleChecks.keysNamedIn("merge.", "src/main/java/dev/passage/ui/merge");
        assertThat(used).hasSizeGreaterThan(30);
        assertThat(BundleChecks.load("merge").stringPropertyNames()).containsAll(used);
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
