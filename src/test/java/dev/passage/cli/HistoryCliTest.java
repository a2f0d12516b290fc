package dev.passage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `passage history`: listing, filters by coder and time, a bad time, JSON and CSV. */
class HistoryCliTest {
    @TempDir
    Path tmp;


    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void listsFiltersAndExportsTheHistory() throws Exception {
        String p = tmp.resolve("study.passage").toString();
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("leader.txt"), "Leader: We talk openly about mistakes.\n");
        assertThat(run("init", p, "--name", "Study", "--language", "en").code()).isZero();
        assertThat(run("import", p, in.toString(), "--coder", "anna").code()).isZero();
        assertThat(run("codes", p, "add", "Openness", "--coder", "anna").code()).isZero();
        assertThat(run("code", p, "--doc", "leader", "--start", "0", "--end", "6", "--code", "Openness", "--coder", "ben").code()).isZero();

        CliRun all = run("history", p);
        assertThat(all.code()).isZero();
        assertThat(all.out()).contains("coding.add", "code.add", "import.document", "project.create", "4 edits");
        List<String> lines = all.out().lines().toList();
        assertThat(lines.get(1)).contains("ben", "coding.add"); // newest first

        CliRun ben = run("history", p, "--coder", "ben", "--json");
        assertThat(ben.code()).isZero();
        JsonNode rows = ben.json();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("action").asText()).isEqualTo("coding.add");
        assertThat(rows.get(0).get("after").get("code").asText()).isEqualTo("Openness");
        assertThat(rows.get(0).get("after").get("document").asText()).isEqualTo("leader");

        assertThat(run("history", p, "--since", "2000-01-01", "--json").json()).hasSize(4);
        assertThat(run("history", p, "--since", "2999-01-01T00:00:00Z", "--json").json()).isEmpty();
        assertThat(run("history", p, "--limit", "2", "--json").json()).hasSize(2);
        assertThat(run("history", p, "--action", "code.", "--json").json()).hasSize(1);

        CliRun bad = run("history", p, "--since", "last tuesday");
        assertThat(bad.code()).isEqualTo(3);
        assertThat(bad.err()).contains("--since \"last tuesday\" is not a date or time").doesNotContain("Exception");
        assertThat(run("history", p, "--limit", "-1").code()).isEqualTo(3);

        Path csv = tmp.resolve("history.csv");
        CliRun export = run("history", p, "--csv", csv.toString());
        assertThat(export.code()).isZero();
        assertThat(export.out()).contains("Wrote 4 edits");
        List<String> csvLines = Files.readAllLines(csv);
        assertThat(csvLines.getFirst()).isEqualTo("id,when,coder,action,base_action,direction,object_kind,object_id,object_name,summary,count,before,after");
        assertThat(csvLines.get(1)).contains("project.create");
        assertThat(csvLines.getLast()).contains("ben", "coding.add");
    }
}
