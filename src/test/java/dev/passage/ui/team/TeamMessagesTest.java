package dev.passage.ui.team;

import dev.passage.ui.BundleChecks;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The team texts: every key the code uses exists in English, Danish and Swedish alike, and every pattern parses. */
class TeamMessagesTest {
    @Test
    void everyKeyIsThereInEveryLanguageAndEveryPatternParses() throws IOException {
        Set<String> used = BundleChecks.keysNamedIn("team.working.", "src/main/java/dev/passage/ui/team");
        assertThat(used).contains("team.working.chip", "team.working.tooltip", "team.working.more");
        assertThat(BundleChecks.load("team").stringPropertyNames()).containsAll(used);
        BundleChecks.sameKeysInEveryLanguage("team");
    }
}
