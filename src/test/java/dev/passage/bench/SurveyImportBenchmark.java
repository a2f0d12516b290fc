package dev.passage.bench;

import dev.passage.cases.SurveyImport;
import dev.passage.cases.SurveyImportReport;
import dev.passage.cases.Table;
import dev.passage.cases.TableReader;
import dev.passage.model.Language;
import dev.passage.search.SearchFilters;
import dev.passage.session.ProjectSession;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Benchmark (not a test) of the open-ended survey import at the size issue 4 names: 10,000 respondents in 100 units, a CSV
 * with an id, a unit, two respondent variables and two open-ended questions (Danish and English answers, 1-4 sentences),
 * so 20,000 codable texts. Times reading the CSV, the import (one transaction, index update included), a search over the
 * answers and listing the documents. Run: {@code mvn -q -B test-compile exec:exec@bench-survey}.
 */
public final class SurveyImportBenchmark {
    private static final int RESPONDENTS = 10_000;
    private static final String[] DA = {
        "Vi taler åbent om fejl på vores team.", "Min leder spørger ind til, hvordan vi har det.",
        "Der er ikke tid til at lære af hinanden.", "Jeg får sparring af en kollega hver uge.",
        "Man holder fejl for sig selv for ikke at blive kritiseret.", "Vi prøver nye ting og evaluerer dem sammen.",
        "Feedback handler om opgaven og ikke om personen.", "Silotænkning gør det svært at dele viden."};
    private static final String[] EN = {
        "We talk openly about mistakes in our team.", "My manager asks how we are doing.",
        "There is no time to learn from each other.", "A colleague coaches me every week.",
        "People hide mistakes so they are not blamed.", "We try new things and evaluate them together."};

    private SurveyImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench-survey");
        Files.createDirectories(out);
        Path csv = out.resolve("survey-10000.csv");
        writeCsv(csv, new Random(42));
        Path project = Files.createTempDirectory(out, "survey-").resolve("survey.passage");
        System.out.printf("java %s, %d cores, CSV %.1f MiB%n", System.getProperty("java.version"),
                          Runtime.getRuntime().availableProcessors(), Files.size(csv) / 1048576.0);
        try (ProjectSession s = ProjectSession.create(project, "survey", Language.DA, "bench")) {
            long t0 = System.nanoTime();
            Table table = TableReader.read(csv, null);
            long read = System.nanoTime() - t0;
            SurveyImport.Options options = new SurveyImport.Options("respondent_id", "unit", List.of("q_learning", "q_safety"), Map.of());
            long t1 = System.nanoTime();
            s.surveyImport().preview(table, options);
            long preview = System.nanoTime() - t1;
            long t2 = System.nanoTime();
            SurveyImportReport report = s.surveyImport().apply(table, options);
            long imported = System.nanoTime() - t2;
            long t3 = System.nanoTime();
            var hits = s.search().search("fejl", SearchFilters.NONE, 50);
            long search = System.nanoTime() - t3;
            long t4 = System.nanoTime();
            int listed = s.documents().summaries().size();
            long list = System.nanoTime() - t4;
            System.out.printf("%d rows, %d respondents, %d answers, %d problems%n", report.rows(), report.respondentsCreated(),
                              report.answersCreated(), report.problems().size());
            System.out.printf("read CSV %.2f s | preview %.2f s | import incl. index %.2f s | first search 'fejl' %.0f ms (%d hits)"
                              + " | list %d documents %.0f ms%n", read / 1e9, preview / 1e9, imported / 1e9, search / 1e6,
                              hits.totalHits(), listed, list / 1e6);
            long heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("peak heap pools (sum of per-pool peaks, incl. garbage) %d MiB%n", heap / 1048576);
        }
    }

    private static void writeCsv(Path csv, Random random) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("respondent_id,unit,role,tenure_years,q_learning,q_safety\n");
            for (int r = 0; r < RESPONDENTS; r++) {
                String[] pool = random.nextInt(4) == 0 ? EN : DA;
                w.write("R" + r + ",Unit " + (r % 100) + "," + (random.nextInt(8) == 0 ? "leader" : "employee") + ","
                        + random.nextInt(30) + "," + answer(pool, random) + "," + answer(pool, random) + "\n");
            }
        }
    }

    private static String answer(String[] pool, Random random) {
        StringBuilder sb = new StringBuilder();
        int sentences = 1 + random.nextInt(4);
        for (int i = 0; i < sentences; i++) {
            sb.append(i == 0 ? "" : " ").append(pool[random.nextInt(pool.length)]);
        }
        return "\"" + sb.toString().replace("\"", "\"\"") + "\"";
    }
}
