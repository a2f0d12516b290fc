package dev.passage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** `passage import-qdpx` and `passage import-qdc` end to end: report text, JSON, exit codes. */
class InteropCliTest {
    @TempDir
    Path tmp;

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

    private static Path sample(String name) {
        Path p = Path.of(System.getProperty("passage.test.shared", "../shared")).resolve("refi-qda/samples").resolve(name);
        assumeTrue(Files.exists(p), "the shared sample " + p + " is not here");
        return p;
    }

    @Test
    void importQdpxPrintsWhatWasNotCarriedOver() throws Exception {
        Path atlas = sample("atlasti8mac-standard-project.qde");
        String dir = tmp.resolve("atlas.passage").toString();
        Run r = run("import-qdpx", atlas.toString(), dir, "--language", "en");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("14 codes").contains("not carried over").contains("Set \"Mabel\"").contains("PictureSource");

        Run docs = run("codes", dir, "list", "--json");
        assertThat(docs.code()).isZero();
        assertThat(docs.json()).hasSize(14);

        Run again = run("import-qdpx", atlas.toString(), dir);
        assertThat(again.code()).isEqualTo(PassageCli.EXIT_BAD_INPUT);
        assertThat(again.err()).contains("not empty");
    }

    @Test
    void importQdcAddsCodesAndReportsAsJson() throws Exception {
        Path qdc = sample("taguette-tests-expected-codebook.qdc");
        String dir = tmp.resolve("s.passage").toString();
        assertThat(run("init", dir, "--name", "S", "--language", "en").code()).isZero();
        Run r = run("import-qdc", qdc.toString(), dir, "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("counts").get("codes added").asInt()).isEqualTo(3);

        Path broken = Files.writeString(tmp.resolve("broken.qdc"), "<CodeBook>\n<Codes>\n");
        Run bad = run("import-qdc", broken.toString(), dir);
        assertThat(bad.code()).isEqualTo(PassageCli.EXIT_BAD_INPUT);
        assertThat(bad.err()).contains("broken.qdc: line");
    }
}
