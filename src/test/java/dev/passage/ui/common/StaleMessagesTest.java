package dev.passage.ui.common;

import dev.passage.ui.BundleChecks;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The stale-edit dialog's strings: the same keys in English, Danish and Swedish, and every key the workbench names exists. */
class StaleMessagesTest {
    @Test
    void everyLanguageHasEveryKeyAndEveryKeyUsedExists() throws IOException {
        BundleChecks.sameKeysInEveryLanguage("stale");
        assertThat(BundleChecks.keysNamedIn("stale.", "src/main/java/dev/passage/ui")).isNotEmpty()
            .isSubsetOf(BundleChecks.load("stale").stringPropertyNames());
    }
}
