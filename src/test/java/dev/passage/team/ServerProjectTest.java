package dev.passage.team;

import dev.passage.TestProjects;
import dev.passage.TestServer;
import dev.passage.errors.PassageException;
import dev.passage.model.Language;
import dev.passage.session.ProjectSession;
import dev.passage.store.ProjectAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A project in a database on a real PostgreSQL server: created, opened by two sessions at once, and refused where due. */
class ServerProjectTest {
    @TempDir
    Path dir;

    @Test
    void twoSessionsWorkOnOneServerProjectAtOnce() throws Exception {
        try (TestServer server = TestServer.fresh("team_open")) {
            try (ProjectSession lead = ProjectSession.initServer(server.address(), TestServer.password(), "Team study", Language.DA, "lene");
                 ProjectSession coder = ProjectSession.openServer(server.address(), TestServer.password(), "ben")) {
                assertThat(lead.shared()).isTrue();
                assertThat(coder.info().name()).isEqualTo("Team study");
                long doc = TestProjects.importText(lead, dir, "Interview 01", "Vi taler åbent om fejl i teamet.");
                var code = lead.codebook().addPath("Psychological safety", "#3366cc", null);
                coder.coding().apply(doc, 0, 20, code.id());
                assertThat(lead.retrieval().segments(lead.codebook().codebook(), code.id(), false)).hasSize(1);
                assertThat(coder.folder()).startsWith(dev.passage.errors.UserDataFolder.cache());
                assertThat(lead.address().display()).startsWith("postgresql://");
            }
        }
    }

    @Test
    void anEmptyDatabaseIsNotAProjectAndANonEmptyOneIsNotInitialised() throws Exception {
        try (TestServer server = TestServer.fresh("team_refuse")) {
            assertThatThrownBy(() -> ProjectSession.openServer(server.address(), TestServer.password(), "ben"))
                .isInstanceOf(PassageException.class).hasMessageContaining("holds no Passage project")
                .hasMessageContaining("passage init");
            try (var c = server.connect(); var st = c.createStatement()) {
                st.execute("CREATE TABLE something_else (id INT)");
            }
            assertThatThrownBy(() -> ProjectSession.initServer(server.address(), TestServer.password(), "X", Language.EN, "ben"))
                .isInstanceOf(PassageException.class).hasMessageContaining("is not empty (1 table(s))");
        }
    }

    @Test
    void aPushOrInitKilledAfterItsMigrationIsSaidWithWhatToDo() throws Exception {
        try (TestServer server = TestServer.fresh("team_half")) {
            // the state a kill leaves between the schema's migration and the transaction that writes the project
            var ds = new org.postgresql.ds.PGSimpleDataSource();
            ds.setUrl(server.address().jdbcUrl());
            ds.setUser(server.address().user());
            ds.setPassword(new String(TestServer.password()));
            org.flywaydb.core.Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            assertThatThrownBy(() -> ProjectSession.openServer(server.address(), TestServer.password(), "ben"))
                .isInstanceOf(PassageException.class).hasMessageContaining("was interrupted")
                .hasMessageContaining("dropdb, createdb");
        }
    }

    @Test
    void aWrongPasswordAndAMissingDatabaseAreSaidInWords() throws Exception {
        try (TestServer server = TestServer.fresh("team_words")) {
            assertThatThrownBy(() -> ProjectSession.openServer(server.address(), "wrong".toCharArray(), "ben"))
                .isInstanceOf(PassageException.class).hasMessageContaining("refused the login of");
            // reached, but no password given: not "could not be reached" (the workbench's dialog said so)
            assertThatThrownBy(() -> ProjectSession.openServer(server.address(), null, "ben"))
                .isInstanceOf(PassageException.class).hasMessageContaining("asks " + server.address().user() + " for a password")
                .hasMessageNotContaining("could not be reached");
            ProjectAddress.Server missing = server.address().onDatabase(server.database() + "_gone");
            assertThatThrownBy(() -> ProjectSession.openServer(missing, TestServer.password(), "ben"))
                .isInstanceOf(PassageException.class).hasMessageContaining("There is no database " + missing.database());
        }
    }

    @Test
    void addressesAreParsedStrictly() {
        var a = (ProjectAddress.Server) ProjectAddress.parse("postgresql://ann@db.example.org:6543/study?sslmode=verify-full");
        assertThat(a).isEqualTo(new ProjectAddress.Server("ann", "db.example.org", 6543, "study", Map.of("sslmode", "verify-full")));
        assertThat(a.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:6543/study?sslmode=verify-full");
        assertThat(ProjectAddress.parse("study.passage")).isEqualTo(new ProjectAddress.Folder(Path.of("study.passage")));
        assertThatThrownBy(() -> ProjectAddress.parse("postgresql://ann:secret@h/db")).hasMessageContaining("holds a password");
        assertThatThrownBy(() -> ProjectAddress.parse("postgresql://ann@h/db?ssl_mode=x")).hasMessageContaining("unknown parameter \"ssl_mode\"");
        assertThatThrownBy(() -> ProjectAddress.parse("postgresql://ann@h/")).hasMessageContaining("names no database");
        assertThatThrownBy(() -> ProjectAddress.parse("mysql://ann@h/db")).hasMessageContaining("is not a project address");
    }
}
