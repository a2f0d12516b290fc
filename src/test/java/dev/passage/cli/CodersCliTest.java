package dev.passage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passage.sample.SampleStudy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The global --codings-of and `passage blind DIR on|off|status` (the sample was coded by anna and jonas). */
class CodersCliTest {
    @TempDir
    Path tmp;
    String project;

    @BeforeEach
    void sample() throws Exception {
        Path p = tmp.resolve("sample.passage");
        SampleStudy.build(p);
        project = p.toString();
    }

    private static java.util.Set<String> coders(JsonNode segments) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        segments.forEach(s -> out.add(s.get("coder").asText()));
        return out;
    }

    @Test
    void codersNarrowsEveryReadAndSaysSo() throws Exception {
        assertThat(coders(CliRun.of("segments", project, "--code", "Barriers/Fear of blame", "--json").json())).contains("anna", "jonas");
        CliRun anna = CliRun.of("segments", project, "--code", "Barriers/Fear of blame", "--json", "--codings-of", "anna");
        assertThat(anna.code()).as(anna.err()).isZero();
        assertThat(coders(anna.json())).containsExactly("anna");
        assertThat(anna.err()).contains("showing only the codings of anna");
        CliRun both = CliRun.of("segments", project, "--code", "Barriers/Fear of blame", "--json", "--codings-of", "anna,jonas");
        assertThat(coders(both.json())).containsExactly("anna", "jonas");

        CliRun unknown = CliRun.of("segments", project, "--code", "Barriers/Fear of blame", "--codings-of", "zoe");
        assertThat(unknown.code()).isEqualTo(3);
        assertThat(unknown.err()).contains("no coder \"zoe\"").contains("anna, jonas").doesNotContain("Exception");
    }

    @Test
    void blindModeIsLockedByALeadSeenByEveryCommandAndLiftedOnlyByTheLead() throws Exception {
        JsonNode off = CliRun.of("blind", project, "status", "--json").json();
        assertThat(off.get("blind").asBoolean()).isFalse();
        assertThat(off.get("lead").isNull()).isTrue();

        CliRun on = CliRun.of("blind", project, "on", "--coder", "anna");
        assertThat(on.code()).as(on.err()).isZero();
        assertThat(on.out()).contains("Blind coding is on").contains("only anna can lift it");

        JsonNode status = CliRun.of("blind", project, "status", "--json", "--coder", "jonas").json();
        assertThat(status.get("blind").asBoolean()).isTrue();
        assertThat(status.get("lead").asText()).isEqualTo("anna");
        assertThat(status.get("since").asText()).isNotBlank();

        CliRun jonas = CliRun.of("segments", project, "--code", "Barriers/Fear of blame", "--json", "--coder", "jonas");
        assertThat(coders(jonas.json())).containsExactly("jonas");
        assertThat(jonas.err()).contains("blind coding (locked by anna): you see only your codings (jonas)");
        // --codings-of cannot widen it
        CliRun widened = CliRun.of("segments", project, "--code", "Barriers/Fear of blame", "--json", "--coder", "jonas", "--codings-of", "jonas");
        assertThat(coders(widened.json())).containsExactly("jonas");
        CliRun other = CliRun.of("segments", project, "--code", "Barriers/Fear of blame", "--coder", "jonas", "--codings-of", "anna");
        assertThat(other.code()).as("anna is hidden from jonas, as if unknown").isEqualTo(3);

        CliRun notLead = CliRun.of("blind", project, "off", "--coder", "jonas");
        assertThat(notLead.code()).isEqualTo(3);
        assertThat(notLead.err()).contains("Only anna, who locked blind mode, can lift it");

        CliRun lift = CliRun.of("blind", project, "off", "--coder", "anna");
        assertThat(lift.code()).as(lift.err()).isZero();
        assertThat(lift.out()).contains("lifted");
        assertThat(lift.err()).as("blind says the state itself").isEmpty();
        assertThat(coders(CliRun.of("segments", project, "--code", "Barriers/Fear of blame", "--json", "--coder", "jonas").json()))
            .contains("anna", "jonas");

        JsonNode history = CliRun.of("history", project, "--json").json();
        assertThat(history.toString()).contains("project.blind.lock").contains("project.blind.lift");
    }

    @Test
    void exportsFollowTheCoders() throws Exception {
        Path csv = tmp.resolve("anna.csv");
        CliRun r = CliRun.of("export", project, "--format", "csv", "--out", csv.toString(), "--codings-of", "anna");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        String text = java.nio.file.Files.readString(csv);
        assertThat(text).contains("anna").doesNotContain("jonas");
    }
}
