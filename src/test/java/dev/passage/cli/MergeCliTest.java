package dev.passage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** `passage merge DIR OTHER`: the JSON report, --dry-run, merging twice, an encrypted copy, and the errors (exit 3, one line). */
class MergeCliTest {
    @TempDir
    Path tmp;

    private final Map<String, String> env = new HashMap<>();

    private CliRun run(String... args) {
        Passwords.environment = env::get;
        Passwords.console = () -> null;
        return CliRun.of(args);
    }

    @AfterEach
    void restoreSeams() {
        Passwords.environment = System::getenv;
        Passwords.console = System::console;
    }

    /** The lead's project with one interview and the code Openness; returns its folder. */
    private String lead() throws Exception {
        String p = tmp.resolve("study.passage").toString();
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("leader.txt"), "Leader: We talk openly about mistakes.\n");
        assertThat(run("init", p, "--name", "Study", "--language", "en").code()).isZero();
        assertThat(run("import", p, in.toString(), "--coder", "lead").code()).isZero();
        assertThat(run("codes", p, "add", "Openness", "--coder", "lead").code()).isZero();
        return p;
    }

    private Path copy(String dir, String name) throws Exception {
        Path to = Files.createDirectories(tmp.resolve(name));
        Files.copy(Path.of(dir).resolve("project.mv.db"), to.resolve("project.mv.db"));
        return to;
    }

    private int codings(String dir, String code) throws Exception {
        CliRun r = run("segments", dir, "--code", code, "--json");
        assertThat(r.code()).as(r.err()).isZero();
        return r.json().size();
    }

    @Test
    void mergesACopyReportsItAsJsonAndASecondMergeAddsNothing() throws Exception {
        String p = lead();
        Path ben = copy(p, "ben.passage");
        assertThat(run("code", ben.toString(), "--doc", "leader", "--start", "0", "--end", "6", "--code", "Openness", "--coder", "ben").code()).isZero();
        assertThat(run("codes", ben.toString(), "add", "Mistakes", "--coder", "ben").code()).isZero();
        assertThat(run("code", ben.toString(), "--doc", "leader", "--start", "8", "--end", "12", "--code", "Mistakes", "--coder", "ben").code()).isZero();

        CliRun dry = run("merge", p, ben.toString(), "--dry-run", "--json");
        assertThat(dry.code()).as(dry.err()).isZero();
        JsonNode d = dry.json();
        assertThat(d.get("dryRun").asBoolean()).isTrue();
        assertThat(d.get("written").asBoolean()).isFalse();
        assertThat(d.get("added").get("codings").asInt()).isEqualTo(2);
        assertThat(codings(p, "Openness")).isZero();

        CliRun merged = run("merge", p, ben.toString(), "--json");
        assertThat(merged.code()).as(merged.err()).isZero();
        JsonNode j = merged.json();
        assertThat(j.get("source").asText()).isEqualTo("ben.passage");
        assertThat(j.get("written").asBoolean()).isTrue();
        assertThat(j.get("added").get("documents").asInt()).isZero();
        assertThat(j.get("added").get("codes").asInt()).isEqualTo(1);
        assertThat(j.get("added").get("codings").asInt()).isEqualTo(2);
        assertThat(j.get("matched").get("documents").asInt()).isEqualTo(1);
        assertThat(j.get("matched").get("codes").asInt()).isEqualTo(1);
        assertThat(j.get("codesAdded").get(0).asText()).isEqualTo("Mistakes");
        assertThat(j.get("conflicts").isArray()).isTrue();
        assertThat(j.get("conflicts")).isEmpty();
        assertThat(j.has("notCarriedOver")).isTrue();
        assertThat(codings(p, "Openness")).isEqualTo(1);
        assertThat(codings(p, "Mistakes")).isEqualTo(1);
        assertThat(run("history", p, "--json").json().get(0).get("action").asText()).isEqualTo("project.merge");

        CliRun again = run("merge", p, ben.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("Merged ben.passage into Study (nothing new)", "Codings: 0 added, 2 already there");
        assertThat(codings(p, "Openness") + codings(p, "Mistakes")).isEqualTo(2);
    }

    @Test
    void anEncryptedCopyTakesItsPasswordLikeAnyProject() throws Exception {
        String p = lead();
        Path anna = copy(p, "anna.passage");
        assertThat(run("code", anna.toString(), "--doc", "leader", "--start", "0", "--end", "6", "--code", "Openness", "--coder", "anna").code()).isZero();
        env.put(Passwords.VARIABLE, "correct horse battery");
        CliRun encrypt = run("encrypt", anna.toString());
        assertThat(encrypt.code()).as(encrypt.err()).isZero();
        env.remove(Passwords.VARIABLE);

        CliRun noPassword = run("merge", p, anna.toString());
        assertThat(noPassword.code()).isEqualTo(3);
        assertThat(noPassword.err()).contains(Passwords.VARIABLE).doesNotContain("Exception");

        env.put(MergeCommand.OTHER_VARIABLE, "wrong horse");
        CliRun wrong = run("merge", p, anna.toString());
        assertThat(wrong.code()).isEqualTo(3);
        assertThat(wrong.err().lines()).hasSize(1);
        env.put(MergeCommand.OTHER_VARIABLE, "correct horse battery");
        CliRun ok = run("merge", p, anna.toString(), "--json");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.json().get("added").get("codings").asInt()).isEqualTo(1);
    }

    @Test
    void otherMissingNotAProjectOrTheProjectItselfIsABadInput() throws Exception {
        String p = lead();
        CliRun missing = run("merge", p, tmp.resolve("nowhere.passage").toString());
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.err()).contains("nowhere.passage: no such project folder or .qdpx file").doesNotContain("Exception");
        assertThat(missing.err().lines()).hasSize(1);

        CliRun notProject = run("merge", p, tmp.resolve("in").toString());
        assertThat(notProject.code()).isEqualTo(3);
        assertThat(notProject.err()).contains("is neither a Passage project folder").doesNotContain("Exception");

        CliRun itself = run("merge", p, p);
        assertThat(itself.code()).isEqualTo(3);
        assertThat(itself.err()).contains("is the project itself");

        assertThat(run("merge", p).code()).isNotZero(); // OTHER is required
    }
}
