package dev.passage.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.passage.importer.ImportListener;
import dev.passage.model.Coding;
import dev.passage.model.Language;
import dev.passage.search.KwicHit;
import dev.passage.search.SearchFilters;
import dev.passage.session.ProjectSession;
import dev.passage.store.ProjectAddress;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
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
 * [-Dbench.url=jdbc:postgresql://HOST:PORT/DB?user=U&password=P] [-Dbench.rowprobe.seconds=4] [-Dbench.feeds=off]} (else PASSAGE_TEST_POSTGRES_URL). The role needs
 * CREATEDB: each run makes a fresh database {@code bench_team_<random>} and drops it after. Writes
 * {@code team-N.json} into the output folder (first argument) and a table to stdout.
 */
public final class TeamLoadBenchmark {
    static final String PROBE = "Probe";
    static final int CODES = 8;
    private static final long SEEN_TIMEOUT_MS = 5_000;
    /** How often the observer searches while waiting (each search also reads the codebook from the server). */
    private static final long POLL_MS = 10;

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
            System.out.println(table(r));
            System.out.println("written " + json);
            results.add(r);
        }
        System.out.println(summary(results));
    }

    /** One run on a fresh database, dropped afterwards; the result as a JSON-able map. */
    static Map<String, Object> run(Config config) throws Exception {
        System.setProperty("passage.home", config.home().toAbsolutePath().toString());
        Server server = Server.create(config.jdbcUrl());
        try {
            return run(config, server);
        } finally {
            server.drop();
            deleteTree(config.home());
        }
    }

    private static Map<String, Object> run(Config config, Server server) throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("coders", config.coders());
        r.put("seconds", config.seconds());
        r.put("cores", Runtime.getRuntime().availableProcessors());
        r.put("loadAverageBefore", round(loadAverage()));
        Study study;
        Clock setup = Clock.phase();
        try (ProjectSession lead = ProjectSession.initServer(server.address, server.password(), "Team load", Language.DA, "lead")) {
            study = Study.build(lead, config.corpus(), config.documents());
        }
        r.put("setup", setup.stop());
        r.put("documents", study.lengths.size());

        List<ProjectSession> sessions = new ArrayList<>();
        try {
            Clock open = Clock.phase();
            List<CoderRun> coders = new ArrayList<>();
            for (int i = 0; i < config.coders(); i++) {
                ProjectSession s = ProjectSession.openServer(server.address, server.password(), "coder" + (i + 1));
                sessions.add(s);
                coders.add(new CoderRun(s, study, new SplittableRandom(config.seed() * 1_000 + i)));
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
            Probe probe = new Probe(probeSession, observer, study, new SplittableRandom(config.seed()), stop);
            WaitSampler sampler = new WaitSampler(server, stop, () -> observer.feed().lastSeen());
            List<Thread> threads = new ArrayList<>();
            for (CoderRun c : coders) {
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

            Samples all = new Samples();
            Samples cpu = new Samples();
            long edits = 0;
            long refusals = 0;
            List<Map<String, Object>> per = new ArrayList<>();
            List<String> refusalMessages = new ArrayList<>();
            for (CoderRun c : coders) {
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
    private static Map<String, Object> drain(Server server, ProjectSession observer) throws Exception {
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

    /** The documents the coders code in (ids and text lengths) and the codes they use. */
    record Study(List<Long> ids, Map<Long, Integer> lengths, List<Long> codes, long probeCode) {
        static Study build(ProjectSession lead, Path corpus, int documents) throws Exception {
            List<Path> files;
            try (var list = Files.list(corpus)) {
                files = list.filter(p -> p.toString().endsWith(".txt")).sorted().limit(documents).toList();
            }
            if (files.isEmpty()) {
                throw new IllegalStateException("no .txt transcripts in " + corpus.toAbsolutePath() + " (-Dbench.corpus=FOLDER)");
            }
            lead.imports().importPaths(files, ImportListener.NONE);
            List<Long> codes = new ArrayList<>();
            for (int i = 1; i <= CODES; i++) {
                codes.add(lead.codebook().addPath("Load/Code " + i, "#3366cc", null).id());
            }
            long probe = lead.codebook().addPath(PROBE, "#cc3333", null).id();
            Map<Long, Integer> lengths = new LinkedHashMap<>();
            for (var d : lead.documents().summaries()) {
                lengths.put(d.id(), lead.documents().text(d.id()).orElseThrow().length());
            }
            return new Study(List.copyOf(lengths.keySet()), lengths, List.copyOf(codes), probe);
        }

        /** A random range of 20-200 characters in a random document: {document, start, end}. */
        long[] range(SplittableRandom random) {
            long doc = ids.get(random.nextInt(ids.size()));
            int length = lengths.get(doc);
            int span = Math.min(length, 20 + random.nextInt(181));
            int start = random.nextInt(Math.max(1, length - span + 1));
            return new long[] {doc, start, start + span};
        }
    }

    /** What one coding is, for finding duplicates: the coder's own, by content. */
    record Held(long documentId, int start, int end, long codeId) {
        static Held of(Coding c) {
            return new Held(c.documentId(), c.start(), c.end(), c.codeId());
        }
    }

    /** One simulated coder: applies (about 60 %) and removes its own codings in a closed loop, no think time. */
    static final class CoderRun {
        final ProjectSession session;
        final Study study;
        final SplittableRandom random;
        final Samples latency = new Samples();
        /** The coder thread's own CPU time per edit: what is left of the latency is waiting (server, locks, other threads). */
        final Samples cpu = new Samples();
        final Map<Long, Held> held = new LinkedHashMap<>();
        final List<Long> heldIds = new ArrayList<>();
        final List<String> refusalMessages = new ArrayList<>();
        long applied;
        long removed;
        long refusals;
        /** The coder thread's time blocked on monitors (synchronized) and parked (locks, the connection pool), ms. */
        long blockedMs;
        long parkedMs;

        CoderRun(ProjectSession session, Study study, SplittableRandom random) {
            this.session = session;
            this.study = study;
            this.random = random;
        }

        void run(CountDownLatch go, AtomicBoolean stop) {
            await(go);
            while (!stop.get()) {
                boolean apply = heldIds.isEmpty() || heldIds.size() < 40 && random.nextInt(10) < 6;
                long t0 = System.nanoTime();
                long c0 = Clock.cpuNow();
                try {
                    if (apply) {
                        long[] range = study.range(random);
                        long code = study.codes().get(random.nextInt(study.codes().size()));
                        Held h = new Held(range[0], (int) range[1], (int) range[2], code);
                        if (held.containsValue(h)) {
                            continue; // the coder already holds exactly this coding: pick another
                        }
                        Coding c = session.coding().apply(h.documentId(), h.start(), h.end(), h.codeId());
                        latency.add((System.nanoTime() - t0) / 1e6);
                        cpu.add((Clock.cpuNow() - c0) / 1e6);
                        held.put(c.id(), Held.of(c));
                        heldIds.add(c.id());
                        applied++;
                    } else {
                        int i = random.nextInt(heldIds.size());
                        long id = heldIds.get(i);
                        session.coding().remove(id);
                        latency.add((System.nanoTime() - t0) / 1e6);
                        cpu.add((Clock.cpuNow() - c0) / 1e6);
                        heldIds.set(i, heldIds.getLast());
                        heldIds.removeLast();
                        held.remove(id);
                        removed++;
                    }
                } catch (RuntimeException e) {
                    refusals++;
                    if (refusalMessages.size() < 5) {
                        refusalMessages.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                }
            }
            var info = java.lang.management.ManagementFactory.getThreadMXBean().getThreadInfo(Thread.currentThread().threadId());
            blockedMs = info.getBlockedTime();
            parkedMs = info.getWaitedTime();
        }
    }

    /**
     * The probe: codes a passage with "Probe", then waits until the observer's search with the code filter "Probe" finds it
     * (time from the probe's commit), removes it and waits until the search no longer finds it.
     */
    static final class Probe {
        private final ProjectSession writer;
        private final ProjectSession observer;
        private final Study study;
        private final SplittableRandom random;
        private final AtomicBoolean stop;
        final Samples seen = new Samples();
        /** As {@link #seen}, with each probe not seen in time counted as the timeout: percentiles that do not hide the misses. */
        final Samples seenCensored = new Samples();
        final Samples gone = new Samples();
        long unseen;
        long notGone;
        long writes;
        final List<String> failures = new ArrayList<>();

        Probe(ProjectSession writer, ProjectSession observer, Study study, SplittableRandom random, AtomicBoolean stop) {
            this.writer = writer;
            this.observer = observer;
            this.study = study;
            this.random = random;
            this.stop = stop;
        }

        long writes() {
            return writes;
        }

        void run(CountDownLatch go) {
            await(go);
            SearchFilters filter = new SearchFilters(List.of(PROBE), List.of(), List.of(), List.of());
            while (!stop.get()) {
                try {
                    long[] range = study.range(random);
                    Coding c = writer.coding().apply(range[0], (int) range[1], (int) range[2], study.probeCode());
                    writes++;
                    long t0 = System.nanoTime();
                    if (waitFor(filter, c, true)) {
                        double ms = (System.nanoTime() - t0) / 1e6;
                        seen.add(ms);
                        seenCensored.add(ms);
                    } else {
                        unseen++;
                        seenCensored.add(SEEN_TIMEOUT_MS);
                    }
                    writer.coding().remove(c.id());
                    writes++;
                    long t1 = System.nanoTime();
                    if (waitFor(filter, c, false)) {
                        gone.add((System.nanoTime() - t1) / 1e6);
                    } else {
                        notGone++;
                    }
                    Thread.sleep(200 + random.nextInt(200));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    if (failures.size() < 5) {
                        failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                }
            }
        }

        /** Polls the observer's search every {@link #POLL_MS} ms until the coding's passage is found ({@code present}) or not; false on timeout. */
        private boolean waitFor(SearchFilters filter, Coding c, boolean present) throws Exception {
            long deadline = System.nanoTime() + SEEN_TIMEOUT_MS * 1_000_000;
            while (System.nanoTime() < deadline) {
                boolean found = false;
                for (KwicHit h : observer.search().search("", filter, 0).hits()) {
                    if (h.documentId() == c.documentId() && h.segmentStart() < c.end() && h.segmentEnd() > c.start()) {
                        found = true;
                        break;
                    }
                }
                if (found == present) {
                    return true;
                }
                Thread.sleep(POLL_MS);
            }
            return false;
        }

        Map<String, Object> summary() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("probes", seen.count() + unseen);
            m.put("seenMs", seen.summary());
            m.put("seenOrTimeoutMs", seenCensored.summary());
            m.put("unseenWithin5s", unseen);
            m.put("goneMs", gone.summary());
            m.put("notGoneWithin5s", notGone);
            m.put("failures", failures);
            return m;
        }
    }

    /** Samples what Passage's backends wait for (pg_stat_activity) every 20 ms during the run. */
    static final class WaitSampler {
        private final Server server;
        private final AtomicBoolean stop;
        private final java.util.function.LongSupplier observerSeen;
        /** How many versions the observer's feed has yet to apply (the project's data version minus what it applied). */
        final Samples observerLag = new Samples();
        /** How old the oldest change the observer has yet to apply is (0 when it is up to date), ms by the server's clock. */
        final Samples observerStaleness = new Samples();
        long samples;
        long samplesWithLockWait;
        long lockWaiters;
        long active;
        final Map<String, Long> events = new TreeMap<>();
        String failure;

        WaitSampler(Server server, AtomicBoolean stop, java.util.function.LongSupplier observerSeen) {
            this.server = server;
            this.stop = stop;
            this.observerSeen = observerSeen;
        }

        void run(CountDownLatch go) {
            await(go);
            try (Connection c = server.connect(); Statement st = c.createStatement()) {
                while (!stop.get()) {
                    long waiting = 0;
                    try (ResultSet rs = st.executeQuery(
                        "SELECT state, wait_event_type, wait_event FROM pg_stat_activity WHERE datname = current_database() "
                        + "AND pid <> pg_backend_pid() AND application_name LIKE 'passage%' AND state = 'active'")) {
                        while (rs.next()) {
                            active++;
                            String type = rs.getString(2);
                            String event = type == null ? "CPU" : type + ":" + rs.getString(3);
                            events.merge(event, 1L, Long::sum);
                            if ("Lock".equals(type)) {
                                waiting++;
                            }
                        }
                    }
                    long seen = observerSeen.getAsLong();
                    try (ResultSet rs = st.executeQuery(
                        "SELECT data_version, (SELECT EXTRACT(EPOCH FROM (clock_timestamp() - at)) * 1000 FROM change_log "
                        + "WHERE version = " + (seen + 1) + ") FROM project")) {
                        rs.next();
                        observerLag.add(Math.max(0, rs.getLong(1) - seen));
                        observerStaleness.add(Math.max(0, rs.getDouble(2)));
                    }
                    samples++;
                    lockWaiters += waiting;
                    if (waiting > 0) {
                        samplesWithLockWait++;
                    }
                    Thread.sleep(20);
                }
            } catch (SQLException e) {
                failure = e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        Map<String, Object> summary() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("samples", samples);
            m.put("shareOfSamplesWithALockWaiter", samples == 0 ? 0 : round((double) samplesWithLockWait / samples));
            m.put("meanLockWaiters", samples == 0 ? 0 : round((double) lockWaiters / samples));
            m.put("meanActiveBackends", samples == 0 ? 0 : round((double) active / samples));
            Map<String, Long> sorted = new LinkedHashMap<>();
            events.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                  .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            m.put("activeBackendsBy", sorted);
            m.put("observerLagVersions", observerLag.summary());
            m.put("observerStalenessMs", observerStaleness.summary());
            if (failure != null) {
                m.put("failure", failure);
            }
            return m;
        }
    }

    /** The fresh database of one run, made and dropped through the URL's role; direct JDBC for the checks. */
    static final class Server {
        private final String adminUrl;
        private final String database;
        final ProjectAddress.Server address;
        private final String user;
        private final String password;

        private Server(String adminUrl, String database) {
            this.adminUrl = adminUrl;
            this.database = database;
            URI uri = URI.create(adminUrl.substring("jdbc:".length()));
            this.user = query(uri, "user");
            this.password = query(uri, "password");
            this.address = new ProjectAddress.Server(user, uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database, Map.of());
        }

        static Server create(String adminUrl) throws SQLException {
            String db = "bench_team_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            try (Connection c = DriverManager.getConnection(adminUrl); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + db);
            }
            return new Server(adminUrl, db);
        }

        char[] password() {
            return password == null ? null : password.toCharArray();
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(address.jdbcUrl(), user, password);
        }

        long dataVersion() throws SQLException {
            try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT data_version FROM project")) {
                rs.next();
                return rs.getLong(1);
            }
        }

        /**
         * The consistency check: per coder, the codings in the database against those it believes it holds (lost = held
         * but missing, extra = in the database but removed by the coder, duplicated = the same coding twice); the log's
         * versions dense and as many new versions as writes were made.
         */
        Map<String, Object> check(List<CoderRun> coders, long writes, long v0, long v1) throws SQLException {
            Map<String, Object> m = new LinkedHashMap<>();
            long lost = 0;
            long extra = 0;
            long duplicated = 0;
            long held = 0;
            try (Connection c = connect()) {
                for (CoderRun coder : coders) {
                    Map<Long, Held> rows = new HashMap<>();
                    Map<Held, Integer> byContent = new HashMap<>();
                    try (var ps = c.prepareStatement("SELECT id, document_id, start_offset, end_offset, code_id FROM coding WHERE coder = ?")) {
                        ps.setString(1, coder.session.coding().coder());
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                Held h = new Held(rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getLong(5));
                                rows.put(rs.getLong(1), h);
                                byContent.merge(h, 1, Integer::sum);
                            }
                        }
                    }
                    held += coder.held.size();
                    for (var e : coder.held.entrySet()) {
                        if (!e.getValue().equals(rows.get(e.getKey()))) {
                            lost++;
                        }
                    }
                    for (Long id : rows.keySet()) {
                        if (!coder.held.containsKey(id)) {
                            extra++;
                        }
                    }
                    for (int n : byContent.values()) {
                        duplicated += n - 1;
                    }
                }
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT COUNT(*), MIN(version), MAX(version) FROM change_log")) {
                    rs.next();
                    long count = rs.getLong(1);
                    long min = rs.getLong(2);
                    long max = rs.getLong(3);
                    m.put("logEntries", count);
                    m.put("logDense", count == max - min + 1 && max == v1);
                }
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM coding WHERE coder = 'probe'")) {
                    rs.next();
                    m.put("probeCodingsLeft", rs.getLong(1));
                }
            }
            m.put("held", held);
            m.put("lost", lost);
            m.put("removedButPresent", extra);
            m.put("duplicated", duplicated);
            m.put("writesMade", writes);
            m.put("versionsDuringRun", v1 - v0);
            m.put("everyWriteOneVersion", v1 - v0 == writes);
            m.put("ok", lost == 0 && extra == 0 && duplicated == 0 && Boolean.TRUE.equals(m.get("logDense")) && v1 - v0 == writes);
            return m;
        }

        void drop() throws SQLException {
            try (Connection c = DriverManager.getConnection(adminUrl); Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }

        private static String query(URI uri, String name) {
            String q = uri.getQuery();
            if (q != null) {
                for (String pair : q.split("&")) {
                    if (pair.startsWith(name + "=")) {
                        return pair.substring(name.length() + 1);
                    }
                }
            }
            return null;
        }
    }

    /** Timings in milliseconds, growing as needed, and their percentiles. */
    static final class Samples {
        private double[] values = new double[1024];
        private int n;

        synchronized void add(double ms) {
            if (n == values.length) {
                values = java.util.Arrays.copyOf(values, n * 2);
            }
            values[n++] = ms;
        }

        synchronized void addAll(Samples other) {
            for (int i = 0; i < other.n; i++) {
                add(other.values[i]);
            }
        }

        synchronized int count() {
            return n;
        }

        synchronized double p(double q) {
            if (n == 0) {
                return Double.NaN;
            }
            double[] v = java.util.Arrays.copyOf(values, n);
            java.util.Arrays.sort(v);
            return v[Math.max(0, (int) Math.ceil(q * n) - 1)];
        }

        Map<String, Object> summary() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("n", count());
            // null (not 0) when nothing was measured, e.g. no probe was seen
            m.put("p50", count() == 0 ? null : round(p(0.50)));
            m.put("p95", count() == 0 ? null : round(p(0.95)));
            m.put("p99", count() == 0 ? null : round(p(0.99)));
            m.put("max", count() == 0 ? null : round(p(1.0)));
            return m;
        }
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
                                    r.get("editsPerSecond"), round((Double) r.get("editsPerSecond") / coders), lat.get("p50"),
                                    lat.get("p95"), lat.get("p99"), ((Map<String, Object>) r.get("cpuMsPerEdit")).get("p50"),
                                    r.get("refusals"), seen.get("p50"), seen.get("p95"), stale.get("p50"), stale.get("p95"), waits.get("shareOfSamplesWithALockWaiter"),
                                    Boolean.TRUE.equals(((Map<String, Object>) r.get("consistency")).get("ok")) ? "yes" : "NO", bare));
        }
        return sb.toString();
    }

    private static void await(CountDownLatch go) {
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
