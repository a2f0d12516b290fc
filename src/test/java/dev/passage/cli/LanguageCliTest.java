package dev.passage.cli;

import dev.passage.language.LanguageSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `import` detects each file's language or takes `--language`; `docs` shows it; `search` stems each document in its own. */
class LanguageCliTest {
    @TempDir
    Path tmp;

    @Test
    void importDetectsOrTakesTheLanguageAndDocsShowsIt() throws Exception {
        String p = tmp.resolve("study.passage").toString();
        Path danish = Files.writeString(tmp.resolve("leder.txt"), LanguageSamples.DANISH);
        Path english = Files.writeString(tmp.resolve("nurse.txt"), LanguageSamples.ENGLISH);
        Path forced = Files.writeString(tmp.resolve("forced.txt"), LanguageSamples.ENGLISH.replace("Nurse", "Nurse two"));
        assertThat(CliRun.of("init", p, "--name", "Study", "--language", "da").code()).isZero();

        CliRun detected = CliRun.of("import", p, danish.toString(), english.toString());
        assertThat(detected.code()).as(detected.err()).isZero();
        assertThat(detected.out()).contains("imported leder (da)").contains("imported nurse (en)");
        CliRun given = CliRun.of("import", p, forced.toString(), "--language", "sv");
        assertThat(given.code()).as(given.err()).isZero();
        assertThat(given.out()).contains("imported forced (sv)");
        assertThat(CliRun.of("import", p, forced.toString(), "--language", "de").code()).isEqualTo(3);

        CliRun docs = CliRun.of("docs", p);
        assertThat(docs.out()).contains("lang");
        assertThat(docs.out().lines().filter(l -> l.endsWith("nurse")).findFirst().orElseThrow()).contains(" en ");
        assertThat(docs.out().lines().filter(l -> l.endsWith("leder")).findFirst().orElseThrow()).contains(" da ");
        assertThat(docs.out().lines().filter(l -> l.endsWith("forced")).findFirst().orElseThrow()).contains(" sv ");

        CliRun search = CliRun.of("search", p, "studies", "--doc", "nurse", "--json");
        assertThat(search.code()).as(search.err()).isZero();
        assertThat(search.json().get("totalHits").asInt()).isEqualTo(2); // "study" and "studies": the English stem
    }
}
