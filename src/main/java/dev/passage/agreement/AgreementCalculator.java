package dev.passage.agreement;

import dev.passage.agreement.AgreementReport.CodeAgreement;
import dev.passage.agreement.AgreementReport.DocumentAgreement;
import dev.passage.agreement.AgreementReport.Intervals;
import dev.passage.agreement.AgreementReport.Overall;
import dev.passage.agreement.AgreementReport.UnmatchedSegment;
import dev.passage.model.Code;
import dev.passage.model.Coding;
import dev.passage.model.DocumentSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The numbers of an {@link AgreementScope}, one way per unit of analysis. Measures come from {@link Tally} and
 * {@link Measures}; intervals from {@link Bootstrap} with documents as the clusters.
 */
final class AgreementCalculator {
    static final String OBSERVED = "none: the observed share of agreeing pairs of values";
    static final String COHEN_BINARY = "Cohen: pA·pB + (1−pA)(1−pB) from each coder's own share of coded units";
    static final String COHEN_NOMINAL = "Cohen: Σ pA(k)·pB(k) over the sub-codes, from each coder's own shares";
    static final String ALPHA = "Krippendorff: 1 − Do/De, expected disagreement from the pooled values of all coders"
        + " (coincidence matrix, nominal)";
    static final String BP_HALF = "Brennan–Prediger: 1/2 (coded or not)";
    static final String SEGMENT_BP = "Brennan–Prediger: 1/2 (a segment is matched or not; there is no 'neither coded' cell,"
        + " so Cohen's κ and α are not defined for segments)";
    static final String UNITIZED = "Krippendorff 2004 α_U: 1 − Do/De over the documents' texts as continua, expected"
        + " disagreement from all pairs of the coders' sections and gaps";

    private final AgreementScope scope;
    private final int samples;
    private final long seed;

    AgreementCalculator(AgreementScope scope, int samples, long seed) {
        this.scope = scope;
        this.samples = samples;
        this.seed = seed;
    }

    AgreementReport report() {
        return switch (scope.unit()) {
            case CHARACTER -> character();
            case SEGMENT -> segment();
            case DOCUMENT -> scope.domain() == null ? document() : domain();
            case UNITIZED -> unitized();
        };
    }

    // ---- character: each character a unit, coded or not by each coder

    private AgreementReport character() {
        int n = scope.coderCount();
        List<CodeAgreement> rows = new ArrayList<>();
        Map<Long, Tally> allCodesByDocument = emptyPerDocument(2);
        for (Code code : scope.codes()) {
            List<Tally> perDocument = new ArrayList<>();
            List<DocumentAgreement> docs = new ArrayList<>();
            for (DocumentSummary d : scope.documents()) {
                Tally t = new Tally(n, 2);
                for (Coverage.Run run : scope.runs(code.id(), d)) {
                    t.add(binary(run.covered()), run.length());
                }
                perDocument.add(t);
                allCodesByDocument.put(d.id(), allCodesByDocument.get(d.id()).plus(t));
                docs.add(documentRow(d, t, null));
            }
            rows.add(codeRow(code, perDocument, docs, List.of()));
        }
        long characters = scope.documents().stream().mapToLong(DocumentSummary::length).sum();
        return report("each character of the " + scope.documents().size() + " documents (" + characters
                          + " characters), for each code: coded or not by each coder",
                      new AgreementReport.Chance(OBSERVED, n == 2 ? COHEN_BINARY : null, ALPHA, BP_HALF), samples, rows,
                      overall(new ArrayList<>(allCodesByDocument.values())));
    }

    // ---- segment: each coded segment a unit, matched or not by each other coder

