package dev.passage.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.passage.cases.LinkReport;
import dev.passage.cases.SurveyImport;
import dev.passage.cases.SurveyImportReport;
import dev.passage.cases.TableReader;
import dev.passage.cases.UnitImport;
import dev.passage.cases.UnitImportReport;
import dev.passage.coding.Codebook;
import dev.passage.coding.TextRange;
import dev.passage.export.ExcerptFilter;
import dev.passage.export.ExportReport;
import dev.passage.export.ExportService;
import dev.passage.export.TableFormat;
import dev.passage.importer.ImportListener;
import dev.passage.importer.ImportOutcome;
import dev.passage.importer.ImportReport;
import dev.passage.model.Coding;
import dev.passage.model.DocumentSummary;
import dev.passage.model.Language;
import dev.passage.model.Segment;
import dev.passage.search.SearchFilters;
import dev.passage.search.SearchResult;
import dev.passage.session.ProjectSession;
import dev.passage.session.SessionStores;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scale benchmark of issue 6 (a program, not a test). Generates the {@link ScaleCorpus} of one size, builds a project from
 * it through the public API (import, unit scores, survey, codebook and codings) and measures: import + index throughput,
 * search latency per query type (exact totals and the first page of 50 keyword-in-context rows), one coding applied or
 * removed until a search sees it, all segments of a 10,000-segment code, co-occurrence, CSV export of all excerpts, project
 * open time, and peak heap per phase; and, on the same text, the two baselines: bare Lucene ({@link LuceneBaseline}) and the
 * peers' LIKE scan ({@link ScanBaseline}). Prints a table and writes {@code scale-<size>.json}.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:exec@bench -Dbench.size=M} (S, M or L; default S). Arguments: output folder, size.
 */
public final class ScaleBenchmark {
    private static final long SEED = 6;
    private static final int PAGE = 50;
    private static final int WARM_UP = 10;
    private static final int RUNS = 50;
    private static final int EDITS = 200;

    /** One benchmark query: a label, its kind, the text, and a code path or unit name to filter by (or null). */
    record Q(String label, String kind, String text, String code, String unit) {
        SearchFilters filters() {
            return new SearchFilters(code == null ? List.of() : List.of(code), List.of(), List.of(), unit == null ? List.of() : List.of(unit));
        }
    }

    private static final String UNIT = ScaleCorpus.unitName(2);
    private static final List<Q> QUERIES = List.of(
        new Q("fejl", "term", "fejl", null, null),
        new Q("mistake", "term (English)", "mistake", null, null),
        new Q("\"taler åbent\"", "phrase", "\"taler åbent\"", null, null),
        new Q("feedback AND leder", "boolean AND", "feedback AND leder", null, null),
        new Q("hjælp OR støtte", "boolean OR", "hjælp OR støtte", null, null),
        new Q("lær*", "wildcard prefix", "lær*", null, null),
        new Q("sil*tænkning", "wildcard infix", "sil*tænkning", null, null),
        new Q("*tænkning", "wildcard leading", "*tænkning", null, null),
        new Q("fejl + code", "code filter", "fejl", ScaleCodebook.HOT, null),
        new Q("(all) + code", "code only", "", ScaleCodebook.HOT, null),
        new Q("fejl + unit " + UNIT, "unit filter", "fejl", null, UNIT));
    /** Query label → the scan's literal words (term and phrase queries only). */
    private static final Map<String, String> SCANS = Map.of("fejl", "fejl", "mistake", "mistake", "\"taler åbent\"", "taler åbent");

