package dev.passage.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.passage.analysis.SegmentRetrieval;
import dev.passage.coding.CodebookService;
import dev.passage.coding.CommandHistory;
import dev.passage.mixed.BootstrapSettings;
import dev.passage.mixed.CodeAggregation;
import dev.passage.mixed.CodeUnitMatrix;
import dev.passage.mixed.GroupSplit;
import dev.passage.mixed.MixedMethods;
import dev.passage.mixed.PrevalenceMeasure;
import dev.passage.model.CodeDescription;
import dev.passage.model.DocumentFormat;
import dev.passage.model.Language;
import dev.passage.model.NewDocument;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;
import dev.passage.model.VariableValue;
import dev.passage.store.ProjectStore;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Benchmark (not a test) of the mixed-methods displays at the size the issue names: 100 units x 200 codes x 100,000 codings
 * (500 interviews and 1,000 survey respondents with 2 answers each), one NUMBER and one CATEGORY unit variable. Times the
 * matrix over all 200 codes, one joint display (2,000 bootstrap resamples), a crosstab and the tidy rows: first run and the
 * median of 10 warm runs. Run: {@code mvn -q -B test-compile exec:exec@bench-mixed}; writes mixed.json into the folder.
 */
public final class MixedMethodsBenchmark {
    private static final int UNITS = 100;
    private static final int CODES = 200;
    private static final int CODINGS = 100_000;

    private MixedMethodsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(out);
        Path project = Files.createTempDirectory(out, "mixed-").resolve("bench.passage");
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("java", System.getProperty("java.version"));
        results.put("cores", Runtime.getRuntime().availableProcessors());
        try (ProjectStore store = ProjectStore.create(project, "bench", Language.EN)) {
            var db = store.database();
            long t0 = System.nanoTime();
            long firstCode = populate(store);
            results.put("setupMs", (System.nanoTime() - t0) / 1_000_000);
            results.put("codings", db.<Integer>read(a -> a.codings().count()));
            results.put("documents", db.<Integer>read(a -> a.documents().count()));
            CommandHistory history = new CommandHistory(db);
            MixedMethods mixed = new MixedMethods(db, new CodebookService(db, history), new SegmentRetrieval(db), history);
            var score = mixed.variable("score");
            var region = mixed.variable("region");

            results.put("matrix200CodesMs", time(() -> mixed.matrix(List.of(), CodeAggregation.AGGREGATED)));
            results.put("jointOneCodeMs", time(() -> mixed.joint(firstCode, score, PrevalenceMeasure.CARRIERS, CodeAggregation.AGGREGATED,
                                                                  BootstrapSettings.DEFAULT)));
            results.put("matrixPlusJointMs", time(() -> {
                mixed.matrix(List.of(), CodeAggregation.AGGREGATED);
                return mixed.joint(firstCode, score, PrevalenceMeasure.CHARS, CodeAggregation.AGGREGATED, BootstrapSettings.DEFAULT);
            }));
            results.put("crosstab200CodesByTertilesMs", time(() -> mixed.crosstab(score, new GroupSplit.Tertiles(), List.of(), CodeAggregation.AGGREGATED)));
            results.put("crosstab200CodesByCategoryMs", time(() -> mixed.crosstab(region, null, List.of(), CodeAggregation.AGGREGATED)));
            CodeUnitMatrix m = mixed.matrix(List.of(), CodeAggregation.AGGREGATED);
            results.put("tidyRows20000Ms", time(() -> mixed.tidy(m)));
            results.put("codingSpansReadMs", time(() -> db.read(a -> a.codings().spans())));
        }
        try (var walk = Files.walk(project.getParent())) {
            if (System.getProperty("keep") == null) walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results);
        Files.writeString(out.resolve("mixed.json"), json);
        System.out.println(json);
    }

    /** 100 units; per unit 5 interviews (8,000 chars) and 10 respondents with 2 answers (600 chars); 200 codes (20 x 9 + 20 roots). */
    private static long populate(ProjectStore store) {
        Random random = new Random(42);
        return store.database().write(tx -> {
            List<Long> codes = new ArrayList<>();
            for (int r = 0; r < 20; r++) {
                long root = tx.codes().insert(null, "Theme " + r, "#E69F00", CodeDescription.EMPTY, r);
                codes.add(root);
                for (int c = 0; c < 9; c++) {
                    codes.add(tx.codes().insert(root, "Sub " + c, "#56B4E9", CodeDescription.EMPTY, c));
                }
            }
            long score = tx.variables().ensure(VariableScope.UNIT, "score", VariableType.NUMBER);
            long region = tx.variables().ensure(VariableScope.UNIT, "region", VariableType.CATEGORY);
            List<long[]> docs = new ArrayList<>(); // id, length
            List<VariableValue> values = new ArrayList<>();
            String interview = "x".repeat(8_000);
            String answer = "y".repeat(600);
            for (int u = 0; u < UNITS; u++) {
                long unit = tx.units().ensure(String.format("Unit %03d", u), null);
                if (u % 10 != 0) { // every tenth unit has no score
                    values.add(VariableValue.ofNumber(score, unit, Math.round(random.nextGaussian() * 100) / 100.0 + 3));
                }
                values.add(VariableValue.ofText(region, unit, List.of("north", "south", "east", "west").get(u % 4)));
                for (int d = 0; d < 5; d++) {
                    long id = tx.documents().insert(new NewDocument("U" + u + " interview " + d, interview, DocumentFormat.TXT, null,
                                                                    Instant.EPOCH, Map.of(), List.of()));
                    tx.documents().setUnit(id, unit);
                    docs.add(new long[] {id, interview.length()});
                }
                for (int r = 0; r < 10; r++) {
                    long respondent = tx.respondents().ensure("R" + u + "-" + r, unit);
                    for (int q = 0; q < 2; q++) {
                        long id = tx.documents().insert(new NewDocument("R" + u + "-" + r + " Q" + q, answer, DocumentFormat.TXT, null,
                                                                        Instant.EPOCH, Map.of(), List.of()));
                        tx.respondents().linkAnswer(id, respondent, "Q" + q);
                        docs.add(new long[] {id, answer.length()});
                    }
                }
            }
            tx.variables().setAll(values);
            for (int i = 0; i < CODINGS; i++) {
                long[] doc = docs.get(random.nextInt(docs.size()));
                int length = 20 + random.nextInt(300);
                int start = random.nextInt((int) doc[1] - 20);
                int end = Math.min((int) doc[1], start + length);
                tx.codings().insert(doc[0], start, end, codes.get(random.nextInt(codes.size())), "bench", Instant.EPOCH, null);
            }
            return codes.getFirst();
        });
    }

    /**
     * Wall time of the first run, and wall and CPU time (of this thread, where embedded H2 also works) of 10 warm runs: on a
     * shared machine the CPU time shows the cost of the work itself when other processes stretch the wall time.
     */
    private static Map<String, Object> time(Supplier<?> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t = System.nanoTime();
        work.get();
        double first = (System.nanoTime() - t) / 1e6;
        double[] warm = new double[10];
        double[] cpu = new double[warm.length];
        for (int i = 0; i < warm.length; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            work.get();
            warm[i] = (System.nanoTime() - s) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(warm);
        Arrays.sort(cpu);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("first", round(first));
        m.put("median", round(warm[warm.length / 2]));
        m.put("min", round(warm[0]));
        m.put("cpuMedian", round(cpu[cpu.length / 2]));
        return m;
    }

    private static double round(double d) {
        return Math.round(d * 10) / 10.0;
    }
}
