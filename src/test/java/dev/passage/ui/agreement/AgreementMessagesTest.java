package dev.passage.ui.agreement;

import dev.passage.ui.BundleChecks;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The agreement texts: every key the code uses exists in English, Danish and Swedish alike, and every pattern parses. */
class AgreementMessagesTest {
    @Test
    void everyKeyIsThereInEveryLanguageAndEveryPatternParses() throws IOException {
        Set<String> used = BundleChecks.keysNamedIn("agreement.", "src/main/java/dev/passage/ui/agreement");
        Set<String> en = BundleChecks.load("agreement").stringPropertyNames();
        assertThat(used).contains("agreement.menu", "agreement.title", "agreement.col.kappa");
        assertThat(en).containsAll(used);
        for (String unit : new String[] {"character", "segment", "document", "unitized", "domain"}) {
            assertThat(en).contains("agreement.explain." + unit, "agreement.unit." + ("domain".equals(unit) ? "document" : unit));
        }
        BundleChecks.sameKeysInEveryLanguage("agreement");
    }
}
