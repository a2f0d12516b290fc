package dev.passage.ui.adjudication;

import dev.passage.ui.BundleChecks;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The adjudication texts: every key the code uses exists in English, Danish and Swedish alike, and every pattern parses. */
class AdjudicationMessagesTest {
    @Test
    void everyKeyIsThereInEveryLanguageAndEveryPatternParses() throws IOException {
        Set<String> used = BundleChecks.keysNamedIn("adjudication.", "src/main/java/dev/passage/ui/adjudication");
        assertThat(used).contains("adjudication.menu", "adjudication.acceptA");
        assertThat(BundleChecks.load("adjudication").stringPropertyNames()).containsAll(used);
        BundleChecks.sameKeysInEveryLanguage("adjudication");
    }
}