    private AgreementReport segment() {
        int n = scope.coderCount();
        List<CodeAgreement> rows = new ArrayList<>();
        Map<Long, Tally> allCodesByDocument = emptyPerDocument(2);
        for (Code code : scope.codes()) {
            List<Tally> perDocument = new ArrayList<>();
            List<DocumentAgreement> docs = new ArrayList<>();
            List<UnmatchedSegment> unmatched = new ArrayList<>();
            for (DocumentSummary d : scope.documents()) {
                Tally t = new Tally(2, 2);
                List<Coding> codings = scope.codings(code.id(), d.id());
                for (Coding s : codings) {
                    if (s.end() <= s.start()) {
                        continue;
                    }
                    List<String> missedBy = new ArrayList<>();
                    for (String other : scope.coders()) {
                        if (other.equals(s.coder())) {
                            continue;
                        }
                        boolean matched = codings.stream().anyMatch(o -> o.coder().equals(other) && matches(s, o, scope.overlap()));
                        // a pair of values per segment and other coder: {1,1} matched, {1,0} not (see SEGMENT_BP)
                        t.add(matched ? new Integer[] {1, 1} : new Integer[] {1, 0}, 1);
                        if (!matched) {
                            missedBy.add(other);
                        }
                    }
                    if (!missedBy.isEmpty()) {
                        unmatched.add(new UnmatchedSegment(s.coder(), d.name(), d.id(), s.start(), s.end(), missedBy));
                    }
                }
                perDocument.add(t);
                allCodesByDocument.put(d.id(), allCodesByDocument.get(d.id()).plus(t));
                docs.add(segmentDocumentRow(d, t));
            }
            Tally pooled = sum(perDocument, 2);
            Measures m = Measures.of(pooled);
            unmatched.sort(java.util.Comparator.comparing(UnmatchedSegment::document).thenComparingInt(UnmatchedSegment::start)
                                               .thenComparing(UnmatchedSegment::coder));
            rows.add(new CodeAgreement(scope.book().path(code.id()), code.id(), m.percentAgreement(), null, null, m.brennanPrediger(),
                                       m.units(), segmentIntervals(perDocument), docs, unmatched));
        }
        List<Tally> clusters = new ArrayList<>(allCodesByDocument.values());
        Measures m = Measures.of(sum(clusters, 2));
        Overall overall = new Overall(m.percentAgreement(), null, null, m.brennanPrediger(), m.units(), segmentIntervals(clusters));
        return report("each coded segment of each coder, once per other coder: matched when that coder has a segment of the same"
                          + " code overlapping it by at least " + Math.round(scope.overlap() * 100) + "% of the longer of the two",
                      new AgreementReport.Chance(OBSERVED, null, null, SEGMENT_BP), samples, rows, overall);
    }

    static boolean matches(Coding a, Coding b, double overlap) {
        int common = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
        int longer = Math.max(a.end() - a.start(), b.end() - b.start());
        return common > 0 && common >= overlap * longer - 1e-9;
    }

    private DocumentAgreement segmentDocumentRow(DocumentSummary d, Tally t) {
        Measures m = Measures.of(t);
        return new DocumentAgreement(d.name(), d.id(), m.percentAgreement(), null, null, m.brennanPrediger(), m.units(), null);
    }

    private Intervals segmentIntervals(List<Tally> clusters) {
        Intervals all = intervals(clusters);
        return new Intervals(all.percentAgreement(), null, null, all.brennanPrediger());
    }

    // ---- document: each document a unit, the code applied or not by each coder

    private AgreementReport document() {
        int n = scope.coderCount();
        List<CodeAgreement> rows = new ArrayList<>();
        Map<Long, Tally> allCodesByDocument = emptyPerDocument(2);
        for (Code code : scope.codes()) {
            List<Tally> perDocument = new ArrayList<>();
            List<DocumentAgreement> docs = new ArrayList<>();
            for (DocumentSummary d : scope.documents()) {
                boolean[] applied = new boolean[n];
                for (Coding c : scope.codings(code.id(), d.id())) {
                    applied[scope.coderIndex(c.coder())] = true;
                }
                Tally t = new Tally(n, 2);
                t.add(binary(applied), 1);
                perDocument.add(t);
                allCodesByDocument.put(d.id(), allCodesByDocument.get(d.id()).plus(t));
                List<String> values = new ArrayList<>();
                for (boolean a : applied) {
                    values.add(a ? "coded" : "not coded");
                }
                docs.add(documentRow(d, t, values));
            }
            rows.add(codeRow(code, perDocument, docs, List.of()));
        }
        return report("each of the " + scope.documents().size() + " documents, for each code: applied or not by each coder",
                      new AgreementReport.Chance(OBSERVED, n == 2 ? COHEN_BINARY : null, ALPHA, BP_HALF), samples, rows,
                      overall(new ArrayList<>(allCodesByDocument.values())));
    }

