package dev.passage.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The short kill -9 soak (the long one is {@link CrashSoak}): 20 kills of child JVMs doing real work on a small project. */
class CrashSoakTest {
    @TempDir
    Path tmp;

    @Test
    void twentyKillsLeaveProjectsThatOpenWithEveryAcknowledgedEdit() throws Exception {
        var settings = new CrashSoakHarness.Settings(tmp, 20, 7L, 30, 5, 2.5, System.out);
        CrashSoakHarness.Tally t = new CrashSoakHarness(settings).run();
        String report = CrashSoak.report(t, settings);
        System.out.println(report);
        assertThat(t.totalKills()).isGreaterThanOrEqualTo(20);
        assertThat(t.acks).as("the children acknowledged edits").isPositive();
        assertThat(t.unopenable).as(report).isZero();
        assertThat(t.lostAcks).as(report).isZero();
        assertThat(t.brokenDocuments).as(report).isZero();
        assertThat(t.damagedFindings + t.repairableFindings).as(report).isZero();
        assertThat(t.childFailures).as(report).isEmpty();
    }
}
