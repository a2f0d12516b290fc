package dev.passage.bench;

import dev.passage.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The team load benchmark still runs and its consistency check holds (a smoke run of two coders; no timing is asserted). */
class TeamLoadBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void twoCodersCodeAtOnceAndNothingIsLostOrDoubled() throws Exception {
        assumeTrue(TestServer.available(), TestServer.VARIABLE + " is not set: no PostgreSQL server for the team load benchmark");
        String home = System.getProperty("passage.home");
        try {
            Map<String, Object> r = TeamLoadBenchmark.run(new TeamLoadBenchmark.Config(
                2, 2, System.getenv(TestServer.VARIABLE), Path.of("sample-projects/learning-culture/transcripts"), 3,
                dir.resolve("home"), 7, 1, true));
            assertThat((Long) r.get("edits")).isPositive();
            assertThat(r.get("refusals")).isEqualTo(0L);
            Map<String, Object> check = (Map<String, Object>) r.get("consistency");
            assertThat(check).containsEntry("lost", 0L).containsEntry("removedButPresent", 0L).containsEntry("duplicated", 0L)
                             .containsEntry("logDense", true).containsEntry("everyWriteOneVersion", true).containsEntry("ok", true);
            assertThat(TeamLoadReport.table(r)).contains("consistency: OK");
            assertThat(r).containsKey("versionRowProbe");
            // how fast the observer sees the probe is measured, not asserted (a shared machine makes it anything)
            assertThat((Map<String, Object>) r.get("probe")).containsEntry("failures", java.util.List.of());
            assertThat((Map<String, Object>) r.get("observerDrain")).containsEntry("drained", true);
            assertThat(r.get("versionRowProbe").toString()).doesNotContain("failures");
        } finally {
            if (home == null) {
                System.clearProperty("passage.home");
            } else {
                System.setProperty("passage.home", home);
            }
        }
    }
}
