package dev.passage.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code passage autocode}: its line, its JSON, a second run that finds everything coded, and the filters it takes. */
class AutocodeCommandTest {
    @TempDir
    Path tmp;

    private String project() throws Exception {
        String p = tmp.resolve("study.passage").toString();
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("leder.txt"), """
            Interviewer: Hvad sker der, når nogen laver en fejl?

            Leder: Vi taler åbent om fejl. Det hjælper.

            Interviewer: Og bagefter?

            Leder: Vi lærer af det.
            """);
        Files.writeString(in.resolve("medarbejder.txt"), "Medarbejder: Fejl skjules her. Desværre.\n");
        assertThat(CliRun.of("init", p, "--name", "Study", "--language", "da").code()).isZero();
        assertThat(CliRun.of("import", p, in.toString()).code()).isZero();
        assertThat(CliRun.of("codes", p, "add", "Fejl").code()).isZero();
        return p;
    }

    @Test
    void saysHowManyPassagesItCodedAndNothingTheSecondTime() throws Exception {
        String p = project();
        CliRun first = CliRun.of("autocode", p, "fejl", "--code", "Fejl", "--scope", "sentence");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).isEqualTo("Applied Fejl to 3 passages (sentence)" + System.lineSeparator());

        CliRun again = CliRun.of("autocode", p, "fejl", "--code", "Fejl", "--scope", "sentence");
        assertThat(again.out()).isEqualTo("Applied Fejl to 0 passages (sentence)" + System.lineSeparator());
    }

    @Test
    void jsonListsTheCodingsAndFiltersNarrowTheHits() throws Exception {
        String p = project();
        CliRun run = CliRun.of("autocode", p, "fejl", "--code", "Fejl", "--scope", "turn", "--speaker", "Leder", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        var json = run.json();
        assertThat(json.get("query").asText()).isEqualTo("fejl");
        assertThat(json.get("code").asText()).isEqualTo("Fejl");
        assertThat(json.get("scope").asText()).isEqualTo("turn");
        assertThat(json.get("codings")).hasSize(1);
        assertThat(json.get("codings").get(0).get("coder").asText()).isNotBlank();
    }

    @Test
    void anUnknownDocumentIsBadInput() throws Exception {
        String p = project();
        CliRun run = CliRun.of("autocode", p, "fejl", "--code", "Fejl", "--doc", "nobody");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).startsWith("passage: There is no document named \"nobody\"; valid: ").hasLineCount(1);
        assertThat(run.out()).isEmpty();
    }
}
