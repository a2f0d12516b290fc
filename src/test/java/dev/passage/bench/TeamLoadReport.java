package dev.passage.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The team load benchmark's table per run and its summary over the runs (markdown, as BENCHMARKS.md shows them). */
final class TeamLoadReport {
    private TeamLoadReport() {
    }

    @SuppressWarnings("unchecked")
    static String table(Map<String, Object> r) {
        StringBuilder sb = new StringBuilder();
        Map<String, Object> lat = (Map<String, Object>) r.get("latencyMs");
        Map<String, Object> probe = (Map<String, Object>) r.get("probe");
        Map<String, Object> seen = (Map<String, Object>) probe.get("seenOrTimeoutMs");
        Map<String, Object> waits = (Map<String, Object>) r.get("waits");
        Map<String, Object> check = (Map<String, Object>) r.get("consistency");
        sb.append(String.format(Locale.ROOT, "%n== %s coders, %s s (load average %s before, %s after) ==%n", r.get("coders"),
                                r.get("elapsedSeconds"), r.get("loadAverageBefore"), r.get("loadAverageAfter")));
        sb.append(String.format(Locale.ROOT, "edits %s (%s/s), refusals %s; edit latency ms p50 %s p95 %s p99 %s max %s%n",
                                r.get("edits"), r.get("editsPerSecond"), r.get("refusals"), lat.get("p50"), lat.get("p95"),
                                lat.get("p99"), lat.get("max")));
        for (Map<String, Object> c : (List<Map<String, Object>>) r.get("perCoder")) {
            Map<String, Object> l = (Map<String, Object>) c.get("latencyMs");
            sb.append(String.format(Locale.ROOT, "  %-8s %6s edits %7s/s  p50 %6s  p95 %6s  refusals %s%n", c.get("coder"),
                                    c.get("edits"), c.get("editsPerSecond"), l.get("p50"), l.get("p95"), c.get("refusals")));
        }
        Map<String, Object> cpu = (Map<String, Object>) r.get("cpuMsPerEdit");
        sb.append(String.format(Locale.ROOT, "coder thread CPU per edit ms: p50 %s p95 %s (the rest of the latency is waiting); "
                                             + "coder threads blocked on monitors %s, parked %s of the time; "
                                             + "whole JVM (all %s sessions) %s ms CPU per write%n",
                                cpu.get("p50"), cpu.get("p95"), r.get("coderShareBlockedOnMonitors"), r.get("coderShareParked"),
                                ((Integer) r.get("coders")) + 2, r.get("processCpuMsPerWrite")));
        sb.append(String.format(Locale.ROOT, "another client's search sees an edit: p50 %s ms, p95 %s ms (%s probes, %s unseen in 5 s, counted as 5000)%n",
                                seen.get("p50"), seen.get("p95"), probe.get("probes"), probe.get("unseenWithin5s")));
        Map<String, Object> lag = (Map<String, Object>) waits.get("observerLagVersions");
        Map<String, Object> stale = (Map<String, Object>) waits.get("observerStalenessMs");
        Map<String, Object> drain = (Map<String, Object>) r.get("observerDrain");
        sb.append(String.format(Locale.ROOT, "observer's feed behind the server: versions p50 %s p95 %s max %s; age of the oldest change "
                                             + "it has yet to apply ms p50 %s p95 %s max %s; at the stop %s behind, applied in %s ms (%s versions/s)%n",
                                lag.get("p50"), lag.get("p95"), lag.get("max"), stale.get("p50"), stale.get("p95"), stale.get("max"),
                                drain.get("versionsBehindAtStop"), drain.get("drainMs"), drain.get("versionsPerSecond")));
        sb.append(String.format(Locale.ROOT, "writers waiting on a lock: %s of samples, mean %s waiters of %s active; by wait: %s%n",
                                waits.get("shareOfSamplesWithALockWaiter"), waits.get("meanLockWaiters"),
                                waits.get("meanActiveBackends"), waits.get("activeBackendsBy")));
        sb.append(String.format(Locale.ROOT, "consistency: %s (held %s, lost %s, removed-but-present %s, duplicated %s, log dense %s, "
                                             + "%s writes = %s versions)%n",
                                Boolean.TRUE.equals(check.get("ok")) ? "OK" : "FAILED", check.get("held"), check.get("lost"),
                                check.get("removedButPresent"), check.get("duplicated"), check.get("logDense"),
                                check.get("writesMade"), check.get("versionsDuringRun")));
        Map<String, Object> row = (Map<String, Object>) r.get("versionRowProbe");
        if (row != null) {
            sb.append(String.format(Locale.ROOT, "bare JDBC, %s threads: insert only %s tx/s (p95 %s ms); + version row %s tx/s (p95 %s ms); "
                                                 + "+ log and notify %s tx/s (p95 %s ms)%n", row.get("threads"),
                                    tps(row, "insertOnly"), p95(row, "insertOnly"), tps(row, "insertAndVersionRow"),
                                    p95(row, "insertAndVersionRow"), tps(row, "insertVersionRowLogAndNotify"),
                                    p95(row, "insertVersionRowLogAndNotify")));
        }
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static Object tps(Map<String, Object> row, String variant) {
        return ((Map<String, Object>) row.get(variant)).get("transactionsPerSecond");
    }

    @SuppressWarnings("unchecked")
    private static Object p95(Map<String, Object> row, String variant) {
        return ((Map<String, Object>) ((Map<String, Object>) row.get(variant)).get("latencyMs")).get("p95");
    }

    @SuppressWarnings("unchecked")
    static String summary(List<Map<String, Object>> results) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
            "%n| coders | edits/s | per coder | p50 ms | p95 ms | p99 ms | CPU/edit p50 ms | refusals | search sees edit p50 / p95 ms "
            + "| observer staleness p50 / p95 ms | lock-wait samples | consistent | bare tx/s: insert / + version row / + log, notify |%n"
            + "|---|---|---|---|---|---|---|---|---|---|---|---|---|%n"));
        for (Map<String, Object> r : results) {
            Map<String, Object> lat = (Map<String, Object>) r.get("latencyMs");
            Map<String, Object> seen = (Map<String, Object>) ((Map<String, Object>) r.get("probe")).get("seenOrTimeoutMs");
            Map<String, Object> stale = (Map<String, Object>) ((Map<String, Object>) r.get("waits")).get("observerStalenessMs");
            Map<String, Object> waits = (Map<String, Object>) r.get("waits");
            int coders = (Integer) r.get("coders");
            Map<String, Object> row = (Map<String, Object>) r.get("versionRowProbe");
            String bare = row == null ? "-" : tps(row, "insertOnly") + " / " + tps(row, "insertAndVersionRow") + " / "
                                              + tps(row, "insertVersionRowLogAndNotify");
            sb.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %s | %s | %s / %s | %s / %s | %s | %s | %s |%n", coders,
                                    r.get("editsPerSecond"), TeamLoadBenchmark.round((Double) r.get("editsPerSecond") / coders), lat.get("p50"),
                                    lat.get("p95"), lat.get("p99"), ((Map<String, Object>) r.get("cpuMsPerEdit")).get("p50"),
                                    r.get("refusals"), seen.get("p50"), seen.get("p95"), stale.get("p50"), stale.get("p95"), waits.get("shareOfSamplesWithALockWaiter"),
                                    Boolean.TRUE.equals(((Map<String, Object>) r.get("consistency")).get("ok")) ? "yes" : "NO", bare));
        }
        return sb.toString();
    }
}
