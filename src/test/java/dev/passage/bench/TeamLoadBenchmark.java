package dev.passage.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.passage.model.Language;
import dev.passage.session.ProjectSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The load test of team projects (issue 13): N simulated coders, each a thread with its OWN {@link ProjectSession} on one
 * server project (its own pool, index and coder name), apply and remove codings as fast as they can for a fixed time.
 * Meanwhile a probe session codes a passage with the code "Probe" about twice a second and an observer session polls its
 * own local search (a code filter on "Probe") until the passage shows, then until it is gone again after the probe
 * removes it: the time another client's search needs to see an edit (needs the live change feed). A sampler reads
 * pg_stat_activity every 20 ms to see what the writers wait for (every write bumps the one row project.data_version).
 * At the end: every coding a coder believes it holds exists exactly once, the removed ones are gone, and change_log's
 * versions are dense and count exactly the writes made. Last, {@link VersionRowProbe} runs bare JDBC transactions with and
 * without a shared version row, to tell whether that row serialises the writers.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:exec@bench-team [-Dbench.coders=2,5,10] [-Dbench.seconds=30]
 * [-Dbench.url=jdbc:postgresql://HOST:PORT/DB?user=U&password=P] [-Dbench.rowprobe.seconds=4] [-Dbench.feeds=off]}
 * (else PASSAGE_TEST_POSTGRES_URL). The role needs CREATEDB: each run makes a fresh database {@code bench_team_<random>}
 * and drops it after. Writes {@code team-N.json} (team-N-nofeeds.json with the coders' feeds off) into the output folder
 * (first argument) and a table to stdout. The classes of the run: {@link TeamStudy}, {@link SimulatedCoder},
 * {@link VisibilityProbe}, {@link WaitSampler}, {@link BenchDatabase} (the consistency check), {@link TeamLoadReport}.
 */
public final class TeamLoadBenchmark {
    static final String PROBE = "Probe";
    static final int CODES = 8;

    private TeamLoadBenchmark() {
    }

    /** What one run is: how many coders, for how long, against which server, with which documents. */
    record Config(int coders, int seconds, String jdbcUrl, Path corpus, int documents, Path home, long seed, int rowProbeSeconds,
                  boolean coderFeeds) {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        String url = System.getProperty("bench.url", "");
        if (url.isBlank()) {
            url = System.getenv("PASSAGE_TEST_POSTGRES_URL");
        }
        if (url == null || url.isBlank()) {
            System.err.println("No PostgreSQL server: set -Dbench.url=jdbc:postgresql://HOST:PORT/DB?user=U&password=P "
                               + "or PASSAGE_TEST_POSTGRES_URL (the role needs CREATEDB).");
            System.exit(2);
        }
        int seconds = Integer.parseInt(System.getProperty("bench.seconds", "30").strip());
        Path corpus = Path.of(System.getProperty("bench.corpus", "sample-projects/learning-culture/transcripts"));
        Files.createDirectories(out);
        System.out.printf(Locale.ROOT, "team load benchmark: %d s per run, %d cores, load average before %.2f%n", seconds,
                          Runtime.getRuntime().availableProcessors(), loadAverage());
        List<Map<String, Object>> results = new ArrayList<>();
        for (String n : System.getProperty("bench.coders", "2,5,10").split(",")) {
            int coders = Integer.parseInt(n.strip());
            Config config = new Config(coders, seconds, url, corpus, 8, out.resolve("home-" + coders), 13L * coders,
                                       Integer.parseInt(System.getProperty("bench.rowprobe.seconds", "4").strip()),
                                       !"off".equalsIgnoreCase(System.getProperty("bench.feeds", "on").strip()));
            Map<String, Object> r = run(config);
            Path json = out.resolve("team-" + coders + (config.coderFeeds() ? "" : "-nofeeds") + ".json");
            Files.writeString(json, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
            System.out.println(TeamLoadReport.table(r));
            System.out.println("written " + json);
            results.add(r);
        }
        System.out.println(TeamLoadReport.summary(results));
    }

    /** One run on a fresh database, dropped afterwards; the result as a JSON-able map. */
    static Map<String, Object> run(Config config) throws Exception {
        System.setProperty("passage.home", config.home().toAbsolutePath().toString());
        BenchDatabase server = BenchDatabase.create(config.jdbcUrl());
        try {
            return run(config, server);
        } finally {
            server.drop();
            deleteTree(config.home());
        }
    }

    private static Map<String, Object> run(Config config, BenchDatabase server) throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("coders", config.coders());
        r.put("seconds", config.seconds());
        r.put("cores", Runtime.getRuntime().availableProcessors());
        r.put("loadAverageBefore", round(loadAverage()));
        TeamStudy study;
        Clock setup = Clock.phase();
        try (ProjectSession lead = ProjectSession.initServer(server.address, server.password(), "Team load", Language.DA, "lead")) {
            study = TeamStudy.build(lead, config.corpus(), config.documents());
        }
        r.put("setup", setup.stop());
        r.put("documents", study.lengths().size());

        List<ProjectSession> sessions = new ArrayList<>();
        try {
            Clock open = Clock.phase();
            List<SimulatedCoder> coders = new ArrayList<>();
            for (int i = 0; i < config.coders(); i++) {
                ProjectSession s = ProjectSession.openServer(server.address, server.password(), "coder" + (i + 1));
                sessions.add(s);
                coders.add(new SimulatedCoder(s, study, new SplittableRandom(config.seed() * 1_000 + i)));
            }
            ProjectSession probeSession = ProjectSession.openServer(server.address, server.password(), "probe");
            sessions.add(probeSession);
            ProjectSession observer = ProjectSession.openServer(server.address, server.password(), "observer");
            sessions.add(observer);
            r.put("open", open.stop());
            // -Dbench.feeds=off: the coders and the probe do not follow each other (the observer still does), to see
            // what following costs when every session shares this JVM's two cores
            r.put("coderFeeds", config.coderFeeds());
            if (!config.coderFeeds()) {
                sessions.subList(0, sessions.size() - 1).forEach(s -> s.feed().close());
            }

            java.lang.management.ManagementFactory.getThreadMXBean().setThreadContentionMonitoringEnabled(true);
            long cpu0 = processCpuNanos();
            long v0 = server.dataVersion();
            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch go = new CountDownLatch(1);
            VisibilityProbe probe = new VisibilityProbe(probeSession, observer, study, new SplittableRandom(config.seed()), stop);
            WaitSampler sampler = new WaitSampler(server, stop, () -> observer.feed().lastSeen());
            List<Thread> threads = new ArrayList<>();
            for (SimulatedCoder c : coders) {
                threads.add(Thread.ofPlatform().name(c.session.coding().coder()).start(() -> c.run(go, stop)));
            }
            threads.add(Thread.ofPlatform().name("probe").start(() -> probe.run(go)));
            threads.add(Thread.ofPlatform().name("sampler").start(() -> sampler.run(go)));
            long t0 = System.nanoTime();
            go.countDown();
            Thread.sleep(config.seconds() * 1_000L);
            stop.set(true);
            for (Thread t : threads) {
                t.join(60_000);
            }
            double elapsed = (System.nanoTime() - t0) / 1e9;
            double processCpu = (processCpuNanos() - cpu0) / 1e9;
            r.put("observerDrain", drain(server, observer));
            r.put("loadAverageAfter", round(loadAverage()));
            r.put("elapsedSeconds", round(elapsed));

            Timings all = new Timings();
            Timings cpu = new Timings();
            long edits = 0;
            long refusals = 0;
            List<Map<String, Object>> per = new ArrayList<>();
            List<String> refusalMessages = new ArrayList<>();
            for (SimulatedCoder c : coders) {
                all.addAll(c.latency);
                cpu.addAll(c.cpu);
                edits += c.latency.count();
                refusals += c.refusals;
                refusalMessages.addAll(c.refusalMessages);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("coder", c.session.coding().coder());
                m.put("edits", c.latency.count());
                m.put("applied", c.applied);
                m.put("removed", c.removed);
                m.put("editsPerSecond", round(c.latency.count() / elapsed));
                m.put("latencyMs", c.latency.summary());
                m.put("cpuMsPerEdit", c.cpu.summary());
                m.put("refusals", c.refusals);
                m.put("blockedOnMonitorsMs", c.blockedMs);
                m.put("parkedMs", c.parkedMs);
                per.add(m);
            }
            r.put("edits", edits);
            r.put("editsPerSecond", round(edits / elapsed));
            r.put("latencyMs", all.summary());
            r.put("cpuMsPerEdit", cpu.summary());
            r.put("refusals", refusals);
            r.put("refusalMessages", refusalMessages.stream().distinct().limit(5).toList());
            r.put("perCoder", per);
            r.put("probe", probe.summary());
            // every session of the run lives in this one JVM: each edit is also applied to the other sessions' indexes here
            r.put("processCpuSeconds", round(processCpu));
            r.put("processCpuMsPerWrite", round(processCpu * 1_000 / Math.max(1, edits + probe.writes())));
            r.put("coderShareBlockedOnMonitors", round(coders.stream().mapToLong(c -> c.blockedMs).sum() / (elapsed * 1_000 * coders.size())));
            r.put("coderShareParked", round(coders.stream().mapToLong(c -> c.parkedMs).sum() / (elapsed * 1_000 * coders.size())));
            r.put("waits", sampler.summary());

            long v1 = server.dataVersion();
            long writes = edits + probe.writes();
            r.put("consistency", server.check(coders, writes, v0, v1));
        } finally {
            for (ProjectSession s : sessions) {
                try {
                    s.close();
                } catch (Exception e) {
                    System.err.println("closing a session: " + e);
                }
            }
        }
        if (config.rowProbeSeconds() > 0) {
            r.put("versionRowProbe", VersionRowProbe.run(server::connect, config.coders(), config.rowProbeSeconds()));
        }
        return r;
    }

    /**
     * The writers have stopped: how far behind the observer's feed is, and how fast it applies that backlog (the other
     * sessions' feeds drain theirs at the same time, in this JVM).
     */
    private static Map<String, Object> drain(BenchDatabase server, ProjectSession observer) throws Exception {
        long target = server.dataVersion();
        long behind = target - observer.feed().lastSeen();
        long t0 = System.nanoTime();
        long deadline = t0 + 120_000_000_000L;
        while (observer.feed().lastSeen() < target && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("versionsBehindAtStop", behind);
        m.put("drainMs", round(ms));
        m.put("drained", observer.feed().lastSeen() >= target);
        m.put("versionsPerSecond", behind > 0 ? round(behind * 1_000 / ms) : null);
        return m;
    }

    static void await(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
               ? os.getProcessCpuTime() : 0;
    }

    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (Exception e) {
            System.err.println("could not delete " + root + ": " + e.getMessage());
        }
    }
}
