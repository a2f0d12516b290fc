package dev.passage.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.passage.importer.ImportListener;
import dev.passage.importer.ImportOutcome;
import dev.passage.importer.ImportReport;
import dev.passage.model.Language;
import dev.passage.search.SearchFilters;
import dev.passage.session.ProjectSession;
import dev.passage.security.ProjectKey;
import dev.passage.store.ProjectStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The cost of encryption at rest (issue 11): the same corpus ({@link ScaleCorpus}, size S or M) imported into a plain and an
 * encrypted project; import + index time, open time (session: database + index; store alone: the database's AES), search
 * latency p50/p95 for a handful of queries, the key derivation, and the folder sizes. An encrypted project keeps its index
 * in memory, so its open includes a full rebuild; the plain project's open reads its index from disk.
 *
 * <p>{@code mvn -q -B test-compile exec:exec@bench-crypt -Dbench.size=S|M}; writes {@code crypt-SIZE.json} in the work folder.
 */
public final class CryptBenchmark {
    private static final char[] PASSWORD = "benchmark password æøå".toCharArray();
    private static final List<String> QUERIES = List.of("fejl", "mistake", "\"taler åbent\"", "feedback AND leder", "lær*");
    /** plain; encrypted with the index in index.aes/ (EncryptingDirectory); encrypted with the index only in memory. */
    private static final List<String> MODES = List.of("plain", "encrypted-disk", "encrypted-memory");
    private static final int OPENS = 5;
    private static final int WARM_UP = 5;
    private static final int RUNS = 40;

    private CryptBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench-crypt");
        ScaleCorpus.Size size = ScaleCorpus.Size.valueOf(args.length > 1 ? args[1] : "S");
        Files.createDirectories(work);
        Path corpusDir = work.resolve("corpus-" + size);
        ScaleCorpus.Written corpus;
        deleteTree(corpusDir);
        corpus = ScaleCorpus.write(corpusDir, size, 42);
        log("corpus " + size + ": " + corpus.documents() + " interviews, " + mb(corpus.interviewBytes()) + " MB");

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("size", size.name());
        result.put("documents", corpus.documents());
        result.put("interviewMB", mb(corpus.interviewBytes()));
        result.put("cpus", Runtime.getRuntime().availableProcessors());
        Latency kdf = new Latency(5);
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            ProjectKey.fromPassword(PASSWORD).destroy();
            kdf.add((System.nanoTime() - t0) / 1e6, 0);
        }
        result.put("keyDerivationMs", kdf.summary());
        log("key derivation: " + kdf.summary());
        List<String> modes = args.length > 2 ? List.of(args[2].split(",")) : MODES;
        for (String mode : modes) {
            System.setProperty("passage.encryptedIndex", mode.equals("encrypted-memory") ? "memory" : "disk");
            result.put(mode, run(work, size, corpus, mode));
        }
        Path out = work.resolve("crypt-" + size + ".json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), result);
        log("wrote " + out);
    }

    private static Map<String, Object> run(Path work, ScaleCorpus.Size size, ScaleCorpus.Written corpus, String label) throws Exception {
        boolean encrypted = !label.equals("plain");
        Path project = work.resolve(label + "-" + size + ".passage");
        deleteTree(project);
        Map<String, Object> m = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        try (ProjectKey key = key(encrypted);
             ProjectSession s = ProjectSession.create(project, "Bench", Language.DA, "bench", key)) {
            ImportReport report = s.imports().importPaths(List.of(corpus.interviews()), ImportListener.NONE);
            s.search().commit();
            if (report.count(ImportOutcome.Status.FAILED) > 0) {
                throw new IllegalStateException("interviews failed to import: " + report);
            }
        }
        long importMs = (System.nanoTime() - t0) / 1_000_000;
        m.put("importMs", importMs);
        m.put("importMBperSecond", Latency.round(corpus.interviewBytes() / 1e6 / (importMs / 1000.0)));
        log(label + " import + index + close: " + importMs + " ms");

        Latency derive = new Latency(OPENS);
        Latency storeOpen = new Latency(OPENS);
        Latency storeClose = new Latency(OPENS);
        for (int i = 0; i < OPENS; i++) {
            long a = System.nanoTime();
            ProjectKey key = key(encrypted);
            long b = System.nanoTime();
            ProjectStore store = ProjectStore.open(project, key);
            store.info();
            long c = System.nanoTime();
            store.close();
            long d = System.nanoTime();
            if (key != null) {
                key.destroy();
            }
            derive.add((b - a) / 1e6, 0);
            storeOpen.add((c - b) / 1e6, 0);
            storeClose.add((d - c) / 1e6, 0);
        }
        m.put("storeOpenMs", storeOpen.summary());
        m.put("storeCloseMs", storeClose.summary());
        log(label + " database open (no key derivation, no index): " + storeOpen.summary());
        log(label + " database close (SHUTDOWN): " + storeClose.summary());

        Latency sessionOpen = new Latency(OPENS);
        Latency sessionClose = new Latency(OPENS);
        for (int i = 0; i < OPENS; i++) {
            ProjectKey key = key(encrypted);
            long a = System.nanoTime();
            ProjectSession s = ProjectSession.open(project, "bench", key);
            s.info();
            long b = System.nanoTime();
            s.close();
            long c = System.nanoTime();
            if (key != null) {
                key.destroy();
            }
            sessionOpen.add((b - a) / 1e6, 0);
            sessionClose.add((c - b) / 1e6, 0);
        }
        m.put("sessionOpenMs", sessionOpen.summary());
        m.put("sessionCloseMs", sessionClose.summary());
        log(label + " session open (database + index ready to search; no key derivation): " + sessionOpen.summary());
        log(label + " session close: " + sessionClose.summary());

        Map<String, Object> searches = new LinkedHashMap<>();
        try (ProjectKey key = key(encrypted); ProjectSession s = ProjectSession.open(project, "bench", key)) {
            System.gc();
            Runtime rt = Runtime.getRuntime();
            m.put("heapAfterOpenMB", mb(rt.totalMemory() - rt.freeMemory()));
            for (String q : QUERIES) {
                for (int i = 0; i < WARM_UP; i++) {
                    s.search().search(q, SearchFilters.NONE, 50);
                }
                Latency l = new Latency(RUNS);
                for (int i = 0; i < RUNS; i++) {
                    long a = System.nanoTime();
                    long c = Clock.cpuNow();
                    s.search().search(q, SearchFilters.NONE, 50);
                    l.add((System.nanoTime() - a) / 1e6, (Clock.cpuNow() - c) / 1e6);
                }
                searches.put(q, l.summary());
                log(label + " search " + q + ": p50 " + Latency.round(l.p(0.5)) + " ms, p95 " + Latency.round(l.p(0.95)) + " ms");
            }
        }
        m.put("search", searches);
        m.put("databaseMB", mb(Files.size(project.resolve(ProjectStore.DATABASE_FILE))));
        m.put("indexMB", mb(folderSize(project.resolve("index")) + folderSize(project.resolve("index.aes"))));
        return m;
    }

    private static ProjectKey key(boolean encrypted) {
        return encrypted ? ProjectKey.fromPassword(Arrays.copyOf(PASSWORD, PASSWORD.length)) : null;
    }

    private static long folderSize(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path p) throws Exception {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> all = Files.walk(p)) {
            for (Path q : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }

    private static double mb(long bytes) {
        return Math.round(bytes / 1e5) / 10.0;
    }

    private static void log(String line) {
        System.out.println("[crypt] " + line);
    }
}