    /** Document unit with a domain: the domain's direct sub-codes are the values of one nominal variable. */
    private AgreementReport domain() {
        int n = scope.coderCount();
        Code domain = scope.domain();
        List<Code> values = scope.book().children(domain.id());
        int q = values.size();
        List<Tally> perDocument = new ArrayList<>();
        List<DocumentAgreement> docs = new ArrayList<>();
        for (DocumentSummary d : scope.documents()) {
            Integer[] chosen = new Integer[n];
            long[][] coveredBy = new long[n][q];
            for (int v = 0; v < q; v++) {
                for (long codeId : scope.book().selfAndDescendants(values.get(v).id())) {
                    for (Coding c : scope.codings(codeId, d.id())) {
                        coveredBy[scope.coderIndex(c.coder())][v] += Math.max(1, c.end() - c.start());
                    }
                }
            }
            List<String> shown = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int best = -1;
                for (int v = 0; v < q; v++) {
                    if (coveredBy[i][v] > 0 && (best < 0 || coveredBy[i][v] > coveredBy[i][best])) {
                        best = v;
                    }
                }
                chosen[i] = best < 0 ? null : best;
                shown.add(best < 0 ? null : values.get(best).name());
            }
            Tally t = new Tally(n, q);
            t.add(chosen, 1);
            perDocument.add(t);
            docs.add(documentRow(d, t, shown));
        }
        CodeAgreement row = codeRow(domain, perDocument, docs, List.of());
        Overall overall = new Overall(row.percentAgreement(), row.cohenKappa(), row.krippendorffAlpha(), row.brennanPrediger(),
                                      row.units(), row.ci95());
        String names = String.join(", ", values.stream().map(Code::name).toList());
        return report("each of the " + scope.documents().size() + " documents: the sub-code of " + scope.book().path(domain.id())
                          + " each coder applied (" + names + "); a coder who applied none is missing for it, one who applied"
                          + " several counts the one covering the most characters",
                      new AgreementReport.Chance(OBSERVED, n == 2 ? "Cohen: Σ pA(k)·pB(k) over the " + q
                          + " sub-codes, from each coder's own shares" : null, ALPHA, "Brennan–Prediger: 1/" + q + " (" + q
                          + " sub-codes)"), samples, List.of(row), overall);
    }

    // ---- unitized: Krippendorff's α_U over the documents' texts

    private AgreementReport unitized() {
        int n = scope.coderCount();
        List<CodeAgreement> rows = new ArrayList<>();
        UnitizedAlpha.Result total = new UnitizedAlpha.Result(0, 0);
        List<List<UnitizedAlpha.Continuum>> allCodes = new ArrayList<>();
        long characters = scope.documents().stream().mapToLong(DocumentSummary::length).sum();
        for (Code code : scope.codes()) {
            List<UnitizedAlpha.Continuum> continua = new ArrayList<>();
            List<DocumentAgreement> docs = new ArrayList<>();
            for (DocumentSummary d : scope.documents()) {
                List<List<int[]>> sections = Coverage.sections(scope.runs(code.id(), d), n);
                List<UnitizedAlpha.Section> marked = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    for (int[] s : sections.get(i)) {
                        marked.add(new UnitizedAlpha.Section(i, s[0], s[1]));
                    }
                }
                UnitizedAlpha.Continuum c = new UnitizedAlpha.Continuum(d.length(), marked);
                continua.add(c);
                Double alpha = UnitizedAlpha.of(List.of(c), n).alpha();
                docs.add(new DocumentAgreement(d.name(), d.id(), null, null, alpha, null, d.length(), null));
            }
            UnitizedAlpha.Result r = UnitizedAlpha.of(continua, n);
            total = total.plus(r);
            allCodes.add(continua);
            rows.add(new CodeAgreement(scope.book().path(code.id()), code.id(), null, null, r.alpha(), null, characters,
                                       unitizedInterval(List.of(continua), r.alpha()), docs, List.of()));
        }
        return report("the whole text of each of the " + scope.documents().size() + " documents as a continuum of " + characters
                          + " characters, for each code: the sections each coder marked and the gaps between them",
                      new AgreementReport.Chance(null, null, UNITIZED + "; overall: 1 − ΣDo/ΣDe over the codes", null), samples, rows,
                      new Overall(null, null, total.alpha(), null, characters, unitizedInterval(allCodes, total.alpha())));
    }

    /** The bootstrap interval of α_U over {@code codes} (each its continua, one per document), documents resampled. */
    private Intervals unitizedInterval(List<List<UnitizedAlpha.Continuum>> codes, Double alpha) {
        if (alpha == null || codes.isEmpty() || scope.documents().size() < 2 || samples <= 0) {
            return Intervals.NONE;
        }
        return new Intervals(null, null, UnitizedAlpha.ci95(codes, scope.coderCount(), samples, seed), null);
    }

    // ---- shared

    private CodeAgreement codeRow(Code code, List<Tally> perDocument, List<DocumentAgreement> docs, List<UnmatchedSegment> unmatched) {
        int categories = perDocument.isEmpty() ? 2 : perDocument.getFirst().categories();
        Measures m = Measures.of(sum(perDocument, categories));
        return new CodeAgreement(scope.book().path(code.id()), code.id(), m.percentAgreement(), m.cohenKappa(), m.krippendorffAlpha(),
                                 m.brennanPrediger(), m.units(), intervals(perDocument), docs, unmatched);
    }

    private DocumentAgreement documentRow(DocumentSummary d, Tally t, List<String> values) {
        Measures m = Measures.of(t);
        return new DocumentAgreement(d.name(), d.id(), m.percentAgreement(), m.cohenKappa(), m.krippendorffAlpha(), m.brennanPrediger(),
                                     m.units(), values);
    }

    private Overall overall(List<Tally> clusters) {
        Measures m = Measures.of(sum(clusters, 2));
        return new Overall(m.percentAgreement(), m.cohenKappa(), m.krippendorffAlpha(), m.brennanPrediger(), m.units(), intervals(clusters));
    }

    private static final List<Function<Measures, Double>> MEASURES = List.of(Measures::percentAgreement, Measures::cohenKappa,
                                                                               Measures::krippendorffAlpha, Measures::brennanPrediger);

    /** The four measures' intervals from one set of replicates; none for a measure undefined on all the data. */
    private Intervals intervals(List<Tally> clusters) {
        if (clusters.size() < 2 || samples <= 0) {
            return Intervals.NONE;
        }
        Measures all = Measures.of(sum(clusters, clusters.getFirst().categories()));
        List<Interval> ci = Bootstrap.ci95(clusters, MEASURES, samples, seed);
        Interval[] shown = new Interval[MEASURES.size()];
        for (int k = 0; k < shown.length; k++) {
            shown[k] = MEASURES.get(k).apply(all) == null ? null : ci.get(k);
        }
        return new Intervals(shown[0], shown[1], shown[2], shown[3]);
    }

    private Map<Long, Tally> emptyPerDocument(int categories) {
        Map<Long, Tally> out = new java.util.LinkedHashMap<>();
        scope.documents().forEach(d -> out.put(d.id(), new Tally(scope.unit() == AgreementUnit.SEGMENT ? 2 : scope.coderCount(), categories)));
        return out;
    }

    private Tally sum(List<Tally> tallies, int categories) {
        Tally t = new Tally(scope.unit() == AgreementUnit.SEGMENT ? 2 : scope.coderCount(), categories);
        for (Tally x : tallies) {
            t = t.plus(x);
        }
        return t;
    }

    private static Integer[] binary(boolean[] covered) {
        Integer[] v = new Integer[covered.length];
        for (int i = 0; i < covered.length; i++) {
            v[i] = covered[i] ? 1 : 0;
        }
        return v;
    }

    private AgreementReport report(String unitOfAnalysis, AgreementReport.Chance chance, int bootstrap, List<CodeAgreement> rows,
                                   Overall overall) {
        return new AgreementReport(scope.unit().key(), unitOfAnalysis, scope.coders(),
                                   scope.unit() == AgreementUnit.SEGMENT ? scope.overlap() : null,
                                   scope.domain() == null ? null : scope.book().path(scope.domain().id()),
                                   scope.documents().stream().map(DocumentSummary::name).toList(), chance, bootstrap, rows, overall);
    }
}
