package dev.passage.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.passage.coding.Codebook;
import dev.passage.export.AtomicFile;
import dev.passage.export.ExcerptFilter;
import dev.passage.export.ExportReport;
import dev.passage.export.ExportService;
import dev.passage.export.ReportFormat;
import dev.passage.export.ReportKind;
import dev.passage.export.TableFormat;
import dev.passage.model.CodeDescription;
import dev.passage.model.DocumentFormat;
import dev.passage.model.Language;
import dev.passage.model.NewDocument;
import dev.passage.model.SpeakerTurn;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;
import dev.passage.model.VariableValue;
import dev.passage.store.ProjectStore;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Benchmark (not a test): exports 100,000 coded excerpts to CSV and XLSX (and the excerpts report to HTML) from a generated
 * project of 200 Danish interviews (speaker turns with timestamps, 10 units with a score, a document variable), timing each
 * export and the peak heap it used. Run with a small heap to show the exports stream:
 * {@code mvn -q -B test-compile exec:exec@bench-export} (runs with -Xmx256m). Writes export-results.json into the folder given.
 */
public final class ExportBenchmark {
    private static final int DOCUMENTS = 200;
    private static final int CODINGS_PER_DOCUMENT = 500;
    private static final List<String> SENTENCES = List.of(
        "Vi taler åbent om fejlene på morgenmødet, og det er blevet helt normalt.",
        "Nogle gange holder man det for sig selv, fordi man ikke vil hænges ud.",
        "Vores leder siger selv højt, når hun har taget fejl, og det smitter.",
        "Vi har sparring i makkerpar hver anden uge, hvor vi gennemgår en \"konkret\" sag.",
        "Det er svært at nå, når vi er så få på vagt og telefonen ringer hele tiden.",
        "På teammødet reflekterede vi over, hvad der virkede, og hvad vi skulle ændre.",
        "Der er meget silotænkning mellem dag- og aftenvagten 🙈, vi kender ikke hinandens udfordringer.",
        "Feedback handler hos os om at se på opgaven, ikke på personen.");

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench-export");
        Files.createDirectories(out);
        Path project = out.resolve("export-bench.passage");
        deleteRecursively(project);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("java", System.getProperty("java.version"));
        results.put("maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20);
        try (ProjectStore store = ProjectStore.create(project, "Export benchmark", Language.DA)) {
            long t0 = System.nanoTime();
            long chars = generate(store);
            results.put("generate", Map.of("documents", DOCUMENTS, "codings", DOCUMENTS * CODINGS_PER_DOCUMENT, "chars", chars,
                                           "seconds", seconds(t0)));
            Codebook book = new Codebook(store.database().read(a -> a.codes().list()));
            ExportService service = new ExportService(store.database(), book, "Export benchmark");
            List<String> vars = List.of("psych_safety", "role");
            for (int round = 1; round <= 2; round++) { // the first round warms the JIT up
                results.put("readOnly" + round, measure(null, () -> new ExportReport(service.reader().forEach(ExcerptFilter.ALL,
                    service.reader().columns(vars), dev.passage.export.ExcerptReader.Order.BY_DOCUMENT, 0, e -> { }), 0)));
                results.put("csv" + round, measure(out.resolve("excerpts.csv"),
                    () -> AtomicFile.write(out.resolve("excerpts.csv"), o -> service.table(TableFormat.CSV, ExcerptFilter.ALL, vars, o))));
                results.put("xlsx" + round, measure(out.resolve("excerpts.xlsx"),
                    () -> AtomicFile.write(out.resolve("excerpts.xlsx"), o -> service.table(TableFormat.XLSX, ExcerptFilter.ALL, vars, o))));
            }
            results.put("htmlExcerptsReport", measure(out.resolve("excerpts.html"),
                () -> AtomicFile.write(out.resolve("excerpts.html"), o -> service.report(ReportKind.EXCERPTS, ReportFormat.HTML, ExcerptFilter.ALL, o))));
        }
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results);
        Files.writeString(out.resolve("export-results.json"), json);
        System.out.println(json);
    }

    /** 200 interviews of alternating turns (with media times), 500 codings each on 1–3 sentence stretches, by two coders. */
    private static long generate(ProjectStore store) {
        Random random = new Random(42);
        List<Long> codes = store.database().write(tx -> {
            List<Long> ids = new ArrayList<>();
            for (int p = 0; p < 6; p++) {
                long parent = tx.codes().insert(null, "Theme " + (p + 1), "#336699", CodeDescription.of("Theme " + (p + 1)), p);
                for (int c = 0; c < 5; c++) {
                    ids.add(tx.codes().insert(parent, "Code " + (p + 1) + "." + (c + 1), "#993366", CodeDescription.of("A code"), c));
                }
            }
            return ids;
        });
        long chars = 0;
        List<Long> units = store.database().write(tx -> {
            List<Long> ids = new ArrayList<>();
            long score = tx.variables().ensure(VariableScope.UNIT, "psych_safety", VariableType.NUMBER);
            for (int u = 0; u < 10; u++) {
                long unit = tx.units().ensure("Unit " + (u + 1), null);
                tx.variables().set(VariableValue.ofNumber(score, unit, 1 + u * 0.4));
                ids.add(unit);
            }
            return ids;
        });
        for (int d = 0; d < DOCUMENTS; d++) {
            StringBuilder text = new StringBuilder();
            List<SpeakerTurn> turns = new ArrayList<>();
            List<int[]> sentences = new ArrayList<>();
            long ms = 0;
            while (sentences.size() < CODINGS_PER_DOCUMENT + 3) {
                int start = text.length();
                boolean interviewer = turns.size() % 2 == 0;
                int count = interviewer ? 1 : 3 + random.nextInt(6);
                for (int k = 0; k < count; k++) {
                    if (k > 0) {
                        text.append(' ');
                    }
                    int s = text.length();
                    text.append(SENTENCES.get(random.nextInt(SENTENCES.size())));
                    if (!interviewer) {
                        sentences.add(new int[] {s, text.length()});
                    }
                }
                turns.add(new SpeakerTurn(start, text.length(), interviewer ? "Interviewer" : "Respondent", ms));
                ms += 15_000 + random.nextInt(60_000);
                text.append("\n\n");
            }
            String body = text.toString().stripTrailing();
            chars += body.length();
            long unit = units.get(d % units.size());
            String role = random.nextBoolean() ? "leader" : "employee";
            int doc = d;
            store.database().write(tx -> {
                long id = tx.documents().insert(new NewDocument(String.format("Interview %03d", doc), body, DocumentFormat.TXT, null,
                                                                Instant.now(), Map.of("role", role), turns));
                tx.documents().setUnit(id, unit);
                for (int c = 0; c < CODINGS_PER_DOCUMENT; c++) {
                    int[] first = sentences.get(c);
                    int[] last = sentences.get(Math.min(sentences.size() - 1, c + random.nextInt(3)));
                    tx.codings().insert(id, first[0], Math.max(first[1], last[1]), codes.get(random.nextInt(codes.size())),
                                        c % 3 == 0 ? "jonas" : "anna", Instant.now(), c % 10 == 0 ? "Memo, \"quoted\"" : null);
                }
                return null;
            });
        }
        return chars;
    }

    @FunctionalInterface
    private interface Export {
        ExportReport run() throws Exception;
    }

    private static Map<String, Object> measure(Path file, Export export) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long t0 = System.nanoTime();
        ExportReport report = export.run();
        double secs = seconds(t0);
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("rows", report.rows());
        r.put("seconds", secs);
        r.put("rowsPerSecond", Math.round(report.rows() / secs));
        r.put("fileMiB", file == null ? 0 : Math.round(Files.size(file) / 1048576.0 * 10) / 10.0);
        r.put("heapBeforeMiB", before >> 20);
        r.put("peakHeapMiB", peak >> 20);
        r.put("truncatedCells", report.truncatedCells());
        System.out.println((file == null ? "read only" : file.getFileName()) + ": " + r);
        return r;
    }

    private static double seconds(long t0) {
        return Math.round((System.nanoTime() - t0) / 1e7) / 100.0;
    }

    private static void deleteRecursively(Path p) throws Exception {
        if (Files.exists(p)) {
            try (var files = Files.walk(p)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
