package dev.passage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passage.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line on a team project: init, push and pull with a URL, every project command taking a URL, two coders at
 * once, and the folder-only commands refusing a URL with what to do instead.
 */
class TeamCliTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void passwordFromTheTestServer() {
        Passwords.serverCredentials = a -> Optional.of(TestServer.password());
        Passwords.console = () -> null;
    }

    @AfterEach
    void restoreSeams() {
        Passwords.serverCredentials = dev.passage.store.ServerCredentials::find;
        Passwords.console = System::console;
    }

    private String interviews() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("leader.txt"), "Leader: We talk openly about mistakes in this team, every week.\n");
        return in.toString();
    }

    @Test
    void initImportCodeAndSegmentsWorkOnAUrl() throws Exception {
        try (TestServer server = TestServer.fresh("cli_init")) {
            String url = server.address().display();
            CliRun init = CliRun.of("init", url, "--name", "Team study", "--language", "en", "--json");
            assertThat(init.code()).as(init.err()).isZero();
            assertThat(init.json().get("address").asText()).isEqualTo(url);
            assertThat(CliRun.of("import", url, interviews(), "--coder", "lead").code()).isZero();
            assertThat(CliRun.of("codes", url, "add", "Openness", "--coder", "lead").code()).isZero();
            CliRun code = CliRun.of("code", url, "--doc", "leader", "--start", "8", "--end", "25", "--code", "Openness",
                                    "--coder", "ann");
            assertThat(code.code()).as(code.err()).isZero();
            JsonNode segments = CliRun.of("segments", url, "--code", "Openness", "--json").json();
            assertThat(segments.toString()).contains("talk openly");
            CliRun again = CliRun.of("init", url, "--name", "Twice", "--language", "en");
            assertThat(again.code()).isEqualTo(3);
            assertThat(again.err()).contains("is not empty");
        }
    }

    @Test
    void pushAndPullPrintWhatTheyMovedAndTheCopyWorks() throws Exception {
        String folder = tmp.resolve("study.passage").toString();
        assertThat(CliRun.of("init", folder, "--name", "Study", "--language", "en").code()).isZero();
        assertThat(CliRun.of("import", folder, interviews(), "--coder", "lead").code()).isZero();
        assertThat(CliRun.of("codes", folder, "add", "Openness", "--coder", "lead").code()).isZero();
        assertThat(CliRun.of("code", folder, "--doc", "leader", "--start", "8", "--end", "25", "--code", "Openness").code()).isZero();
        try (TestServer server = TestServer.fresh("cli_push")) {
            String url = server.address().display();
            CliRun push = CliRun.of("push", folder, url);
            assertThat(push.code()).as(push.err()).isZero();
            assertThat(push.out()).contains("Pushed " + folder + " to " + url).contains("documents").contains("codings");
            CliRun pull = CliRun.of("pull", url, tmp.resolve("copy.passage").toString(), "--json");
            assertThat(pull.code()).as(pull.err()).isZero();
            assertThat(pull.json().get("rows").get("coding").asLong()).isEqualTo(1);
            assertThat(pull.json().get("rows").get("document").asLong()).isEqualTo(1);
            assertThat(CliRun.of("segments", tmp.resolve("copy.passage").toString(), "--code", "Openness", "--json").json().toString())
                .contains("talk openly");
            // offline work: code in the copy, then merge it back into the server project
            String copy = tmp.resolve("copy.passage").toString();
            assertThat(CliRun.of("code", copy, "--doc", "leader", "--start", "30", "--end", "45", "--code", "Openness",
                                 "--coder", "ann").code()).isZero();
            CliRun merge = CliRun.of("merge", url, copy, "--json");
            assertThat(merge.code()).as(merge.err()).isZero();
            assertThat(merge.json().get("added").get("codings").asInt()).isEqualTo(1);
            assertThat(CliRun.of("segments", url, "--code", "Openness", "--json").json().toString()).contains("istakes in this").contains("\"coder\":\"ann\"");
            CliRun mergeUrl = CliRun.of("merge", copy, url);
            assertThat(mergeUrl.code()).isEqualTo(3);
            assertThat(mergeUrl.err()).contains("pull it first");
            CliRun again = CliRun.of("pull", url, tmp.resolve("copy.passage").toString());
            assertThat(again.code()).isEqualTo(3);
            assertThat(again.err()).contains("exists already");
            CliRun wrongWay = CliRun.of("push", url, folder);
            assertThat(wrongWay.code()).isEqualTo(3);
            assertThat(wrongWay.err()).contains("pull");
        }
    }

    @Test
    void twoCodersCodeOneServerProjectAtOnceWithNoRefusals() throws Exception {
        try (TestServer server = TestServer.fresh("cli_two")) {
            String url = server.address().display();
            assertThat(CliRun.of("init", url, "--name", "Team", "--language", "en").code()).isZero();
            assertThat(CliRun.of("import", url, interviews(), "--coder", "lead").code()).isZero();
            assertThat(CliRun.of("codes", url, "add", "Openness", "--coder", "lead").code()).isZero();
            int each = 6;
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<List<CliRun>>> runs = new ArrayList<>();
                for (String coder : List.of("ann", "ben")) {
                    runs.add(pool.submit(() -> {
                        List<CliRun> done = new ArrayList<>();
                        for (int i = 0; i < each; i++) {
                            done.add(CliRun.of("code", url, "--doc", "leader", "--start", Integer.toString(i),
                                               "--end", Integer.toString(i + 10), "--code", "Openness", "--coder", coder));
                        }
                        return done;
                    }));
                }
                for (Future<List<CliRun>> f : runs) {
                    for (CliRun r : f.get()) {
                        assertThat(r.code()).as(r.err()).isZero();
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            try (Connection c = server.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT coder, COUNT(*) FROM coding GROUP BY coder ORDER BY coder")) {
                List<String> counts = new ArrayList<>();
                while (rs.next()) {
                    counts.add(rs.getString(1) + "=" + rs.getLong(2));
                }
                assertThat(counts).containsExactly("ann=" + each, "ben=" + each);
            }
        }
    }

    @Test
    void folderOnlyCommandsRefuseAUrlAndSayWhatToDo() {
        String url = "postgresql://ann@db.example.org/study";
        for (String[] args : List.of(new String[] {"backup", url}, new String[] {"backups", url},
                                     new String[] {"check", url}, new String[] {"encrypt", url},
                                     new String[] {"decrypt", url}, new String[] {"sample", url},
                                     new String[] {"restore", url, "--latest"})) {
            CliRun r = CliRun.of(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(3);
            assertThat(r.err()).as(String.join(" ", args)).contains("works on a project folder, not on a team project")
                               .contains(url);
        }
        assertThat(CliRun.of("backup", url).err()).contains("passage pull " + url);
    }

    @Test
    void aUrlWithAnUnknownParameterOrNoPasswordIsAnError() {
        CliRun unknown = CliRun.of("docs", "postgresql://ann@db.example.org/study?ssl_mode=require");
        assertThat(unknown.code()).isEqualTo(3);
        assertThat(unknown.err()).contains("unknown parameter \"ssl_mode\"");
        Passwords.serverCredentials = a -> Optional.empty();
        CliRun noPassword = CliRun.of("docs", "postgresql://ann@db.example.org/study");
        assertThat(noPassword.code()).isEqualTo(4);
        assertThat(noPassword.err()).contains("PGPASSWORD").contains("~/.pgpass");
    }
}
