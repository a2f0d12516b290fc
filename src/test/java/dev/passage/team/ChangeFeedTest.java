package dev.passage.team;

import dev.passage.TestProjects;
import dev.passage.TestServer;
import dev.passage.model.Language;
import dev.passage.search.SearchFilters;
import dev.passage.session.ProjectSession;
import dev.passage.store.ChangeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live side of a team project on a real PostgreSQL server: another session's edits reach this one's listeners and
 * search within seconds, who is working shows and goes, the feed outlives a dropped connection, and the local index
 * catches up from the change log at open (a gap rebuilds it).
 */
class ChangeFeedTest {
    private static final Duration DEADLINE = Duration.ofSeconds(5);
    private static final String TEXT = "Vi taler åbent om fejl i teamet. Lederen lytter, når nogen siger fra.";

    @TempDir
    Path dir;

    @Test
    void anotherSessionsCodingReachesTheListenersAndTheSearchWithinSeconds() throws Exception {
        try (TestServer server = TestServer.fresh("live_feed");
             ProjectSession ann = ProjectSession.initServer(server.address(), TestServer.password(), "Live", Language.DA, "ann")) {
            long doc = TestProjects.importText(ann, dir, "Interview 01", TEXT);
            var code = ann.codebook().addPath("Psychological safety", "#3366cc", null);
            try (ProjectSession ben = ProjectSession.openServer(server.address(), TestServer.password(), "ben")) {
                List<ChangeSet> heard = new CopyOnWriteArrayList<>();
                ben.addChangeListener(heard::add);
                SearchFilters byCode = new SearchFilters(List.of("Psychological safety"), List.of(), List.of(), List.of());
                assertThat(ben.search().search("fejl", byCode, 10).hits()).isEmpty();

                var coding = ann.coding().apply(doc, 0, 31, code.id());

                assertThat(within(DEADLINE, () -> heard.stream().anyMatch(c -> c.touchedDocuments().contains(doc)))).isTrue();
                assertThat(ben.search().search("fejl", byCode, 10).hits()).hasSize(1);
                assertThat(ben.retrieval().segments(ben.codebook().codebook(), code.id(), false)).hasSize(1);

                ann.coding().remove(coding.id());
                assertThat(within(DEADLINE, () -> searchFinds(ben, "fejl", byCode) == 0)).isTrue();
                // ben's own edits are not announced to him a second time
                heard.clear();
                ben.coding().apply(doc, 0, 31, code.id());
                long mine = ben.search().indexedVersion();
                assertThat(heard).hasSize(1);
                assertThat(within(DEADLINE, () -> feedOf(ben).lastSeen() >= mine)).isTrue();
                assertThat(heard).hasSize(1);
            }
        }
    }

    @Test
    void presenceListsTheOtherCoderAndDropsThemAfterClose() throws Exception {
        try (TestServer server = TestServer.fresh("live_presence");
             ProjectSession ann = ProjectSession.initServer(server.address(), TestServer.password(), "Live", Language.EN, "ann")) {
            assertThat(ann.team()).isInstanceOf(ServerPresence.class);
            List<String> told = new CopyOnWriteArrayList<>();
            ann.team().addListener(() -> told.add(String.join(",", ann.team().othersWorking())));
            Duration presence = ChangeFeed.POLL.multipliedBy(2).plus(DEADLINE);
            try (ProjectSession ben = ProjectSession.openServer(server.address(), TestServer.password(), "ben")) {
                assertThat(within(presence, () -> ann.team().othersWorking().equals(List.of("ben")))).isTrue();
                assertThat(within(presence, () -> ben.team().othersWorking().equals(List.of("ann")))).isTrue();
                assertThat(told).contains("ben");
                // File › Coder: the name on the server follows the session's coder
                // the server keeps only ASCII in application_name: a Danish name arrives whole all the same
                ben.coding().setCoder("Bente Søgård");
                assertThat(within(presence, () -> ann.team().othersWorking().equals(List.of("Bente Søgård")))).isTrue();
            }
            assertThat(within(presence, () -> ann.team().othersWorking().isEmpty())).isTrue();
            assertThat(told).last().isEqualTo("");
        }
    }

    @Test
    void theFeedSurvivesATerminatedConnectionAndCatchesUp() throws Exception {
        try (TestServer server = TestServer.fresh("live_reconnect");
             ProjectSession ann = ProjectSession.initServer(server.address(), TestServer.password(), "Live", Language.EN, "ann")) {
            long doc = TestProjects.importText(ann, dir, "Interview 01", "We talk openly about mistakes in the team.");
            var code = ann.codebook().addPath("Openness", "#3366cc", null);
            try (ProjectSession ben = ProjectSession.openServer(server.address(), TestServer.password(), "ben")) {
                assertThat(within(DEADLINE, () -> feedOf(ben).connected())).isTrue();
                try (Connection admin = server.connect();
                     PreparedStatement kill = admin.prepareStatement(
                         "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
                             + " AND application_name = '" + ServerPresence.applicationName("ben") + "'")) {
                    kill.execute();
                }
                ann.coding().apply(doc, 0, 20, code.id());
                SearchFilters byCode = new SearchFilters(List.of("Openness"), List.of(), List.of(), List.of());
                assertThat(within(Duration.ofSeconds(15), () -> searchFinds(ben, "mistakes", byCode) == 1)).isTrue();
                List<String> notices = new CopyOnWriteArrayList<>();
                assertThat(within(DEADLINE, () -> {
                    notices.addAll(ben.notices().drain());
                    return notices.stream().anyMatch(n -> n.startsWith("The connection to postgresql://"));
                })).isTrue();
                assertThat(notices).anyMatch(n -> n.startsWith("Lost the connection to postgresql://"));
                assertThat(notices).hasSize(2); // once when lost, once when back
                assertThat(feedOf(ben).connected()).isTrue();
            }
        }
    }