    @FunctionalInterface
    private interface Op {
        void run() throws Exception;
    }

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        ScaleCorpus.Size size = ScaleCorpus.Size.valueOf((args.length > 1 ? args[1] : "S").strip().toUpperCase(Locale.ROOT));
        Path work = out.resolve("scale-" + size);
        deleteRecursively(work);
        Files.createDirectories(work);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("size", size.name());
        r.put("java", System.getProperty("java.version"));
        r.put("cores", Runtime.getRuntime().availableProcessors());
        r.put("maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20);
        r.put("date", java.time.LocalDate.now().toString());

        Clock clock = Clock.phase();
        ScaleCorpus.Written corpus = ScaleCorpus.write(work.resolve("corpus"), size, SEED);
        Map<String, Object> gen = clock.stop();
        gen.put("interviews", corpus.documents());
        gen.put("interviewMB", mb(corpus.interviewBytes()));
        gen.put("interviewWords", corpus.interviewWords());
        gen.put("surveyAnswers", corpus.surveyAnswers());
        gen.put("units", size.units);
        r.put("corpus", gen);
        log("corpus: " + gen);

        Path project = work.resolve("project.passage");
        Map<String, Latency> passage = new LinkedHashMap<>();
        Map<String, Object> searches = new LinkedHashMap<>();
        try (ProjectSession s = ProjectSession.create(project, "Scale " + size, Language.DA, "bench")) {
            r.put("import", importInterviews(s, corpus));
            r.put("cases", importCases(s, corpus));
            r.put("codings", applyCodings(s));
            clock = Clock.phase();
            s.rebuildIndex(n -> { });
            r.put("fullReindex", clock.stop());
            log("full re-index: " + r.get("fullReindex"));

            clock = Clock.phase();
            for (Q q : QUERIES) {
                SearchResult[] last = new SearchResult[1];
                Latency l = measure(WARM_UP, RUNS, () -> last[0] = s.search().search(q.text(), q.filters(), PAGE));
                passage.put(q.label(), l);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", q.kind());
                m.put("segments", last[0].totalSegments());
                m.put("hits", last[0].totalHits());
                m.put("rows", last[0].hits().size());
                m.putAll(l.summary());
                searches.put(q.label(), m);
                log("search " + q.label() + ": " + m);
            }
            r.put("searchPhase", clock.stop());
            r.put("search", searches);

            r.put("scan", scans(s, project, passage));
            r.put("edits", edits(s));
            r.put("analysis", analysis(s, work));
        }
        r.put("open", openTimes(project));
        r.put("importHeld", importHeld(work, corpus));
        r.put("lucene", lucene(work, corpus, passage, r));
        Path json = out.resolve("scale-" + size + ".json");
        Files.writeString(json, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
        System.out.println(ScaleReport.table(r));
        System.out.println("written " + json);
    }

    private static Map<String, Object> importInterviews(ProjectSession s, ScaleCorpus.Written corpus) throws Exception {
        Clock clock = Clock.phase();
        ImportReport report = s.imports().importPaths(List.of(corpus.interviews()), ImportListener.NONE);
        s.search().commit();
        Map<String, Object> m = clock.stop();
        m.put("documents", report.count(ImportOutcome.Status.IMPORTED));
        m.put("failed", report.count(ImportOutcome.Status.FAILED));
        m.put("MB", mb(corpus.interviewBytes()));
        m.put("MBperSecond", Latency.round(corpus.interviewBytes() / 1e6 / ((Long) m.get("wallMs") / 1000.0)));
        log("import + index of the interviews: " + m);
        if (report.count(ImportOutcome.Status.FAILED) > 0) {
            throw new IllegalStateException("interviews failed to import: " + report);
        }
        return m;
    }

    /** Unit scores, the survey (answers become documents), and the interviews placed in their units by file name. */
    private static Map<String, Object> importCases(ProjectSession s, ScaleCorpus.Written corpus) {
        Clock clock = Clock.phase();
        long t0 = System.nanoTime();
        UnitImportReport units = s.unitImport().apply(TableReader.read(corpus.units(), null), new UnitImport.Options(ScaleCorpus.UNIT_ID, Map.of()));
        long t1 = System.nanoTime();
        SurveyImportReport survey = s.surveyImport().apply(TableReader.read(corpus.survey(), null),
            new SurveyImport.Options(ScaleCorpus.SURVEY_ID, ScaleCorpus.SURVEY_UNIT, ScaleCorpus.SURVEY_QUESTIONS, Map.of()));
        long t2 = System.nanoTime();
        LinkReport link = s.caseEditor().linkByPattern("_(U\\d+)$");
        long t3 = System.nanoTime();
        s.history().clear();
        Map<String, Object> m = clock.stop();
        m.put("unitsMs", (t1 - t0) / 1_000_000);
        m.put("surveyMs", (t2 - t1) / 1_000_000);
        m.put("linkMs", (t3 - t2) / 1_000_000);
        m.put("unitValues", units.valuesSet());
        m.put("respondents", survey.respondentsCreated());
        m.put("surveyAnswers", survey.answersCreated());
        m.put("linked", link.linked().size());
        log("units + survey + links: " + m);
        return m;
    }

    /** The codebook, then every planned coding through CodingService.applyAll (one edit per code and chunk), index held. */
    private static Map<String, Object> applyCodings(ProjectSession s) {
        Clock clock = Clock.phase();
        s.search().holdUpdates();
        long applied = 0;
        long release;
        try {
            for (String path : ScaleCodebook.PATHS) {
                s.codebook().addPath(path, null, null);
            }
            Codebook book = s.codebook().codebook();
            List<DocumentSummary> docs = s.documents().summaries();
            for (int from = 0; from < docs.size(); from += 100) {
                List<DocumentSummary> chunk = docs.subList(from, Math.min(docs.size(), from + 100));
                Map<Long, String> texts = SessionStores.of(s).database().read(a -> {
                    Map<Long, String> t = new LinkedHashMap<>();
                    chunk.forEach(d -> t.put(d.id(), a.documents().text(d.id()).orElseThrow()));
                    return t;
                });
                Map<String, List<TextRange>> byCode = new LinkedHashMap<>();
                for (DocumentSummary d : chunk) {
                    String text = texts.get(d.id());
                    List<ScaleCodebook.Planned> plan = d.name().startsWith("interview-")
                        ? ScaleCodebook.forInterview(Integer.parseInt(d.name().substring(10, 15)), text, SEED)
                        : ScaleCodebook.forSurveyAnswer(d.id(), text, SEED);
                    plan.forEach(p -> byCode.computeIfAbsent(p.path(), k -> new ArrayList<>()).add(new TextRange(d.id(), p.start(), p.end())));
                }
                for (var e : byCode.entrySet()) {
                    applied += s.coding().applyAll(e.getValue(), book.findByPath(e.getKey()).orElseThrow().id(), null).size();
                }
            }
        } finally {
            long t = System.nanoTime();
            s.search().releaseUpdates();
            release = (System.nanoTime() - t) / 1_000_000;
        }
        s.history().clear();
        Map<String, Object> m = clock.stop();
        m.put("codes", s.codebook().codebook().size());
        m.put("codings", applied);
        m.put("indexRebuildOnReleaseMs", release);
        log("codebook + codings (index held, rebuilt once on release): " + m);
        return m;
    }

    /** Baseline 2 on term and phrase queries, with scan/Passage ratios. */
    private static Map<String, Object> scans(ProjectSession s, Path project, Map<String, Latency> passage) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        int runs = 10;
        try (ScanBaseline scan = new ScanBaseline(project)) {
            for (var e : SCANS.entrySet()) {
                ScanBaseline.Result[] last = new ScanBaseline.Result[1];
                Latency l = measure(2, runs, () -> last[0] = scan.search(e.getValue()));
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("words", e.getValue());
                m.put("documents", last[0].documents());
                m.put("hits", last[0].hits());
                m.put("rows", last[0].rows().size());
                m.putAll(l.summary());
                m.put("scanOverPassageP50", Latency.round(l.p(0.5) / passage.get(e.getKey()).p(0.5)));
                out.put(e.getKey(), m);
                log("scan " + e.getValue() + ": " + m);
            }
        }
        return out;
    }

