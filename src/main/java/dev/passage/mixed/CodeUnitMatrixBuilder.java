package dev.passage.mixed;

import dev.passage.model.DocumentCase;
import dev.passage.model.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the {@link CodeUnitMatrix} from one snapshot, in one pass over the codings. */
final class CodeUnitMatrixBuilder {
    static final String UNION_LABEL = "Any listed code";

    private CodeUnitMatrixBuilder() {
    }

    static CodeUnitMatrix build(StudySnapshot study, List<Long> codeIds, CodeAggregation aggregation) {
        List<CodeSet> sets = new ArrayList<>();
        codeIds.forEach(id -> sets.add(CodeSet.of(study.book(), id, aggregation)));
        List<CodeSet> all = new ArrayList<>(sets);
        all.add(CodeSet.union(UNION_LABEL, sets));
        List<Map<Long, Tally>> perUnit = CodeCounter.perGroup(all, study, study.carriers(false), Carrier::unitId);

        List<MatrixUnit> units = study.units().stream().map(u -> column(study, u)).toList();
        List<MatrixRow> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            List<Tally> cells = new ArrayList<>();
            Tally total = Tally.of(0, 0, 0, 0, 0);
            for (MatrixUnit u : units) {
                Tally t = perUnit.get(i).getOrDefault(u.unitId(), Tally.of(0, 0, 0, 0, 0));
                cells.add(t);
                total = total.plus(t);
            }
            rows.add(new MatrixRow(all.get(i).codeId(), all.get(i).label(), cells, total));
        }
        MatrixRow union = rows.removeLast();
        int withoutUnit = study.documentsWithoutUnit();
        return new CodeUnitMatrix(aggregation, units, rows, union, withoutUnit, definition(aggregation, withoutUnit));
    }

    /**
     * Codes x documents: the same cells with one column per document (in name order). Each survey answer is a document
     * of its own here, so a cell's carriers are 0/1 or 1/1.
     */
    static CodeUnitMatrix byDocument(StudySnapshot study, List<Long> codeIds, CodeAggregation aggregation) {
        List<CodeSet> sets = new ArrayList<>();
        codeIds.forEach(id -> sets.add(CodeSet.of(study.book(), id, aggregation)));
        List<CodeSet> all = new ArrayList<>(sets);
        all.add(CodeSet.union(UNION_LABEL, sets));
        List<Map<Long, Tally>> perDoc = CodeCounter.perGroup(all, study, study.carriers(true), c -> c.documentIds().getFirst());
        List<MatrixUnit> columns = study.documents().stream()
                .sorted(java.util.Comparator.comparing(DocumentCase::name).thenComparingLong(DocumentCase::documentId))
                .map(d -> new MatrixUnit(d.documentId(), d.name(), 1, d.isSurveyAnswer() ? 0 : 1, d.isSurveyAnswer() ? 1 : 0,
                                         d.textLength()))
                .toList();
        List<MatrixRow> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            List<Tally> cells = new ArrayList<>();
            Tally total = Tally.of(0, 0, 0, 0, 0);
            for (MatrixUnit d : columns) {
                Tally t = perDoc.get(i).getOrDefault(d.unitId(), Tally.of(0, 0, d.textChars(), 0, 1));
                cells.add(t);
                total = total.plus(t);
            }
            rows.add(new MatrixRow(all.get(i).codeId(), all.get(i).label(), cells, total));
        }
        MatrixRow union = rows.removeLast();
        return new CodeUnitMatrix(aggregation, columns, rows, union, 0, documentDefinition(aggregation));
    }

    static String documentDefinition(CodeAggregation aggregation) {
        return String.join("\n",
            "Each code counts as " + aggregation.description() + ".",
            "Columns are documents (each survey answer on its own).",
            "Segments: codings of the code in the document.",
            "Coded share: characters covered by the code / characters of the document; overlapping codings of the same code"
                + " are merged first, so the share never exceeds 100%.",
            "Carriers: 1/1 when the document carries the code, else 0/1.",
            "Totals row: any listed code (a text counts once). Totals column: all documents together.");
    }

    private static MatrixUnit column(StudySnapshot study, Unit u) {
        List<DocumentCase> docs = study.documents().stream().filter(d -> Long.valueOf(u.id()).equals(d.unitId())).toList();
        int interviews = (int) docs.stream().filter(d -> !d.isSurveyAnswer()).count();
        int respondents = (int) docs.stream().filter(DocumentCase::isSurveyAnswer).map(DocumentCase::respondentId).distinct().count();
        long chars = docs.stream().mapToLong(DocumentCase::textLength).sum();
        return new MatrixUnit(u.id(), u.name(), docs.size(), interviews, respondents, chars);
    }

    static String definition(CodeAggregation aggregation, int withoutUnit) {
        return String.join("\n",
            "Each code counts as " + aggregation.description() + ".",
            "Segments: codings of the code in the unit's documents.",
            "Coded share: characters covered by the code / characters of all the unit's documents; overlapping codings of the"
                + " same code in one document are merged first, so the share never exceeds 100%.",
            "Carrier share: interview documents and survey respondents of the unit that carry the code / all of them; a"
                + " respondent carries the code when any of their answers does.",
            "Units without text show n = 0 and \"no text\". Totals row: any listed code (a text counts once). Totals column: all"
                + " units together.",
            withoutUnit == 0 ? "Every document belongs to a unit."
                             : withoutUnit + " document(s) belong to no unit and are in no column or total.");
    }
}
