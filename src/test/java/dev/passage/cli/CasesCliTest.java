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

/** units, survey and vars end to end, and --where/--unit on search and segments. */
class CasesCliTest {
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
    void unitsSurveyVarsAndFiltersByVariables() throws Exception {
        String p = tmp.resolve("study.passage").toString();
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("01-nord-leder.txt"), "Leder: Vi taler åbent om fejl.\n");
        Files.writeString(in.resolve("02-syd-leder.txt"), "Leder: Fejl skjules her.\n");
        Files.writeString(in.resolve("03-syd-medarbejder.txt"), "Medarbejder: Vi lærer af fejl.\n");
        Path scores = Files.writeString(tmp.resolve("scores.csv"), "enhed;psych_safety;sektor\nnord;4,5;Dagtilbud\nsyd;2,75;Skole\n;3;x\n");
        Path survey = Files.writeString(tmp.resolve("survey.csv"), "id;enhed;alder;Hvad hjælper?\nR1;nord;34;Feedback om fejl\nR2;syd;51;Tid\n");
        assertThat(run("init", p, "--name", "Study", "--language", "da").code()).isZero();
        assertThat(run("import", p, in.toString()).code()).isZero();

        Run dry = run("units", p, "import", scores.toString(), "--id", "enhed", "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("scores.csv: 3 rows, 2 can be imported").contains("psych_safety").contains("number (inferred)")
                             .contains("row 4, column enhed: the id is empty");
        assertThat(run("units", p, "list", "--json").json()).isEmpty();

        Run imp = run("units", p, "import", scores.toString(), "--id", "enhed", "--type", "sektor=category", "--json");
        assertThat(imp.code()).isEqualTo(3); // one row could not be read: reported on stderr
        assertThat(imp.json().get("unitsCreated").asInt()).isEqualTo(2);
        assertThat(imp.err()).contains("scores.csv: row 4, column enhed: the id is empty");
        Run bad = run("units", p, "import", scores.toString(), "--id", "unit");
        assertThat(bad.code()).isEqualTo(3);
        assertThat(bad.err()).contains("scores.csv: there is no column \"unit\"");

        Run link = run("units", p, "link", "--by-pattern", "^\\d+-(\\w+)-");
        assertThat(link.code()).as(link.err()).isZero();
        assertThat(link.out()).contains("3 documents linked, 0 already there, 0 not matched; 0 units created");
        assertThat(run("units", p, "link", "--by-pattern", "x", "--by-attribute", "site").code()).isEqualTo(2);

        Run list = run("units", p, "list", "--json");
        assertThat(list.json().get(0).get("name").asText()).isEqualTo("nord");
        assertThat(list.json().get(0).get("documents").asInt()).isEqualTo(1);
        assertThat(list.json().get(0).get("values").get("psych_safety").asText()).isEqualTo("4.5");

        Run s = run("survey", p, "import", survey.toString(), "--id", "id", "--unit", "enhed", "--text", "Hvad hjælper?");
        assertThat(s.code()).as(s.err()).isZero();
        assertThat(s.out()).contains("answers 2 created");

        assertThat(run("vars", p, "set", "--doc", "02-syd-leder", "rolle=leder").code()).isZero();
        assertThat(run("vars", p, "set", "--doc", "01-nord-leder", "rolle=leder").code()).isZero();
        Run vars = run("vars", p, "list");
        assertThat(vars.out()).contains("document").contains("rolle").contains("unit").contains("psych_safety").contains("respondent")
                              .contains("alder").contains("4 variables");

        Run high = run("search", p, "fejl", "--where", "psych_safety >= 4", "--json");
        assertThat(high.code()).as(high.err()).isZero();
        assertThat(high.json().get("hits")).extracting(h -> h.get("documentName").asText())
            .containsExactlyInAnyOrder("01-nord-leder", "R1 · Hvad hjælper?");
        Run leaders = run("search", p, "fejl", "--where", "rolle = leder", "--where", "psych_safety < 3", "--json");
        assertThat(leaders.json().get("hits")).extracting(h -> h.get("documentName").asText()).containsExactly("02-syd-leder");
        Run none = run("search", p, "fejl", "--where", "alder > 60", "--json");
        assertThat(none.json().get("totalHits").asInt()).isZero();
        Run syntax = run("search", p, "fejl", "--where", "alder 60");
        assertThat(syntax.code()).isEqualTo(3);
        assertThat(syntax.err()).contains("Cannot read the condition 'alder 60': it has no comparison operator");

        assertThat(run("codes", p, "add", "Fejl").code()).isZero();
        assertThat(run("autocode", p, "fejl*", "--code", "Fejl", "--scope", "turn").code()).isZero();
        Run segs = run("segments", p, "--code", "Fejl", "--json");
        assertThat(segs.json()).hasSize(4);
        Run sydSegs = run("segments", p, "--code", "Fejl", "--unit", "syd", "--json");
        assertThat(sydSegs.json()).extracting(g -> g.get("documentName").asText())
            .containsExactly("02-syd-leder", "03-syd-medarbejder");
        Run whereSegs = run("segments", p, "--code", "Fejl", "--unit", "syd", "--where", "rolle = leder", "--json");
        assertThat(whereSegs.json()).extracting(g -> g.get("documentName").asText()).containsExactly("02-syd-leder");
        Run noUnit = run("segments", p, "--code", "Fejl", "--unit", "vest");
        assertThat(noUnit.code()).isEqualTo(3);
        assertThat(noUnit.err()).contains("There is no unit named \"vest\"");
    }
}
