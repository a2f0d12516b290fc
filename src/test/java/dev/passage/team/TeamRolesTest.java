package dev.passage.team;

import dev.passage.TestProjects;
import dev.passage.TestServer;
import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.model.Language;
import dev.passage.model.Memo.MemoTarget;
import dev.passage.session.ProjectSession;
import dev.passage.store.ProjectAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Leads and coders on a real PostgreSQL server: the set-up SQL runs, a coder codes and writes memos, and the server itself
 * refuses a coder's change of the codebook or the documents, which reaches the user in words; a lead may do both.
 */
class TeamRolesTest {
    @TempDir
    Path dir;

    @Test
    void theServerLetsCodersCodeAndOnlyLeadsChangeTheCodebook() throws Exception {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String leadLogin = "lead_" + suffix;
        String coderLogin = "coder_" + suffix;
        String coder2Login = "coder2_" + suffix;
        char[] pw = ("pw-" + suffix).toCharArray();
        List<String> roles = new ArrayList<>(List.of(leadLogin, coderLogin, coder2Login));
        TestServer server = TestServer.fresh("team_roles");
        try {
            try (Connection admin = TestServer.connectAdmin(); Statement st = admin.createStatement()) {
                for (String r : List.of(leadLogin, coderLogin, coder2Login)) {
                    st.execute("CREATE ROLE " + r + " LOGIN PASSWORD '" + new String(pw) + "'");
                }
            }
            roles.add(TeamRoles.groupRole(server.database(), TeamRoles.Role.LEAD));
            roles.add(TeamRoles.groupRole(server.database(), TeamRoles.Role.CODER));
            long doc;
            long codeId;
            try (ProjectSession owner = ProjectSession.initServer(server.address(), TestServer.password(), "Roles study", Language.EN, "olga")) {
                doc = TestProjects.importText(owner, dir, "Interview 01", "We talk openly about mistakes in the team.");
                codeId = owner.codebook().addPath("Safety", "#3366cc", null).id();
                String sql = owner.roles().setupSql();
                assertThat(sql).contains("CREATE ROLE \"" + server.database() + "_lead\" NOLOGIN")
                               .contains("GRANT INSERT, UPDATE, DELETE ON \"public\".\"coding\" TO \"" + server.database() + "_coder\"")
                               .doesNotContain("ON \"public\".\"code\" TO \"" + server.database() + "_coder\"");
                try (Connection c = server.connect(); Statement st = c.createStatement()) {
                    st.execute(sql);
                    st.execute(sql); // it may run again (after an upgrade) without failing
                }
                TeamRoles.Change lead = owner.roles().add(leadLogin, TeamRoles.Role.LEAD);
                assertThat(lead.granted()).isTrue();
                assertThat(lead.sqlToRun()).isNull();
            }
            ProjectAddress.Server asLead = server.address().as(leadLogin);
            ProjectAddress.Server asCoder = server.address().as(coderLogin);
            try (ProjectSession lead = ProjectSession.openServer(asLead, pw, leadLogin)) {
                // a lead (no CREATEROLE of their own) may make others coders
                assertThat(lead.roles().add(coderLogin, TeamRoles.Role.CODER).granted()).isTrue();
                // a lead may run the set-up again (after an upgrade made new tables), without the owner
                String again = lead.roles().setupSql();
                try (Connection c = java.sql.DriverManager.getConnection(asLead.jdbcUrl(), leadLogin, new String(pw));
                     Statement st = c.createStatement()) {
                    st.execute(again);
                }
                lead.codebook().addPath("Blame", "#cc3333", null);
                lead.codebook().rename(codeId, "Psychological safety");
            }
            try (ProjectSession coder = ProjectSession.openServer(asCoder, pw, coderLogin)) {
                var coding = coder.coding().apply(doc, 0, 7, codeId);
                coder.coding().setMemo(coding.id(), "openly: the team's word");
                coder.coding().remove(coding.id());
                coder.coding().apply(doc, 8, 14, codeId);
                var memo = coder.memos().add(MemoTarget.DOCUMENT, doc, "First read", "Mistakes come up early.");
                coder.memos().edit(memo.id(), "First read", "Mistakes come up early and often.");
                assertThat(coder.coding().forDocument(doc)).hasSize(1);

                assertThatThrownBy(() -> coder.codebook().rename(codeId, "Safe"))
                    .isInstanceOf(PassageException.class)
                    .hasMessageContaining("Only the project's leads may change the codebook; " + coderLogin + " is a coder in")
                    .satisfies(e -> assertThat(((PassageException) e).kind()).isEqualTo(ErrorKind.LOCKED));
                assertThatThrownBy(() -> coder.codebook().addPath("Mine", "#00aa00", null))
                    .hasMessageContaining("may change the codebook");
                assertThatThrownBy(() -> TestProjects.importText(coder, dir, "Interview 02", "Another one."))
                    .hasMessageContaining("may add, change or remove documents");
                assertThatThrownBy(() -> coder.roles().add(coder2Login, TeamRoles.Role.CODER))
                    .hasMessageContaining("may not change who is in the team");
                assertThat(coder.codebook().codebook().all()).extracting(c -> c.name())
                                                             .containsExactlyInAnyOrder("Psychological safety", "Blame");
            }
            try (ProjectSession lead = ProjectSession.openServer(asLead, pw, leadLogin)) {
                assertThat(lead.roles().members()).contains(
                    new TeamRoles.Member(leadLogin, TeamRoles.Role.LEAD, Set.of(TeamRoles.Role.LEAD)),
                    new TeamRoles.Member(coderLogin, TeamRoles.Role.CODER, Set.of(TeamRoles.Role.CODER)));
                TeamRoles.Change gone = lead.roles().remove(coderLogin);
                assertThat(gone.granted()).isTrue();
                assertThat(lead.roles().members()).extracting(TeamRoles.Member::name).doesNotContain(coderLogin);
            }
            assertThatThrownBy(() -> ProjectSession.openServer(asCoder, pw, coderLogin).close())
                .isInstanceOf(PassageException.class);
        } finally {
            server.close();
            try (Connection admin = TestServer.connectAdmin(); Statement st = admin.createStatement()) {
                for (String r : roles) {
                    st.execute("DROP ROLE IF EXISTS \"" + r + "\"");
                }
            }
        }
    }

    @Test
    void theSetUpSqlQuotesNamesAndGrantsCodersOnlyWhatCodingNeeds() {
        String sql = TeamRoles.setupSql("Study \"A\"", "public", List.of("code", "coding", "memo", "project", "team_member"),
                                        Map.of("coding", "public.coding_id_seq"));
        assertThat(sql).contains("CREATE ROLE \"Study \"\"A\"\"_lead\" NOLOGIN")
                       .contains("rolname = 'Study \"A\"_coder'")
                       .contains("ALTER TABLE \"public\".\"code\" OWNER TO \"Study \"\"A\"\"_lead\"")
                       .contains("GRANT SELECT ON ALL TABLES IN SCHEMA \"public\" TO \"Study \"\"A\"\"_coder\"")
                       .contains("GRANT USAGE ON SEQUENCE public.coding_id_seq")
                       .contains("GRANT UPDATE (data_version) ON \"public\".project")
                       .doesNotContain("edit_history\" TO"); // not a table of this schema: no grant for it
        assertThat(TeamRoles.groupRole("x".repeat(70), TeamRoles.Role.CODER)).hasSize(63).endsWith("_coder");
        assertThatThrownBy(() -> TeamRoles.Role.parse("boss")).hasMessageContaining("is not a role");
    }
}
