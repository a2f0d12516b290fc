package dev.passage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passage.TestProjects;
import dev.passage.model.CodeDescription;
import dev.passage.model.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `passage disagreements`: the numbered passages as text and JSON, resolving one, and clear errors. */
class DisagreementsCliTest {
    static final String TEXT = "We trust the manager. She listens to us. Nobody speaks up in meetings though. ";

    @TempDir
    Path tmp;
    String project;

    @BeforeEach
    void project() throws Exception {
        try (var s = TestProjects.create(tmp, Language.EN)) {
            long doc = TestProjects.importText(s, tmp, "Interview 1", TEXT);
            long trust = s.codebook().addPath("Trust", "#0055cc", CodeDescription.EMPTY).id();
            long voice = s.codebook().addPath("Climate/Voice", "#cc5500", CodeDescription.EMPTY).id();
            s.coding().setCoder("anna");
            s.coding().apply(doc, 3, 20, trust);
            s.coding().apply(doc, 41, 77, voice);
            s.coding().setCoder("ben");
            s.coding().apply(doc, 3, 11, trust);
            s.coding().apply(doc, 22, 40, trust);
            s.coding().apply(doc, 41, 77, voice);
        }
        project = tmp.resolve("test.passage").toString();
    }

    @Test
    void listsTheNumberedPassagesAsTextAndJson() throws Exception {
        CliRun text = CliRun.of("disagreements", project, "--coders", "anna,ben");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("Where anna (A) and ben (B) differ; consensus coder: consensus")
                              .contains("  1  Interview 1  3–20  Trust  [open]")
                              .contains("A anna: \"trust the manager\" (3–20)")
                              .contains("B ben: \"trust th\" (3–11)")
                              .contains("  2  Interview 1  22–40  Trust  [open]")
                              .contains("A anna: (not coded)")
                              .contains("2 passages, 0 resolved");

        JsonNode json = CliRun.of("disagreements", project, "--coders", "anna,ben", "--json").json();
        assertThat(json.get("coderA").asText()).isEqualTo("anna");
        assertThat(json.get("coderB").asText()).isEqualTo("ben");
        assertThat(json.get("code").isNull()).isTrue();
        assertThat(json.get("consensus").asText()).isEqualTo("consensus");
        assertThat(json.get("sharedDocumentsOnly").asBoolean()).isFalse();
        assertThat(json.get("total").asInt()).isEqualTo(2);
        assertThat(json.get("resolved").asInt()).isZero();
        JsonNode first = json.get("passages").get(0);
        assertThat(first.get("number").asInt()).isEqualTo(1);
        assertThat(first.get("document").asText()).isEqualTo("Interview 1");
        assertThat(first.get("code").asText()).isEqualTo("Trust");
        assertThat(first.get("start").asInt()).isEqualTo(3);
        assertThat(first.get("end").asInt()).isEqualTo(20);
        assertThat(first.get("text").asText()).isEqualTo("trust the manager");
        assertThat(first.get("a").get("coder").asText()).isEqualTo("anna");
        assertThat(first.get("a").get("codings").get(0).get("text").asText()).isEqualTo("trust the manager");
        assertThat(first.get("b").get("codings").get(0).get("end").asInt()).isEqualTo(11);
        assertThat(first.get("resolved").asBoolean()).isFalse();
        assertThat(first.get("decision").isNull()).isTrue();

        JsonNode voice = CliRun.of("disagreements", project, "--coders", "anna,ben", "--code", "climate/voice", "--json").json();
        assertThat(voice.get("code").asText()).isEqualTo("Climate/Voice");
        assertThat(voice.get("passages")).isEmpty();
        CliRun shared = CliRun.of("disagreements", project, "--coders", "anna,ben", "--shared-documents");
        assertThat(shared.out()).contains("differ in the documents both coded;").contains("2 passages, 0 resolved");
    }

    @Test
    void resolvesAPassageWhichThenShowsAsResolved() throws Exception {
        JsonNode r = CliRun.of("disagreements", project, "--coders", "anna,ben", "--resolve", "1", "--accept", "B",
                               "--note", "ben is more precise", "--coder", "lead", "--json").json();
        assertThat(r.get("remaining").asInt()).isEqualTo(1);
        JsonNode resolved = r.get("resolved");
        assertThat(resolved.get("resolved").asBoolean()).isTrue();
        assertThat(resolved.get("decision").get("accept").asText()).isEqualTo("b");
        assertThat(resolved.get("decision").get("note").asText()).isEqualTo("ben is more precise");
        assertThat(resolved.get("decision").get("decidedBy").asText()).isEqualTo("lead");
        assertThat(resolved.get("decision").get("consensus").get("coder").asText()).isEqualTo("consensus");
        assertThat(resolved.get("decision").get("consensus").get("codings").get(0).get("text").asText()).isEqualTo("trust th");

        CliRun text = CliRun.of("disagreements", project, "--coders", "anna,ben");
        assertThat(text.out()).contains("  1  Interview 1  3–20  Trust  [resolved: b]")
                              .contains("= consensus: \"trust th\" (3–11)  (note: ben is more precise)")
                              .contains("2 passages, 1 resolved");
        CliRun both = CliRun.of("disagreements", project, "--coders", "anna,ben", "--resolve", "2", "--accept", "both", "--as", "team");
        assertThat(both.code()).isZero();
        assertThat(both.out()).contains("Resolved 2: accepted both versions as codings of team").contains("0 of 2 passages left to resolve");
        try (var s = dev.passage.session.ProjectSession.open(tmp.resolve("test.passage"), "lead")) {
            long doc = s.documents().idByName("Interview 1").orElseThrow();
            assertThat(s.coding().forDocument(doc)).filteredOn(c -> c.coder().equals("team"))
                                                   .extracting(c -> c.start() + "-" + c.end()).containsExactly("22-40");
        }
    }

    @Test
    void unknownCodersCodesAndNumbersAreBadInputThatNamesThem() {
        CliRun coder = CliRun.of("disagreements", project, "--coders", "anna,carl");
        assertThat(coder.code()).isEqualTo(3);
        assertThat(coder.err()).contains("\"carl\"").contains("anna, ben").doesNotContain("Exception");
        CliRun code = CliRun.of("disagreements", project, "--coders", "anna,ben", "--code", "Nope");
        assertThat(code.code()).isEqualTo(3);
        assertThat(code.err()).contains("Nope");
        CliRun number = CliRun.of("disagreements", project, "--coders", "anna,ben", "--resolve", "9", "--accept", "a");
        assertThat(number.code()).isEqualTo(3);
        assertThat(number.err()).contains("no disagreement numbered 9 (there are 2)");
        CliRun verdict = CliRun.of("disagreements", project, "--coders", "anna,ben", "--resolve", "1", "--accept", "mine");
        assertThat(verdict.code()).isEqualTo(3);
        assertThat(verdict.err()).contains("\"mine\"");
        assertThat(CliRun.of("disagreements", project, "--coders", "anna").code()).isEqualTo(3);
        assertThat(CliRun.of("disagreements", project, "--coders", "anna,ben", "--accept", "a").code()).isEqualTo(3);
        assertThat(CliRun.of("disagreements", project, "--coders", "anna,anna").err()).contains("\"anna\"");
    }
}
