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

/** The command line end to end, in-process: exit codes, text and JSON output. */
class PassageCliTest {
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

    @Test
    void aWholeSessionFromInitToCoOccurrence() throws Exception {
        String p = tmp.resolve("study.passage").toString();
        Path transcripts = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(transcripts.resolve("leader.txt"), "Interviewer: Hvad med fejl?\n\nLeder: Vi taler åbent om fejlene og lærer.\n\nInterviewer: Tak.\n");
        Files.writeString(transcripts.resolve("staff.txt"), "Medarbejder: Vi skjuler vores fejl.\n\nInterviewer: Hvorfor?\n\nMedarbejder: Af frygt.\n");
        Files.write(transcripts.resolve("broken.txt"), new byte[] {0, 1, 2, 0, 0, 5, 0, 0, 0});
        Files.writeString(transcripts.resolve("photo.jpg"), "not text");

        assertThat(run("init", p, "--name", "Study", "--language", "da").code()).isZero();

        Run imp = run("import", p, transcripts.toString());
        assertThat(imp.code()).isEqualTo(3);
        assertThat(imp.out()).contains("imported leader").contains("imported staff").contains("2 imported, 1 failed, 1 skipped");
        assertThat(imp.err()).contains("broken.txt");

        Run docs = run("docs", p, "--json");
        assertThat(docs.code()).isZero();
        assertThat(docs.json()).hasSize(2);

        assertThat(run("codes", p, "add", "Psychological safety/Admitting mistakes", "--color", "#E69F00",
                       "--description", "Saying openly that one got something wrong").code()).isZero();
        Run codes = run("codes", p, "list", "--json");
        assertThat(codes.json().get(1).get("path").asText()).isEqualTo("Psychological safety/Admitting mistakes");
        assertThat(codes.json().get(1).get("description").get("definition").asText()).startsWith("Saying openly");

        // stored text: "Hvad med fejl?\n\nVi taler åbent om fejlene og lærer." (labels live on the turns)
        Run code = run("code", p, "--doc", "leader", "--start", "16", "--end", "26", "--code", "Psychological safety/Admitting mistakes",
                       "--coder", "jonas", "--json");
        assertThat(code.code()).as(code.err()).isZero();
        assertThat(code.json().get("coder").asText()).isEqualTo("jonas");
        long codingId = code.json().get("id").asLong();

        Run search = run("search", p, "fejl", "--json");
        assertThat(search.json().get("totalHits").asInt()).isEqualTo(3);
        Run filtered = run("search", p, "fejl", "--code", "Psychological safety", "--json");
        assertThat(filtered.json().get("totalHits").asInt()).isEqualTo(1);
        assertThat(filtered.json().get("hits").get(0).get("hit").asText()).isEqualTo("fejlene");

        Run auto = run("autocode", p, "fejl*", "--code", "Psychological safety/Admitting mistakes", "--scope", "turn", "--json");
        assertThat(auto.code()).as(auto.err()).isZero();
        assertThat(auto.json().get("codings")).hasSize(3); // three turns hold a hit

        Run segs = run("segments", p, "--code", "Psychological safety", "--json");
        assertThat(segs.json()).hasSize(4);
        assertThat(segs.json().get(0).get("text").asText()).isNotBlank();

        assertThat(run("codes", p, "add", "Barriers/Fear of blame").code()).isZero();
        Run fear = run("code", p, "--doc", "staff", "--start", "0", "--end", "20", "--code", "Barriers/Fear of blame", "--json");
        assertThat(fear.code()).isZero();
        Run co = run("cooccurrence", p, "--json");
        assertThat(co.json()).singleElement().satisfies(r -> {
            assertThat(r.get("codeA").asText() + "|" + r.get("codeB").asText())
                .isEqualTo("Psychological safety/Admitting mistakes|Barriers/Fear of blame");
            assertThat(r.get("overlaps").asInt()).isEqualTo(1);
        });

        assertThat(run("uncode", p, "--coding", String.valueOf(codingId)).code()).isZero();
        assertThat(run("segments", p, "--code", "Psychological safety", "--json").json()).hasSize(3);

        Run reindex = run("reindex", p, "--json");
        assertThat(reindex.json().get("documents").asInt()).isEqualTo(2);
    }

    @Test
    void exitCodesSeparateUsageFromBadInput() throws Exception {
        String p = tmp.resolve("s.passage").toString();
        assertThat(run("init", p, "--name", "S", "--language", "xx").code()).isEqualTo(3);
        assertThat(run("init", p, "--name", "S").code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run("init", p, "--name", "S", "--language", "en").code()).isZero();

        Run missing = run("docs", tmp.resolve("nope.passage").toString());
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.err()).contains("is not a Passage project");

        Run badCode = run("code", p, "--doc", "x", "--start", "0", "--end", "3", "--code", "A");
        assertThat(badCode.code()).isEqualTo(3);
        assertThat(badCode.err()).contains("no document named \"x\"");

        Run syntax = run("search", p, "(unclosed");
        assertThat(syntax.code()).isEqualTo(3);
        assertThat(syntax.err()).contains("(unclosed");

        assertThat(run("codes", p, "add", "Feedback").code()).isZero();
        Run noForce = run("codes", p, "delete", "Feedback");
        assertThat(noForce.code()).isEqualTo(3);
        assertThat(noForce.err()).contains("--force");
        assertThat(run("codes", p, "delete", "Feedback", "--force").code()).isZero();
        assertThat(run("codes", p, "list", "--json").json()).isEmpty();
    }

    @Test
    void codebookEditsFromTheCommandLine() throws Exception {
        String p = tmp.resolve("s.passage").toString();
        run("init", p, "--name", "S", "--language", "en");
        run("codes", p, "add", "Blame");
        run("codes", p, "add", "Barriers/Fear of blame");
        assertThat(run("codes", p, "rename", "Barriers", "Obstacles").code()).isZero();
        assertThat(run("codes", p, "recolour", "Obstacles", "#009e73").code()).isZero();
        assertThat(run("codes", p, "describe", "Obstacles", "--description", "What stands in the way").code()).isZero();
        assertThat(run("codes", p, "move", "Blame", "Obstacles").code()).isZero();
        assertThat(run("codes", p, "merge", "Obstacles/Blame", "Obstacles/Fear of blame").code()).isZero();
        JsonNode list = run("codes", p, "list", "--json").json();
        assertThat(list).extracting(n -> n.get("path").asText()).containsExactly("Obstacles", "Obstacles/Fear of blame");
        assertThat(list.get(0).get("colour").asText()).isEqualTo("#009E73");
        assertThat(list.get(0).get("description").get("definition").asText()).isEqualTo("What stands in the way");
    }
}
