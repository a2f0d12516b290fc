package dev.passage.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.passage.importer.ImportListener;
import dev.passage.importer.ImportOutcome;
import dev.passage.model.Language;
import dev.passage.search.SearchFilters;
import dev.passage.session.ProjectSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark harness (not a test): import + index of the shared corpus and of a generated 200-document corpus, full
 * re-index, search latency per query type, and the cost of one coding. Run: {@code mvn -q -B test-compile exec:exec@bench}.
 * Writes results.json into the output folder and prints a table; BENCHMARKS.md records the numbers.
 */
public final class Benchmarks {
    private static final List<String> QUERIES = List.of(
        "fejl", "fejlene", "\"taler åbent\"", "lær*", "feedback AND leder", "hjælp OR støtte", "\"fejl ledelsen\"~8", "sil*tænkning");

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path shared = args.length > 1 ? Path.of(args[1]) : null;
        deleteRecursively(out);
        Files.createDirectories(out);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("java", System.getProperty("java.version"));
        results.put("cores", Runtime.getRuntime().availableProcessors());

        if (shared != null && Files.isDirectory(shared)) {
            results.put("sharedCorpus", importAndSearch(out.resolve("shared.passage"), List.of(shared), Language.EN, List.of("game", "\"good boy\"", "music*")));
        } else {
            System.out.println("(no ../shared/corpus here: skipping the shared-corpus benchmark)");
        }

        Path generated = out.resolve("generated");
        long chars = CorpusGenerator.write(generated, 200, 40_000, 42);
        Map<String, Object> gen = importAndSearch(out.resolve("generated.passage"), List.of(generated), Language.DA, QUERIES);
        gen.put("corpusChars", chars);
        results.put("generated200", gen);

        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve("results.json").toFile(), results);
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results));
    }

    private static Map<String, Object> importAndSearch(Path project, List<Path> inputs, Language language, List<String> queries)
        throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        try (var s = ProjectSession.create(project, "bench", language, "bench")) {
            long t0 = System.nanoTime();
            var report = s.imports().importPaths(inputs, ImportListener.NONE);
            s.search().commit();
            long importMs = ms(t0);
            r.put("documents", report.count(ImportOutcome.Status.IMPORTED));
            r.put("failed", report.count(ImportOutcome.Status.FAILED));
            r.put("importAndIndexMs", importMs);

            long t1 = System.nanoTime();
            s.rebuildIndex(n -> { });
            r.put("fullReindexMs", ms(t1));

            Map<String, Object> latency = new LinkedHashMap<>();
            for (String q : queries) {
                latency.put(q, latency(s, q, SearchFilters.NONE));
            }
            r.put("searchLatencyMs", latency);

            long codeId = s.codebook().addPath("Bench/Code", null, null).id();
            long docId = s.store().database().read(a -> a.documents().ids().getFirst());
            double[] apply = new double[50];
            for (int i = 0; i < apply.length; i++) {
                long t = System.nanoTime();
                s.coding().apply(docId, i * 10, i * 10 + 8, codeId);
                apply[i] = (System.nanoTime() - t) / 1e6;
            }
            r.put("applyCodingMs", summary(apply));
            r.put("searchWithCodeFilterMs", latency(s, queries.getFirst(), new SearchFilters(List.of("Bench"), List.of(), List.of(), List.of())));
            var hits = s.search().search(queries.getFirst(), SearchFilters.NONE, 50);
            r.put("firstQueryTotalHits", hits.totalHits());
            r.put("firstQueryTotalSegments", hits.totalSegments());
        }
        return r;
    }

    private static Map<String, Object> latency(ProjectSession s, String q, SearchFilters f) throws Exception {
        for (int i = 0; i < 20; i++) {
            s.search().search(q, f, 50);
        }
        double[] times = new double[100];
        long total = 0;
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            total = s.search().search(q, f, 50).totalHits();
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Map<String, Object> m = summary(times);
        m.put("hits", total);
        return m;
    }

    private static Map<String, Object> summary(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("median", round(v[v.length / 2]));
        m.put("p95", round(v[(int) Math.floor(v.length * 0.95) - 1]));
        m.put("max", round(v[v.length - 1]));
        return m;
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void deleteRecursively(Path p) throws Exception {
        if (!Files.exists(p)) {
            return;
        }
        List<Path> all = new ArrayList<>();
        try (var w = Files.walk(p)) {
            w.forEach(all::add);
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            Files.delete(all.get(i));
        }
    }
}
