package dev.passage.bench;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The kill -9 soak as a benchmark (issue 11): {@code mvn -q -B test-compile exec:exec@bench-crash -Dsoak.kills=500}.
 * Options: -Dsoak.kills (default 500), -Dsoak.seed (1), -Dsoak.interviews (300), -Dsoak.lineage (8 runs per project copy).
 * Prints the tally; exits 1 when a project became unopenable, an acknowledged edit was lost or the check found damage.
 */
public final class CrashSoak {
    private CrashSoak() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench-crash");
        var settings = new CrashSoakHarness.Settings(work, Integer.getInteger("soak.kills", 500), Long.getLong("soak.seed", 1L),
                                                     Integer.getInteger("soak.interviews", 300), Integer.getInteger("soak.lineage", 8),
                                                     4.0, System.out);
        CrashSoakHarness.Tally t = new CrashSoakHarness(settings).run();
        System.out.println(report(t, settings));
        boolean ok = t.unopenable == 0 && t.lostAcks == 0 && t.damagedFindings == 0 && t.brokenDocuments == 0;
        System.exit(ok ? 0 : 1);
    }

    static String report(CrashSoakHarness.Tally t, CrashSoakHarness.Settings s) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "runs %d, kills %d (%d before the project was open), completed %d, child failures %d%n",
                               t.runs, t.totalKills(), t.killsBeforeStart,
                               t.completed.values().stream().mapToInt(Integer::intValue).sum(),
                               t.childFailures.values().stream().mapToInt(Integer::intValue).sum()));
        b.append("| operation | kills | completed | child failures |\n|---|---:|---:|---:|\n");
        for (CrashSoakChild.Op op : CrashSoakChild.Op.values()) {
            b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d |%n", op.name().toLowerCase(Locale.ROOT), t.kills.getOrDefault(op, 0),
                                   t.completed.getOrDefault(op, 0), t.childFailures.getOrDefault(op, 0)));
        }
        b.append(String.format(Locale.ROOT, "project copies %d (%d started at schema V2), opens %d, unopenable %d, acknowledged edits %d,"
                                            + " lost %d, documents not whole %d, check findings: damaged %d, index %d; %.1f min, seed %d, %d interviews%n",
                               t.lineages, t.oldLineages, t.opens, t.unopenable, t.acks, t.lostAcks, t.brokenDocuments, t.damagedFindings,
                               t.repairableFindings, t.millis / 60000.0, s.seed(), s.seedInterviews()));
        for (String p : t.problems) {
            b.append("  ").append(p).append('\n');
        }
        return b.toString();
    }
}