    @Test
    void theLocalIndexCatchesUpFromTheLogWithoutARebuildAndAGapRebuildsIt() throws Exception {
        try (TestServer server = TestServer.fresh("live_catchup");
             ProjectSession ann = ProjectSession.initServer(server.address(), TestServer.password(), "Live", Language.DA, "ann")) {
            long doc = TestProjects.importText(ann, dir, "Interview 01", TEXT);
            var code = ann.codebook().addPath("Listening", "#3366cc", null);
            try (ProjectSession ben = ProjectSession.openServer(server.address(), TestServer.password(), "ben")) {
                assertThat(ben.search().search("lytter", SearchFilters.NONE, 10).hits()).hasSize(1);
            }
            for (int i = 0; i < 5; i++) {
                var c = ann.coding().apply(doc, 33, 50, code.id());
                if (i < 4) {
                    ann.coding().remove(c.id());
                }
            }
            SearchFilters byCode = new SearchFilters(List.of("Listening"), List.of(), List.of(), List.of());
            try (ProjectSession ben = ProjectSession.openServer(server.address(), TestServer.password(), "ben")) {
                assertThat(ben.search().rebuilds()).as("caught up, not rebuilt").isZero();
                assertThat(ben.search().committedVersion()).isEqualTo(ann.search().indexedVersion());
                assertThat(ben.search().search("lytter", byCode, 10).hits()).hasSize(1);
            }
            ann.coding().apply(doc, 0, 31, code.id());
            try (Connection c = server.connect(); var st = c.createStatement()) {
                st.execute("DELETE FROM change_log"); // as after a push from a folder project: the log has a gap
            }
            try (ProjectSession ben = ProjectSession.openServer(server.address(), TestServer.password(), "ben")) {
                assertThat(ben.search().rebuilds()).as("a gap rebuilds").isEqualTo(1);
                assertThat(ben.search().search("fejl", byCode, 10).hits()).hasSize(1);
            }
        }
    }

    @Test
    void aRoleSeesAnotherRolesApplicationName() throws Exception {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String one = "live_one_" + suffix;
        String two = "live_two_" + suffix;
        try (TestServer server = TestServer.fresh("live_roles")) {
            try (Connection admin = TestServer.connectAdmin(); var st = admin.createStatement()) {
                st.execute("CREATE ROLE " + one + " LOGIN PASSWORD 'pw-" + suffix + "'");
                st.execute("CREATE ROLE " + two + " LOGIN PASSWORD 'pw-" + suffix + "'");
            }
            try (Connection as = login(server, two, suffix, "passage:" + two);
                 Connection me = login(server, one, suffix, "passage:" + one);
                 var q = me.prepareStatement(
                     "SELECT application_name FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
                         + " AND starts_with(application_name, 'passage:')")) {
                var seen = new java.util.ArrayList<String>();
                try (var rs = q.executeQuery()) {
                    while (rs.next()) {
                        seen.add(rs.getString(1));
                    }
                }
                assertThat(seen).contains("passage:" + two);
            } finally {
                try (Connection admin = TestServer.connectAdmin(); var st = admin.createStatement()) {
                    st.execute("DROP DATABASE IF EXISTS " + server.database() + " WITH (FORCE)");
                    st.execute("DROP ROLE IF EXISTS " + one);
                    st.execute("DROP ROLE IF EXISTS " + two);
                }
            }
        }
    }

    private static Connection login(TestServer server, String role, String suffix, String applicationName) throws Exception {
        Properties p = new Properties();
        p.setProperty("user", role);
        p.setProperty("password", "pw-" + suffix);
        p.setProperty("ApplicationName", applicationName);
        return DriverManager.getConnection("jdbc:postgresql://" + server.address().host() + ":" + server.address().port() + "/"
                                               + server.database(), p);
    }

    private static long searchFinds(ProjectSession s, String word, SearchFilters filters) {
        try {
            return s.search().search(word, filters, 10).totalHits();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ChangeFeed feedOf(ProjectSession s) {
        return s.feed();
    }

    /** Waits until {@code condition} holds or {@code limit} has passed; true when it held. */
    static boolean within(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < until) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(25);
        }
        return condition.getAsBoolean();
    }
}
