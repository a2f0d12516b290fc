package dev.passage.bench;

import java.util.Locale;
import java.util.Map;

/** The scale benchmark's results as Markdown tables (as pasted into BENCHMARKS.md), each row with its issue-6 target. */
final class ScaleReport {

    private ScaleReport() {
    }

    static String table(Map<String, Object> r) {
        String size = (String) r.get("size");
        double searchTarget = "L".equals(size) ? 50 : 20;
        StringBuilder sb = new StringBuilder();
        Map<String, Object> corpus = map(r, "corpus");
        sb.append(String.format(Locale.ROOT, "Size %s: %s interviews, %s MB, %,d words; %s survey answers; %s units; max heap %s MiB; %s cores%n%n",
                                size, corpus.get("interviews"), corpus.get("interviewMB"), (Long) corpus.get("interviewWords"),
                                corpus.get("surveyAnswers"), corpus.get("units"), r.get("maxHeapMiB"), r.get("cores")));

        Map<String, Object> imp = map(r, "import");
        Map<String, Object> luc = map(map(r, "lucene"), "index");
        Map<String, Object> reindex = map(r, "fullReindex");
        Map<String, Object> cases = map(r, "cases");
        Map<String, Object> codings = map(r, "codings");
        sb.append("| build step | Passage | bare Lucene | Passage / Lucene | target | met |\n|---|---:|---:|---:|---|---|\n");
        double importS = sec(imp.get("wallMs"));
        double ratio = (Double) luc.get("importOverLucene");
        boolean importMet = ratio <= 1.5 && (!"M".equals(size) || importS < 60);
        sb.append(String.format(Locale.ROOT, "| import + index of the interviews | %.1f s (CPU %.1f s), %s MB/s | %.1f s, %s MB/s | %.2f | ≤ 1.5× Lucene%s | %s |%n",
                                importS, sec(imp.get("cpuMs")), imp.get("MBperSecond"), sec(luc.get("wallMs")), luc.get("MBperSecond"), ratio,
                                "M".equals(size) ? "; < 60 s" : "", yes(importMet)));
        Map<String, Object> held = map(r, "importHeld");
        double heldRatio = (Double) luc.get("heldImportOverLucene");
        sb.append(String.format(Locale.ROOT, "| … the same with index updates held, one rebuild at the end | %.1f s (CPU %.1f s, rebuild %.1f s), %s MB/s | | %.2f | (same) | %s |%n",
                                sec(held.get("wallMs")), sec(held.get("cpuMs")), sec(held.get("rebuildMs")), held.get("MBperSecond"), heldRatio,
                                yes(heldRatio <= 1.5 && (!"M".equals(size) || sec(held.get("wallMs")) < 60))));
        sb.append(String.format(Locale.ROOT, "| full re-index from the database | %.1f s | | %.2f | | |%n", sec(reindex.get("wallMs")),
                                (Double) luc.get("reindexOverLucene")));
        sb.append(String.format(Locale.ROOT, "| unit scores (%.1f s) + survey of %s answers (%.1f s) + link interviews to units (%.1f s) | %.1f s | | | | |%n",
                                sec(cases.get("unitsMs")), cases.get("surveyAnswers"), sec(cases.get("surveyMs")), sec(cases.get("linkMs")),
                                sec(cases.get("wallMs"))));
        sb.append(String.format(Locale.ROOT, "| codebook (%s codes) + %,d codings, index held, one rebuild | %.1f s (rebuild %.1f s) | | | | |%n%n",
                                codings.get("codes"), (Long) codings.get("codings"), sec(codings.get("wallMs")),
                                sec(codings.get("indexRebuildOnReleaseMs"))));

        sb.append(String.format(Locale.ROOT, "| query | kind | passages | hits | p50 | p95 | p99 | Lucene p50 | Passage / Lucene | Lucene + all hits p50 | Passage / that | scan p50 | scan / Passage | p95 < %.0f ms |%n",
                                searchTarget));
        sb.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        Map<String, Object> lq = map(map(r, "lucene"), "search");
        Map<String, Object> scans = map(r, "scan");
        for (var e : map(r, "search").entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> q = (Map<String, Object>) e.getValue();
            @SuppressWarnings("unchecked")
            Map<String, Object> l = (Map<String, Object>) lq.get(e.getKey());
            @SuppressWarnings("unchecked")
            Map<String, Object> sc = (Map<String, Object>) scans.get(e.getKey());
            double p95 = (Double) q.get("p95");
            sb.append(String.format(Locale.ROOT, "| `%s` | %s | %,d | %,d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                                    e.getKey(), q.get("kind"), (Long) q.get("segments"), (Long) q.get("hits"), ms(q.get("p50")), ms(p95),
                                    ms(q.get("p99")), l == null ? "" : ms(l.get("p50")), l == null ? "" : l.get("passageOverLuceneP50") + "×",
                                    l == null ? "" : ms(l.get("allHitsP50")), l == null ? "" : l.get("passageOverAllHitsP50") + "×",
                                    sc == null ? "" : ms(sc.get("p50")) + " (" + String.format(Locale.ROOT, "%,d", (Long) sc.get("hits")) + " hits)",
                                    sc == null ? "" : sc.get("scanOverPassageP50") + "×", yes(p95 < searchTarget)
                                        + (sc == null ? "" : (Double) sc.get("scanOverPassageP50") > 1 ? ", faster than scan" : ", slower than scan")));
        }
        sb.append('\n');

        Map<String, Object> edits = map(r, "edits");
        Map<String, Object> analysis = map(r, "analysis");
        Map<String, Object> open = map(r, "open");
        sb.append("| operation | p50 | p95 | p99 | target | met |\n|---|---:|---:|---:|---|---|\n");
        for (String k : new String[] {"apply", "remove"}) {
            Map<String, Object> e = map(edits, k);
            sb.append(String.format(Locale.ROOT, "| %s one coding until a code-filtered search shows it (%s edits) | %s | %s | %s | p95 < 10 ms | %s |%n",
                                    k, e.get("runs"), ms(e.get("p50")), ms(e.get("p95")), ms(e.get("p99")), yes((Double) e.get("p95") < 10)));
        }
        Map<String, Object> hot = map(analysis, "retrieveHotCode");
        sb.append(String.format(Locale.ROOT, "| all %,d segments of `%s` (SegmentRetrieval) | %s | %s | | < 200 ms (10,000 segments) | %s |%n",
                                (Integer) hot.get("segments"), ScaleCodebook.HOT, ms(hot.get("p50")), ms(hot.get("p95")),
                                yes((Double) hot.get("p95") < 200)));
        Map<String, Object> co = map(analysis, "coOccurrence");
        sb.append(String.format(Locale.ROOT, "| co-occurrence of all codes (%s pairs) | %s | | | | |%n", co.get("pairs"), ms(co.get("p50"))));
        Map<String, Object> csv = map(analysis, "exportCsv");
        sb.append(String.format(Locale.ROOT, "| export all %,d excerpts to CSV (%s MB) | %s | | | | |%n", (Integer) csv.get("rows"), csv.get("fileMB"),
                                ms(csv.get("p50"))));
        Map<String, Object> ov = map(open, "openAndFirstView");
        sb.append(String.format(Locale.ROOT, "| open the project and show codebook, coding counts, document list (%s rows) | %s | %s | | < 1 s | %s |%n",
                                open.get("documents"), ms(ov.get("p50")), ms(ov.get("p95")), yes((Double) ov.get("p50") < 1000)));
        String[][] parts = {{"sessionOpen", "ProjectSession.open (H2, Flyway check, index check)"},
                            {"codebookAndCounts", "codebook + coding counts"},
                            {"documentSummaries", "document summaries (DocumentRepository.list)"},
                            {"allCodings", "all codings, grouped by document"},
                            {"unitsAndAttributes", "units + attributes of all rows (one query each)"}};
        for (String[] p : parts) {
            Map<String, Object> t = map(open, p[0]);
            sb.append(String.format(Locale.ROOT, "| … of which %s | %s | %s | | | |%n", p[1], ms(t.get("p50")), ms(t.get("p95"))));
        }
        sb.append('\n');

        sb.append("| phase | wall | CPU (main thread) | peak heap | heap after GC |\n|---|---:|---:|---:|---:|\n");
        phase(sb, "generate corpus", corpus);
        phase(sb, "import + index", imp);
        phase(sb, "units + survey", cases);
        phase(sb, "codings (held)", codings);
        phase(sb, "full re-index", reindex);
        phase(sb, "all searches", map(r, "searchPhase"));
        phase(sb, "coding edits", map(edits, "phase"));
        phase(sb, "segments of a code", map(hot, "phase"));
        phase(sb, "co-occurrence", map(co, "phase"));
        phase(sb, "CSV export", map(csv, "phase"));
        phase(sb, "open ×6", map(open, "phase"));
        phase(sb, "import, index held", held);
        phase(sb, "bare Lucene index", luc);
        return sb.toString();
    }

    private static void phase(StringBuilder sb, String name, Map<String, Object> p) {
        sb.append(String.format(Locale.ROOT, "| %s | %.1f s | %.1f s | %s MiB | %s MiB |%n", name, sec(p.get("wallMs")), sec(p.get("cpuMs")),
                                p.get("peakHeapMiB"), p.get("heapAfterGcMiB")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.get(key);
    }

    private static double sec(Object ms) {
        return ((Number) ms).doubleValue() / 1000.0;
    }

    private static String ms(Object v) {
        double d = ((Number) v).doubleValue();
        return d >= 100 ? String.format(Locale.ROOT, "%.0f ms", d) : String.format(Locale.ROOT, "%.1f ms", d);
    }

    private static String yes(boolean met) {
        return met ? "yes" : "**no**";
    }
}