    /** Apply one coding until a code-filtered search finds it, then remove it until the search no longer does; EDITS documents. */
    private static Map<String, Object> edits(ProjectSession s) throws Exception {
        long probe = s.codebook().addPath(ScaleCodebook.PROBE, null, null).id();
        SearchFilters filter = new SearchFilters(List.of(ScaleCodebook.PROBE), List.of(), List.of(), List.of());
        List<Long> ids = SessionStores.of(s).database().read(a -> a.documents().ids());
        Latency apply = new Latency(EDITS);
        Latency remove = new Latency(EDITS);
        int step = Math.max(1, ids.size() / EDITS);
        Clock clock = Clock.phase();
        for (int i = 0; i < EDITS; i++) {
            long doc = ids.get((i * step) % ids.size());
            String text = s.documents().text(doc).orElseThrow();
            List<int[]> sentences = ScaleCorpus.sentences(text);
            int[] range = sentences.get(sentences.size() / 2);
            long t0 = System.nanoTime();
            long c0 = Clock.cpuNow();
            Coding coding = s.coding().apply(doc, range[0], range[1], probe);
            SearchResult found = s.search().search("", filter, PAGE);
            apply.add((System.nanoTime() - t0) / 1e6, (Clock.cpuNow() - c0) / 1e6);
            if (found.totalSegments() < 1 || found.hits().getFirst().documentId() != doc) {
                throw new IllegalStateException("the new coding is not visible to search in document " + doc);
            }
            t0 = System.nanoTime();
            c0 = Clock.cpuNow();
            s.coding().remove(coding.id());
            SearchResult gone = s.search().search("", filter, PAGE);
            remove.add((System.nanoTime() - t0) / 1e6, (Clock.cpuNow() - c0) / 1e6);
            if (gone.totalSegments() != 0) {
                throw new IllegalStateException("the removed coding is still visible to search in document " + doc);
            }
        }
        s.history().clear();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("apply", apply.summary());
        m.put("remove", remove.summary());
        m.put("phase", clock.stop());
        log("apply/remove one coding until visible: " + m);
        return m;
    }

