package dev.passage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passage.mixed.StudyFixture;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** matrix, joint, crosstab, quotes and quantitize on the hand-checked study, in-process: exit codes, text and JSON. */
class MixedCommandsTest {
    @TempDir
    Path tmp;
    String project;

    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PassageCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void study() throws Exception {
        try (var f = new StudyFixture(tmp)) {
            f.unitNumber("score", Map.of(f.north, 1.0, f.south, 2.0, f.west, 3.0, f.east, 4.0));
            f.variable(VariableScope.UNIT, "region", VariableType.CATEGORY, Map.of(f.north, "urban", f.south, "rural", f.west, "urban"));
        }
        project = tmp.resolve("test.passage").toString();
    }

    @Test
    void matrixAsTextJsonAndCsv() throws Exception {
        Run text = run("matrix", project, "--codes", "Safety,Learning");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("North").contains("4 · 33.3% · 2/2").contains("no text").contains("Any listed code")
                              .contains("merged first");
        Path csv = tmp.resolve("tidy.csv");
        Run json = run("matrix", project, "--json", "--codes", "Safety", "--csv", csv.toString());
        JsonNode m = json.json();
        assertThat(m.get("rows").get(0).get("cells").get(1).get("shareChars").asDouble()).isEqualTo(1.0 / 3);
        assertThat(m.get("rows").get(0).get("cells").get(0).get("note").asText()).isEqualTo("no text");
        assertThat(Files.readAllLines(csv)).hasSize(5).first().asString().startsWith("unit,code_path,segments");
    }

    @Test
    void jointPrintsBothCorrelationsAndTheExcludedUnits() throws Exception {
        // carriers: North 1.0, South 1.0, West 0.5 against 1, 2, 3: r = -0.866 (hand: centred x 1/6,1/6,-1/3; y -1,0,1)
        Run r = run("joint", project, "--code", "Safety", "--score", "score");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("left out: East (no text)").contains("Pearson's r     = -0.866").contains("Spearman's rho")
                           .contains("no interval");
        Run json = run("joint", project, "--code", "Safety", "--score", "score", "--measure", "chars", "--json");
        assertThat(json.json().get("measure").asText()).isEqualTo("CHARS");
        assertThat(json.json().get("points")).hasSize(3);
        Run bad = run("joint", project, "--code", "Safety", "--score", "region");
        assertThat(bad.code()).isEqualTo(3);
        assertThat(bad.err()).contains("needs a NUMBER unit variable");
        assertThat(run("joint", project, "--code", "Safety", "--score", "score", "--measure", "words").code()).isEqualTo(2);
    }

    @Test
    void crosstabByCategoryAndByThreshold() throws Exception {
        Run r = run("crosstab", project, "--by", "region", "--codes", "Safety");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("urban (n=4)").contains("3 (75.0%) · 6").contains("missing (n=1)");
        Run t = run("crosstab", project, "--by", "score", "--split", "2", "--json");
        assertThat(t.json().get("groups").get(0).get("label").asText()).isEqualTo("≤ 2");
        assertThat(run("crosstab", project, "--by", "score", "--split", "halves").code()).isEqualTo(3);
        assertThat(run("crosstab", project, "--by", "nope").err()).contains("There is no variable 'nope'");
    }

    @Test
    void quotesFromBothEnds() throws Exception {
        Run r = run("quotes", project, "--code", "Safety", "--score", "score", "--per-unit", "1", "--units", "1");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("1. West").contains("HIGHEST score").contains("“R1 · Q1: w” — R1 · Q1 0..10").contains("LOWEST score");
        Run json = run("quotes", project, "--code", "Safety", "--score", "score", "--select", "longest", "--json");
        assertThat(json.json().get("highest").get(0).get("quotes").get(0).get("documentName").asText()).isEqualTo("R1 · Q2");
    }

    @Test
    void quantitizeWritesCsvAndVariables() throws Exception {
        Path csv = tmp.resolve("out.csv");
        Run r = run("quantitize", project, "--codes", "Learning", "--csv", csv.toString(), "--write-variables");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("wrote 4 rows").contains("code:Learning:segments");
        assertThat(Files.readString(csv)).contains("North,Learning,1,100,150,0.6666666666666666,1,2,0.5,urban,1\r\n");
        Run again = run("quantitize", project, "--codes", "Learning", "--json");
        assertThat(again.json().get("rows")).hasSize(4);
        assertThat(run("quantitize", project, "--scope", "document", "--write-variables").code()).isEqualTo(2);
    }
}
