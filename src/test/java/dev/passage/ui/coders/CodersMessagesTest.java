package dev.passage.ui.coders;

import dev.passage.ui.BundleChecks;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The coders texts: every key the code uses exists in English, Danish and Swedish alike, and every pattern parses. */
class CodersMessagesTest {
    @Test
    void everyKeyIsThereInEveryLanguageAndEveryPatternParses() throws IOException {
        Set<String> used = BundleChecks.keysNamedIn("coders.", "src/main/java/dev/passage/ui/coders", "src/main/java/dev/passage/ui/transcript");
        assertThat(used).contains("coders.menu.blind", "coders.legend");
        assertThat(BundleChecks.load("coders").stringPropertyNames()).containsAll(used);
        BundleChecks.sameKeysInEveryLanguage("coders");
    }
}
