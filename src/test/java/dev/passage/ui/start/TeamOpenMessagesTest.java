package dev.passage.ui.start;

import dev.passage.ui.BundleChecks;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The team_open bundle: the same keys in English, Danish and Swedish, and every key the code names defined. */
class TeamOpenMessagesTest {
    @Test
    void everyLanguageHasEveryKeyAndTheCodeNamesNoMissingOne() throws IOException {
        BundleChecks.sameKeysInEveryLanguage("team_open");
        assertThat(BundleChecks.load("team_open").stringPropertyNames())
            .containsAll(BundleChecks.keysNamedIn("team_open.", "src/main/java/dev/passage/ui"));
    }
}
