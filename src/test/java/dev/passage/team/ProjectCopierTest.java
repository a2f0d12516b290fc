package dev.passage.team;

import dev.passage.TestServer;
import dev.passage.errors.PassageException;
import dev.passage.sample.SampleStudy;
import dev.passage.search.SearchFilters;
import dev.passage.session.ProjectSession;
import dev.passage.store.ProjectAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** push and pull between a folder project and a real PostgreSQL server: whole, atomic, and refused where due. */
class ProjectCopierTest {
    @TempDir
    Path dir;

    @Test
    void pushAndPullCopyEveryTableWhole() throws Exception {
        Path sample = sampleWithEveryTableFilled();
        Map<String, List<String>> original;
        String word;
        try (Connection c = TableDump.folder(sample)) {
            original = TableDump.dump(c);
            word = aWordOf(c);
        }
        // every table of the schema has rows here, so a table the copier left out shows as a difference below
        assertThat(TableDump.counts(original)).allSatisfy((table, n) -> assertThat(n).as(table).isPositive());
        try (TestServer server = TestServer.fresh("copy_round")) {
            Transfer pushed = ProjectCopier.push(sample, null, server.address(), TestServer.password());
            assertThat(pushed.rows().keySet()).containsExactlyInAnyOrderElementsOf(original.keySet());
            original.forEach((table, rows) -> assertThat(pushed.count(table)).as(table).isEqualTo(rows.size()));
            assertThat(pushed.rows().keySet().stream().toList().indexOf("code"))
                .isLessThan(pushed.rows().keySet().stream().toList().indexOf("coding"));
            try (Connection c = server.connect()) {
                assertSameTables(TableDump.dump(c), original);
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM change_log")) {
                    rs.next();
                    assertThat(rs.getLong(1)).isZero();
                }
            }

            Path pulled = dir.resolve("copies").resolve("pulled.passage");
            Transfer back = ProjectCopier.pull(server.address(), TestServer.password(), pulled);
            assertThat(back.total()).isEqualTo(pushed.total());
            try (var siblings = Files.list(pulled.getParent())) {
                assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("pulled.passage");
            }
            try (Connection c = TableDump.folder(pulled)) {
                assertSameTables(TableDump.dump(c), original);
            }

            long hits;
            try (ProjectSession s = ProjectSession.open(sample, "anna")) {
                hits = s.search().search(word, SearchFilters.NONE, 10).totalHits();
            }
            assertThat(hits).isPositive();
            try (ProjectSession s = ProjectSession.open(pulled, "anna")) {
                assertThat(s.search().search(word, SearchFilters.NONE, 10).totalHits()).isEqualTo(hits);
                var code = s.codebook().addPath("After the pull", "#112233", null); // ids go on past the copied ones
                assertThat(code.id()).isGreaterThan(maxId(original.get("code")));
            }
            try (ProjectSession s = ProjectSession.openServer(server.address(), TestServer.password(), "ben")) {
                assertThat(s.search().search(word, SearchFilters.NONE, 10).totalHits()).isEqualTo(hits);
                var code = s.codebook().addPath("After the push", "#112233", null);
                assertThat(code.id()).isGreaterThan(maxId(original.get("code")));
            }
        }
    }

    @Test
    void aDatabaseThatIsNotEmptyIsLeftAsItWas() throws Exception {
        Path sample = dir.resolve("sample.passage");
        SampleStudy.build(sample, false);
        try (TestServer server = TestServer.fresh("copy_full")) {
            try (Connection c = server.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE notes (id INT)");
                st.execute("INSERT INTO notes VALUES (7)");
            }
            assertThatThrownBy(() -> ProjectCopier.push(sample, null, server.address(), TestServer.password()))
                .isInstanceOf(PassageException.class).hasMessageContaining("is not empty (1 table(s))");
            try (Connection c = server.connect()) {
                assertThat(TableDump.counts(TableDump.dump(c))).isEqualTo(Map.of("notes", 1));
            }
        }
    }

    @Test
    void aFailedPushLeavesTheDatabaseEmptyAndNamesTheTable() throws Exception {
        Path sample = dir.resolve("sample.passage");
        SampleStudy.build(sample, false);
        try (Connection c = TableDump.folder(sample); Statement st = c.createStatement()) {
            st.execute("UPDATE memo SET body = 'a NUL ' || CHAR(0) || ' PostgreSQL refuses' WHERE id = (SELECT MIN(id) FROM memo)");
        }
        try (TestServer server = TestServer.fresh("copy_fail")) {
            assertThatThrownBy(() -> ProjectCopier.push(sample, null, server.address(), TestServer.password()))
                .isInstanceOf(PassageException.class).hasMessageContaining("Copying the table memo failed");
            try (Connection c = server.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }

    @Test
    void aRoleThatMayNotCreateTablesIsToldWhichGrantItNeeds() throws Exception {
        Path sample = dir.resolve("sample.passage");
        SampleStudy.build(sample, false);
        String role = "pusher_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        try (TestServer server = TestServer.fresh("copy_grant")) {
            try (Connection c = TestServer.connectAdmin(); Statement st = c.createStatement()) {
                st.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'pw'");
            }
            try {
                try (Connection c = server.connect(); Statement st = c.createStatement()) {
                    st.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC"); // as PostgreSQL 15 has it by default
                }
                assertThatThrownBy(() -> ProjectCopier.push(sample, null, server.address().as(role), "pw".toCharArray()))
                    .isInstanceOf(PassageException.class).hasMessageContaining(role + " may not create tables")
                    .hasMessageContaining("GRANT CREATE ON SCHEMA public TO " + role);
                try (Connection c = server.connect(); Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
                    rs.next();
                    assertThat(rs.getLong(1)).isZero();
                }
            } finally {
                server.close();
                try (Connection c = TestServer.connectAdmin(); Statement st = c.createStatement()) {
                    st.execute("DROP ROLE IF EXISTS " + role);
                }
            }
        }
    }

    @Test
    void aPullIntoAnExistingFolderIsRefusedAndAFailedOneLeavesNothing() throws Exception {
        Path existing = Files.createDirectories(dir.resolve("there.passage"));
        var nowhere = (ProjectAddress.Server) ProjectAddress.parse("postgresql://nobody@127.0.0.1:1/none?connectTimeout=2");
        assertThatThrownBy(() -> ProjectCopier.pull(nowhere, null, existing)).hasMessageContaining("exists already");
        assertThatThrownBy(() -> ProjectCopier.pull(nowhere, null, dir.resolve("new.passage")))
            .isInstanceOf(PassageException.class).hasMessageContaining("could not be reached");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("there.passage");
        }
    }

    /** The sample, plus a row in each table the sample leaves empty, a blind lock, and a code whose parent has a larger id. */
    private Path sampleWithEveryTableFilled() throws Exception {
        Path sample = dir.resolve("sample.passage");
        SampleStudy.build(sample, true);
        try (Connection c = TableDump.folder(sample); Statement st = c.createStatement()) {
            st.execute("INSERT INTO coder (name) VALUES ('anna')");
            st.execute("INSERT INTO team_member (name, role) VALUES ('anna', 'lead')");
            st.execute("INSERT INTO document_set (name) VALUES ('Round one')");
            st.execute("INSERT INTO document_set_member (set_id, document_id) SELECT s.id, MIN(d.id) FROM document_set s, document d GROUP BY s.id");
            st.execute("INSERT INTO adjudication (document_id, code_id, start_offset, end_offset, coder_a, coder_b, consensus, decision,"
                       + " note, decided_by, decided_at) SELECT document_id, code_id, start_offset, end_offset, 'anna', 'ben', 'anna', 'A',"
                       + " 'kept', 'anna', created FROM coding WHERE id = (SELECT MIN(id) FROM coding)");
            st.execute("UPDATE project SET blind_lead = 'anna', blind_since = CURRENT_TIMESTAMP");
            st.execute("INSERT INTO code (id, name, colour) VALUES (5000, 'Late parent', '#654321')");
            st.execute("UPDATE code SET parent_id = 5000 WHERE id = (SELECT MIN(id) FROM code WHERE parent_id IS NULL AND id <> 5000)");
        }
        return sample;
    }

    private static String aWordOf(Connection c) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT body FROM document ORDER BY id LIMIT 1")) {
            rs.next();
            return Arrays.stream(rs.getString(1).split("[^\\p{L}]+")).limit(40).max(Comparator.comparingInt(String::length))
                         .orElseThrow();
        }
    }

    private static long maxId(List<String> rows) {
        return rows.stream().mapToLong(r -> Long.parseLong(r.replaceAll(".*[{ ]id=(\\d+).*", "$1"))).max().orElse(0);
    }

    private static void assertSameTables(Map<String, List<String>> copy, Map<String, List<String>> original) {
        assertThat(copy.keySet()).containsExactlyInAnyOrderElementsOf(original.keySet());
        original.forEach((table, rows) -> assertThat(copy.get(table)).as(table).containsExactlyElementsOf(rows));
    }
}
