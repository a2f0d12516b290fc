package dev.passage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passage.mixed.StudyFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `words` and `matrix --by document` on the hand-checked study: output, JSON and exit codes. */
class ExploreCliTest {
    @TempDir
    Path tmp;
    String project;

    @BeforeEach
    void study() throws Exception {
        try (var f = new StudyFixture(tmp)) {
            // the study as it is
        }
        project = tmp.resolve("test.passage").toString();
    }

    @Test
    void matrixByDocumentHasOneColumnPerDocument() throws Exception {
        CliRun text = CliRun.of("matrix", project, "--by", "document", "--codes", "Safety");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("Interview North 1").contains("Interview elsewhere").contains("R2 · Q1")
                              .contains("Columns are documents");
        JsonNode m = CliRun.of("matrix", project, "--by", "document", "--codes", "Safety", "--json").json();
        assertThat(m.get("units")).hasSize(7);
        // Interview North 1: Safety with Speaking up: A[0,20) A[10,30) A1[50,60) = 3 segments, 40 of 100 characters
        JsonNode first = m.get("rows").get(0).get("cells").get(0);
        assertThat(m.get("units").get(0).get("name").asText()).isEqualTo("Interview North 1");
        assertThat(first.get("segments").asInt()).isEqualTo(3);
        assertThat(first.get("shareChars").asDouble()).isEqualTo(0.4);
        // 3 + 1 + 1 + 1 + 1 (answers) + 1 (Interview elsewhere, in no unit, counts here)
        assertThat(m.get("rows").get(0).get("total").get("segments").asInt()).isEqualTo(8);
    }

    @Test
    void matrixByAnythingElseIsBadInput() {
        CliRun bad = CliRun.of("matrix", project, "--by", "coder");
        assertThat(bad.code()).isEqualTo(3);
        assertThat(bad.err()).contains("unit or document");
        assertThat(CliRun.of("matrix", project, "--by", "document", "--csv", tmp.resolve("x.csv").toString()).code()).isEqualTo(3);
    }

    @Test
    void wordsListsTheTopWordsAsTextAndJson() throws Exception {
        CliRun text = CliRun.of("words", project, "--top", "5");
        assertThat(text.code()).isZero();
        assertThat(text.out()).startsWith("word").contains("interview");
        JsonNode json = CliRun.of("words", project, "--top", "3", "--json", "--stems").json();
        assertThat(json).hasSize(3);
        assertThat(json.get(0).get("count").asLong()).isPositive();
        assertThat(json.get(0).has("forms")).isTrue();
    }

    @Test
    void wordsRefusesUnknownNamesListingTheValidOnes() {
        CliRun code = CliRun.of("words", project, "--code", "Nope");
        assertThat(code.code()).isEqualTo(3);
        assertThat(code.err()).contains("There is no code named \"Nope\"").contains("Safety/Speaking up");
        CliRun doc = CliRun.of("words", project, "--doc", "Interview North");
        assertThat(doc.code()).isEqualTo(3);
        assertThat(doc.err()).contains("Interview North 1").contains("Interview North 2");
        assertThat(CliRun.of("words", project, "--doc", "Interview South").code()).isZero();
        assertThat(CliRun.of("words", project, "--unit", "Nowhere").err()).contains("\"North\", \"South\"");
        assertThat(CliRun.of("words", project, "--speaker", "nobody").code()).isEqualTo(3);
        assertThat(CliRun.of("words", project, "--top", "-1").code()).isEqualTo(2);
    }
}
