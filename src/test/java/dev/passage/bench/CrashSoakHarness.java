package dev.passage.bench;

import dev.passage.bench.CrashSoakChild.Op;
import dev.passage.integrity.ProjectCheck;
import dev.passage.importer.ImportListener;
import dev.passage.model.CodeDescription;
import dev.passage.model.Finding;
import dev.passage.model.Language;
import dev.passage.session.ProjectSession;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The kill -9 soak (issue 11): child JVMs ({@link CrashSoakChild}) do real work on a copy of a seeded project and are killed
 * (SIGKILL, {@link Process#destroyForcibly()}) at a random moment of their run (start-up, migration and crash recovery
 * included); after each, the project is opened three times, checked ({@link ProjectCheck}: database and index), and every
 * acknowledged edit is looked up. A project lives through several runs ("a lineage") before a fresh copy is taken; a
 * quarter of the lineages start from a copy reverted to schema V2, so that the V3 migration runs (and is killed) at open.
 */
final class CrashSoakHarness {
    record Settings(Path work, int kills, long seed, int seedInterviews, int lineageLength, double initialEstimateSeconds,
                    PrintStream log) {
    }

    /** What the soak counted. */
    static final class Tally {
        final Map<Op, Integer> kills = new EnumMap<>(Op.class);
        final Map<Op, Integer> completed = new EnumMap<>(Op.class);
        final Map<Op, Integer> childFailures = new EnumMap<>(Op.class);
        int runs;
        int killsBeforeStart;
        int opens;
        int unopenable;
        int lostAcks;
        int acks;
        int damagedFindings;
        int repairableFindings;
        int brokenDocuments;
        int lineages;
        int oldLineages;
        final List<String> problems = new ArrayList<>();
        long millis;

        int totalKills() {
            return kills.values().stream().mapToInt(Integer::intValue).sum();
        }

        void problem(String s) {
            if (problems.size() < 200) {
                problems.add(s);
            }
        }
    }

    private final Settings settings;
    private final SplittableRandom random;
    private final Tally tally = new Tally();
    /** Seconds of work per operation after START, learned from the runs that completed. */
    private final Map<Op, Double> estimate = new EnumMap<>(Op.class);
    /** Seconds from launching a child to its START, learned from every run that got there. */
    private double startupSeconds = 2.0;

    CrashSoakHarness(Settings settings) {
        this.settings = settings;
        this.random = new SplittableRandom(settings.seed());
        for (Op op : Op.values()) {
            estimate.put(op, settings.initialEstimateSeconds());
        }
    }

    Tally run() throws Exception {
        long t0 = System.nanoTime();
        Path work = settings.work();
        Files.createDirectories(work);
        Path seed = work.resolve("seed.passage");
        Path oldSeed = work.resolve("seed-v2.passage");
        seed(seed, oldSeed);
        Path project = null;
        Acks acks = null;
        int ops = 0;
        while (tally.totalKills() < settings.kills()) {
            if (project == null || ops >= settings.lineageLength()) {
                if (project != null) {
                    delete(project);
                }
                boolean old = random.nextDouble() < 0.25;
                project = work.resolve("p" + tally.lineages + ".passage");
                copy(old ? oldSeed : seed, project);
                tally.lineages++;
                tally.oldLineages += old ? 1 : 0;
                acks = new Acks();
                ops = 0;
            }
            Op op = ops == 0 && random.nextDouble() < 0.3 ? Op.AUTOCODE : pick();
            ops++;
            String tag = "l" + tally.lineages + "r" + tally.runs;
            boolean intact = runOnce(op, project, tag, acks);
            if (!intact) {
                Path aside = work.resolve("broken-" + tally.lineages + ".passage");
                Files.move(project, aside);
                settings.log().println("  kept the broken project as " + aside);
                project = null;
            }
            if (tally.runs % 25 == 0) {
                settings.log().printf("%d runs, %d kills, %d unopenable, %d lost acks of %d, %d damaged findings, %d repairable (%.0f s)%n",
                                      tally.runs, tally.totalKills(), tally.unopenable, tally.lostAcks, tally.acks, tally.damagedFindings,
                                      tally.repairableFindings, (System.nanoTime() - t0) / 1e9);
                tally.millis = (System.nanoTime() - t0) / 1_000_000;
                Files.writeString(work.resolve("report.txt"), CrashSoak.report(tally, settings)); // the tally so far
            }
        }
        tally.millis = (System.nanoTime() - t0) / 1_000_000;
        return tally;
    }

    private Op pick() {
        int r = random.nextInt(10);
        return switch (r) {
            case 0, 1 -> Op.CODE;
            case 2 -> Op.IMPORT;
            case 3 -> Op.AUTOCODE;
            case 4 -> Op.MERGE;
            case 5 -> Op.REINDEX;
            case 6 -> Op.UNITS;
            case 7 -> Op.SURVEY;
            case 8 -> Op.EXPORT;
            default -> Op.CODE;
        };
    }

    /** One child run, killed or not, then the three opens and the checks; false when the project cannot be used any more. */
    private boolean runOnce(Op op, Path project, String tag, Acks acks) throws Exception {
        tally.runs++;
        Path work = settings.work().resolve("runs");
        Files.createDirectories(work);
        Path stderr = settings.work().resolve("child.err");
        List<String> command = new ArrayList<>(List.of(
            ProcessHandle.current().info().command().orElse("java"), "-Xmx512m", "-XX:TieredStopAtLevel=1",
            "--enable-native-access=ALL-UNNAMED", "-Dpassage.home=" + settings.work().resolve("home"),
            "-cp", System.getProperty("java.class.path"), CrashSoakChild.class.getName(),
            op.name(), project.toString(), work.toString(), tag, Long.toString(random.nextLong())));
        Process child = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        long started = System.nanoTime();
        List<String> lines = new ArrayList<>();
        long[] startedWork = {0};
        Thread drain = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    synchronized (lines) {
                        if (line.equals("START") && startedWork[0] == 0) {
                            startedWork[0] = System.nanoTime();
                            lines.notifyAll();
                        }
                        lines.add(line);
                    }
                }
            } catch (IOException ignored) {
                // the child was killed mid-line
            }
            synchronized (lines) {
                lines.notifyAll();
            }
        });
        // a fifth of the kills fall into start-up (JVM, open, crash recovery, migration, index catch-up), the rest into the work
        boolean early = random.nextDouble() < 0.2;
        long delayMillis;
        if (early) {
            delayMillis = (long) (random.nextDouble() * startupSeconds * 1000);
        } else {
            synchronized (lines) {
                long deadline = System.currentTimeMillis() + 120_000;
                while (startedWork[0] == 0 && child.isAlive() && System.currentTimeMillis() < deadline) {
                    lines.wait(50);
                }
            }
            delayMillis = (long) (random.nextDouble() * 1.15 * estimate.get(op) * 1000);
        }
        boolean finished = child.waitFor(delayMillis, TimeUnit.MILLISECONDS);
        if (!finished) {
            child.destroyForcibly();
            child.waitFor();
            tally.kills.merge(op, 1, Integer::sum);
        }
        drain.join(10_000);
        long now = System.nanoTime();
        List<String> out;
        synchronized (lines) {
            out = List.copyOf(lines);
            if (startedWork[0] != 0) {
                startupSeconds = 0.7 * startupSeconds + 0.3 * (startedWork[0] - started) / 1e9;
            }
        }
        if (finished) {
            if (startedWork[0] != 0) {
                estimate.put(op, 0.5 * estimate.get(op) + 0.5 * (now - startedWork[0]) / 1e9);
            }
            if (child.exitValue() != 0) {
                tally.childFailures.merge(op, 1, Integer::sum);
                tally.problem(tag + " " + op + ": child exited " + child.exitValue() + ": " + tail(stderr));
            } else {
                tally.completed.merge(op, 1, Integer::sum);
            }
        } else if (startedWork[0] == 0) {
            tally.killsBeforeStart++;
        }
        acks.add(out);
        Path asLeft = settings.work().resolve("as-left.passage"); // the project as the child left it, kept when a problem shows
        if (Files.exists(asLeft)) {
            delete(asLeft);
        }
        copy(project, asLeft);
        int problems = tally.unopenable + tally.lostAcks + tally.damagedFindings + tally.repairableFindings + tally.brokenDocuments;
        String what = tag + " " + op + (finished ? " (completed)" : " (killed " + (early ? "at start-up, " : "") + delayMillis + " ms in)");
        boolean usable = verify(project, what, acks);
        if (problems != tally.unopenable + tally.lostAcks + tally.damagedFindings + tally.repairableFindings + tally.brokenDocuments) {
            Path evidence = settings.work().resolve("evidence-" + tag + ".passage");
            Files.move(asLeft, evidence);
            Files.write(settings.work().resolve("evidence-" + tag + ".out"), out);
            settings.log().println("  kept the project as the child left it: " + evidence);
        }
        return usable;
    }

    private boolean verify(Path project, String what, Acks acks) {
        for (int i = 1; i <= 3; i++) {
            tally.opens++;
            try (ProjectSession s = ProjectSession.open(project, CrashSoakChild.CODER)) {
                s.info();
            } catch (Exception | Error e) {
                tally.unopenable++;
                tally.problem(what + ": open " + i + " of 3 failed: " + e);
                settings.log().println("UNOPENABLE " + what + ": open " + i + ": " + e);
                return false;
            }
        }
        ProjectCheck.Report report = ProjectCheck.check(project);
        for (Finding f : report.findings()) {
            if (f.severity() == Finding.Severity.DAMAGED) {
                tally.damagedFindings++;
            } else if (f.severity() == Finding.Severity.REPAIRABLE) {
                tally.repairableFindings++;
            } else {
                continue;
            }
            tally.problem(what + ": " + f);
            settings.log().println("FINDING " + what + ": " + f);
        }
        try {
            checkAcks(project, what, acks);
        } catch (SQLException e) {
            tally.problem(what + ": cannot read the acknowledged edits: " + e);
            return false;
        }
        return !report.damaged();
    }

    private void checkAcks(Path project, String what, Acks acks) throws SQLException {
        String url = "jdbc:h2:file:" + project.resolve("project").toAbsolutePath() + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            Set<Long> codings = new HashSet<>();
            try (ResultSet rs = st.executeQuery("SELECT id FROM coding")) {
                while (rs.next()) {
                    codings.add(rs.getLong(1));
                }
            }
            Set<Long> codes = new HashSet<>();
            try (ResultSet rs = st.executeQuery("SELECT id FROM code")) {
                while (rs.next()) {
                    codes.add(rs.getLong(1));
                }
            }
            Map<String, String> bodies = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT name, body FROM document WHERE respondent_id IS NULL")) {
                while (rs.next()) {
                    bodies.put(rs.getString(1), rs.getString(2));
                }
            }
            for (long id : List.copyOf(acks.codings)) { // a loss is counted once, then forgotten
                if (!codings.contains(id)) {
                    lost(what, "coding " + id);
                    acks.codings.remove(id);
                }
            }
            for (String doc : List.copyOf(acks.documents)) {
                if (!bodies.containsKey(doc)) {
                    lost(what, "document " + doc);
                    acks.documents.remove(doc);
                }
            }
            for (long code : List.copyOf(acks.mergedCodes)) {
                if (codes.contains(code)) {
                    lost(what, "the merge of code " + code + " (it is still there)");
                    acks.mergedCodes.remove(code);
                }
            }
            for (var survey : acks.surveys.entrySet()) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM respondent WHERE external_id LIKE '" + survey.getKey() + "%'")) {
                    rs.next();
                    if (rs.getInt(1) != survey.getValue()) {
                        lost(what, "survey " + survey.getKey() + ": " + rs.getInt(1) + " of " + survey.getValue() + " respondents");
                        survey.setValue(rs.getInt(1));
                    }
                }
            }
            for (var doc : bodies.entrySet()) {
                String base = doc.getKey().endsWith(".txt") ? doc.getKey().substring(0, doc.getKey().length() - 4) : doc.getKey();
                String body = doc.getValue();
                if (!body.contains(SoakCorpus.beginMark(base)) || !body.contains(SoakCorpus.endMark(base))) {
                    tally.brokenDocuments++;
                    tally.problem(what + ": document " + doc.getKey() + " is not whole (" + body.length() + " characters)");
                }
            }
        }
    }

    private void lost(String what, String edit) {
        tally.lostAcks++;
        tally.problem(what + ": acknowledged but lost: " + edit);
        settings.log().println("LOST " + what + ": " + edit);
    }

    /** Every acknowledgement a lineage's children printed. */
    final class Acks {
        final Set<Long> codings = new HashSet<>();
        final Set<String> documents = new HashSet<>();
        final Set<Long> mergedCodes = new HashSet<>();
        final Map<String, Integer> surveys = new LinkedHashMap<>();

        void add(List<String> lines) {
            for (String line : lines) {
                String[] p = line.split(" ", 3);
                if (!p[0].equals("ACK") || p.length < 3) {
                    continue;
                }
                tally.acks++;
                switch (p[1]) {
                    case "coding" -> codings.add(Long.parseLong(p[2]));
                    case "doc" -> documents.add(p[2]);
                    case "merged" -> mergedCodes.add(Long.parseLong(p[2]));
                    case "survey" -> {
                        String[] s = p[2].split(" ");
                        surveys.put(s[0], Integer.parseInt(s[1]));
                    }
                    default -> tally.acks--;
                }
            }
        }
    }

    /** The seed project (interviews, codebook, some codings) and a copy of it reverted to schema V2 (before V3's columns). */
    private void seed(Path seed, Path oldSeed) throws Exception {
        if (Files.exists(seed)) {
            delete(seed);
        }
        if (Files.exists(oldSeed)) {
            delete(oldSeed);
        }
        long t0 = System.nanoTime();
        Path files = settings.work().resolve("seed-files");
        if (Files.exists(files)) {
            delete(files);
        }
        List<Path> interviews = SoakCorpus.interviews(files, "seed-", settings.seedInterviews(), 30, random);
        try (ProjectSession s = ProjectSession.create(seed, "Crash soak", Language.EN, CrashSoakChild.CODER)) {
            s.search().holdUpdates();
            s.imports().importPaths(interviews, ImportListener.NONE);
            s.codebook().addPath(CrashSoakChild.AUTOCODE_CODE, "#cc5500", CodeDescription.EMPTY);
            for (String code : CrashSoakChild.CODES) {
                s.codebook().addPath(code, "#0055cc", CodeDescription.EMPTY);
            }
            s.search().releaseUpdates();
        }
        copy(seed, oldSeed);
        String url = "jdbc:h2:file:" + oldSeed.resolve("project").toAbsolutePath() + ";IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.execute("DROP INDEX document_imported_from");
            st.execute("ALTER TABLE document DROP COLUMN turn_count");
            st.execute("ALTER TABLE document DROP COLUMN speaker_count");
            // later migrations too, so that V3 and everything after it run at the first open
            st.execute("DROP TABLE edit_history");
            st.execute("DROP TABLE document_set_member");   // V5
            st.execute("DROP TABLE document_set");
            st.execute("DROP INDEX document_position");
            st.execute("ALTER TABLE document DROP COLUMN position");
            st.execute("ALTER TABLE document DROP COLUMN language");   // V6
            st.execute("ALTER TABLE coding DROP COLUMN memo_author");   // V7
            st.execute("ALTER TABLE coding DROP COLUMN memo_updated");
            st.execute("ALTER TABLE project DROP COLUMN blind_lead");   // V10
            st.execute("ALTER TABLE project DROP COLUMN blind_since");
            st.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL AND \"version\" NOT IN ('1', '2')");
        }
        settings.log().printf("seeded %d interviews in %.1f s%n", settings.seedInterviews(), (System.nanoTime() - t0) / 1e9);
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals(".passage.lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 4), lines.size()));
        } catch (IOException e) {
            return "(no stderr)";
        }
    }
}
