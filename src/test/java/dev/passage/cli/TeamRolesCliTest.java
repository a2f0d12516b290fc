package dev.passage.cli;

import dev.passage.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `passage team URL`: lists members, prints the set-up SQL, records a member; a folder is refused in words. */
class TeamRolesCliTest {
    @TempDir
    Path dir;

    @Test
    void teamListsPrintsTheSetUpSqlAndAddsAMember() throws Exception {
        try (TestServer server = TestServer.fresh("team_cli")) {
            Path pgpass = dir.resolve("pgpass");
            Files.writeString(pgpass, "*:*:*:" + server.address().user() + ":" + new String(TestServer.password()) + "\n");
            String before = System.getProperty("org.postgresql.pgpassfile");
            System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
            try {
                String url = server.address().display();
                try (var s = dev.passage.session.ProjectSession.initServer(server.address(), TestServer.password(), "Cli team",
                                                                           dev.passage.model.Language.EN, "olga")) {
                    assertThat(s.shared()).isTrue();
                }
                CliRun sql = CliRun.of("team", url, "--sql");
                assertThat(sql.code()).as(sql.err()).isZero();
                assertThat(sql.out()).contains("CREATE ROLE \"" + server.database() + "_coder\" NOLOGIN");

                CliRun empty = CliRun.of("team", url);
                assertThat(empty.code()).as(empty.err()).isZero();
                assertThat(empty.out()).contains("0 members").contains("--sql prints the SQL");

                // no roles set up yet: the member is recorded, and the SQL to grant the role is printed
                CliRun add = CliRun.of("team", url, "--add", "ann_nobody", "--role", "coder", "--json");
                assertThat(add.code()).as(add.err()).isZero();
                assertThat(add.json().path("granted").asBoolean()).isFalse();
                assertThat(add.json().path("roleMissing").asBoolean()).isTrue();
                assertThat(add.json().path("sqlToRun").asText()).contains("GRANT \"" + server.database() + "_coder\" TO \"ann_nobody\"");

                CliRun list = CliRun.of("team", url, "--json");
                assertThat(list.json().get(0).path("name").asText()).isEqualTo("ann_nobody");
                assertThat(list.json().get(0).path("role").asText()).isEqualTo("coder");

                CliRun bad = CliRun.of("team", url, "--add", "ann_nobody", "--role", "boss");
                assertThat(bad.code()).isEqualTo(3);
                assertThat(bad.err()).contains("boss is not a role");
            } finally {
                if (before == null) {
                    System.clearProperty("org.postgresql.pgpassfile");
                } else {
                    System.setProperty("org.postgresql.pgpassfile", before);
                }
            }
        }
    }

    @Test
    void aFolderHasNoTeam() {
        CliRun run = CliRun.of("team", dir.resolve("study.passage").toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("is a project folder: roles belong to team projects on a server");
    }
}