    private static Map<String, Object> analysis(ProjectSession s, Path work) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        Codebook book = s.codebook().codebook();
        long hot = book.findByPath(ScaleCodebook.HOT).orElseThrow().id();
        List<Segment>[] segments = new List[1];
        Clock clock = Clock.phase();
        Latency l = measure(1, 5, () -> segments[0] = s.retrieval().segments(book, hot, false));
        Map<String, Object> m = new LinkedHashMap<>(l.summary());
        m.put("segments", segments[0].size());
        m.put("phase", clock.stop());
        out.put("retrieveHotCode", m);
        log("all segments of " + ScaleCodebook.HOT + ": " + m);

        int[] pairs = new int[1];
        clock = Clock.phase();
        l = measure(1, 3, () -> pairs[0] = s.coOccurrence().compute().size());
        m = new LinkedHashMap<>(l.summary());
        m.put("pairs", pairs[0]);
        m.put("phase", clock.stop());
        out.put("coOccurrence", m);
        log("co-occurrence: " + m);

        ExportService export = new ExportService(SessionStores.of(s).database(), book, s.info().name());
        Path csv = work.resolve("excerpts.csv");
        ExportReport[] report = new ExportReport[1];
        clock = Clock.phase();
        l = measure(0, 2, () -> {
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(csv), 1 << 16)) {
                report[0] = export.table(TableFormat.CSV, ExcerptFilter.ALL, List.of(), o);
            }
        });
        m = new LinkedHashMap<>(l.summary());
        m.put("rows", report[0].rows());
        m.put("fileMB", mb(Files.size(csv)));
        m.put("phase", clock.stop());
        out.put("exportCsv", m);
        log("export of all excerpts to CSV: " + m);
        return out;
    }

    /**
     * Open the closed project and load what the workbench shows first, as its views do: the codebook with coding counts, and
     * the document list (one summary query, all codings grouped by document, then unit and attributes per row). Each step is
     * timed on its own; the first of six rounds warms up and is not counted.
     */
    private static Map<String, Object> openTimes(Path project) throws Exception {
        String[] steps = {"sessionOpen", "codebookAndCounts", "documentSummaries", "allCodings", "unitsAndAttributes", "openAndFirstView"};
        Map<String, Latency> times = new LinkedHashMap<>();
        for (String step : steps) {
            times.put(step, new Latency(5));
        }
        int[] rows = new int[1];
        Clock clock = Clock.phase();
        for (int i = 0; i < 6; i++) {
            double[] t = new double[steps.length];
            long t0 = System.nanoTime();
            long c0 = Clock.cpuNow();
            try (ProjectSession s = ProjectSession.open(project, "bench")) {
                t[0] = ms(t0);
                long t1 = System.nanoTime();
                s.codebook().codebook();
                s.codebook().codingCounts();
                t[1] = ms(t1);
                SessionStores.of(s).database().read(a -> {
                    long u = System.nanoTime();
                    List<DocumentSummary> docs = a.documents().list();
                    t[2] = ms(u);
                    u = System.nanoTime();
                    Map<Long, List<Coding>> byDoc = new LinkedHashMap<>();
                    for (Coding c : a.codings().all()) {
                        byDoc.computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(c);
                    }
                    t[3] = ms(u);
                    u = System.nanoTime();
                    a.documents().unitNames();
                    a.documents().allAttributes();
                    t[4] = ms(u);
                    rows[0] = docs.size();
                    return null;
                });
                t[5] = ms(t0);
                if (i > 0) { // the first round warms the JIT and the file cache up
                    for (int k = 0; k < steps.length; k++) {
                        times.get(steps[k]).add(t[k], k == steps.length - 1 ? (Clock.cpuNow() - c0) / 1e6 : 0);
                    }
                }
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documents", rows[0]);
        times.forEach((k, v) -> m.put(k, v.summary()));
        m.put("phase", clock.stop());
        log("open: " + m);
        return m;
    }

    /** The same interviews imported into a new project with index updates held during the import and one rebuild at the end. */
    private static Map<String, Object> importHeld(Path work, ScaleCorpus.Written corpus) throws Exception {
        Path project = work.resolve("held.passage");
        Map<String, Object> m;
        try (ProjectSession s = ProjectSession.create(project, "Scale held", Language.DA, "bench")) {
            Clock clock = Clock.phase();
            long rebuild;
            s.search().holdUpdates();
            try {
                s.imports().importPaths(List.of(corpus.interviews()), ImportListener.NONE);
            } finally {
                long t = System.nanoTime();
                s.search().releaseUpdates();
                rebuild = (System.nanoTime() - t) / 1_000_000;
            }
            s.search().commit();
            m = clock.stop();
            m.put("rebuildMs", rebuild);
            m.put("MBperSecond", Latency.round(corpus.interviewBytes() / 1e6 / ((Long) m.get("wallMs") / 1000.0)));
        }
        deleteRecursively(project);
        log("import with index updates held: " + m);
        return m;
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    /** Baseline 1 on the interview files, with Passage/Lucene ratios. */
    private static Map<String, Object> lucene(Path work, ScaleCorpus.Written corpus, Map<String, Latency> passage, Map<String, Object> r)
        throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        try (LuceneBaseline lucene = new LuceneBaseline(work.resolve("lucene-index"))) {
            Clock clock = Clock.phase();
            long paragraphs = lucene.index(corpus.interviews());
            Map<String, Object> idx = clock.stop();
            idx.put("paragraphs", paragraphs);
            idx.put("MBperSecond", Latency.round(corpus.interviewBytes() / 1e6 / ((Long) idx.get("wallMs") / 1000.0)));
            long passageImport = (Long) ((Map<?, ?>) r.get("import")).get("wallMs");
            long passageReindex = (Long) ((Map<?, ?>) r.get("fullReindex")).get("wallMs");
            idx.put("importOverLucene", Latency.round(passageImport / (double) (Long) idx.get("wallMs")));
            long held = (Long) ((Map<?, ?>) r.get("importHeld")).get("wallMs");
            idx.put("heldImportOverLucene", Latency.round(held / (double) (Long) idx.get("wallMs")));
            idx.put("reindexOverLucene", Latency.round(passageReindex / (double) (Long) idx.get("wallMs")));
            out.put("index", idx);
            log("bare Lucene indexing: " + idx);
            Map<String, Object> qs = new LinkedHashMap<>();
            for (Q q : QUERIES) {
                if (q.code() != null) {
                    continue; // the files have no codes
                }
                LuceneBaseline.Result[] last = new LuceneBaseline.Result[1];
                Latency l = measure(WARM_UP, RUNS, () -> last[0] = lucene.search(q.text(), q.unit(), false));
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("paragraphs", last[0].paragraphs());
                m.put("rows", last[0].rows().size());
                m.putAll(l.summary());
                m.put("passageOverLuceneP50", Latency.round(passage.get(q.label()).p(0.5) / l.p(0.5)));
                // counting every hit with Matches takes seconds per query at L: a few runs tell its order of magnitude
                Latency all = corpus.interviewBytes() > 100_000_000L ? measure(1, 5, () -> last[0] = lucene.search(q.text(), q.unit(), true))
                                                                     : measure(WARM_UP, RUNS, () -> last[0] = lucene.search(q.text(), q.unit(), true));
                m.put("allHits", last[0].hits());
                m.put("allHitsP50", Latency.round(all.p(0.5)));
                m.put("allHitsP95", Latency.round(all.p(0.95)));
                m.put("passageOverAllHitsP50", Latency.round(passage.get(q.label()).p(0.5) / all.p(0.5)));
                qs.put(q.label(), m);
                log("lucene " + q.label() + ": " + m);
            }
            out.put("search", qs);
        }
        return out;
    }

    private static Latency measure(int warmUp, int runs, Op op) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            op.run();
        }
        Latency l = new Latency(runs);
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            long c0 = Clock.cpuNow();
            op.run();
            l.add((System.nanoTime() - t0) / 1e6, (Clock.cpuNow() - c0) / 1e6);
        }
        return l;
    }

    private static double mb(long bytes) {
        return Math.round(bytes / 1e5) / 10.0;
    }

    private static void log(String line) {
        System.out.println("[scale] " + line);
    }

    private static void deleteRecursively(Path p) throws Exception {
        if (Files.exists(p)) {
            try (var files = Files.walk(p)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
