package dev.passage.mixed;

import dev.passage.analysis.SegmentRetrieval;
import dev.passage.cases.Condition;
import dev.passage.cases.ConditionResolver;
import dev.passage.coding.Codebook;
import dev.passage.coding.CodebookService;
import dev.passage.coding.CommandHistory;
import dev.passage.errors.Text;
import dev.passage.model.Code;
import dev.passage.model.Variable;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;
import dev.passage.model.VariableValue;
import dev.passage.store.Database;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The mixed-methods displays over units, their texts and their scores: the code x unit matrix, code prevalence against a
 * unit score (Pearson, Spearman, bootstrap CI), crosstabs by a variable, side-by-side quotes, and quantitizing (tidy CSV,
 * unit/respondent variables). Each display reads one snapshot and counts in one pass over the codings; every result
 * carries the text that defines its numbers.
 */
public final class MixedMethods {
    /** A scope prefix as in variable conditions ({@code unit.psych_safety}); a colon works too. */
    private static final java.util.regex.Pattern SCOPED = java.util.regex.Pattern.compile("(?i)(unit|document|respondent)[.:](.+)");
    private final Database database;
    private final CodebookService codebook;
    private final SegmentRetrieval retrieval;
    private final CommandHistory history;

    public MixedMethods(Database database, CodebookService codebook, SegmentRetrieval retrieval, CommandHistory history) {
        this.database = database;
        this.codebook = codebook;
        this.retrieval = retrieval;
        this.history = history;
    }

    /** The code x unit matrix of the given codes (empty: every code, in codebook order). */
    public CodeUnitMatrix matrix(List<Long> codeIds, CodeAggregation aggregation) {
        return matrix(codeIds, aggregation, List.of());
    }

    /**
     * The code x unit matrix counted over the documents meeting every variable condition ({@code unit.size > 20}; empty:
     * every document). A unit none of whose documents meets them has "no text".
     */
    public CodeUnitMatrix matrix(List<Long> codeIds, CodeAggregation aggregation, List<String> conditions) {
        StudySnapshot study = where(snapshot(codebook.codebook(), codeIds, aggregation), conditions);
        CodeUnitMatrix m = CodeUnitMatrixBuilder.build(study, orAll(study.book(), codeIds), aggregation);
        return withConditions(m, conditions, study);
    }

    /** The code x document matrix: the matrix's cells with one column per document (survey answers each on their own). */
    public CodeUnitMatrix documentMatrix(List<Long> codeIds, CodeAggregation aggregation) {
        return documentMatrix(codeIds, aggregation, List.of());
    }

    /** The code x document matrix with a column for each document meeting every condition (empty: every document). */
    public CodeUnitMatrix documentMatrix(List<Long> codeIds, CodeAggregation aggregation, List<String> conditions) {
        StudySnapshot study = where(snapshot(codebook.codebook(), codeIds, aggregation), conditions);
        CodeUnitMatrix m = CodeUnitMatrixBuilder.byDocument(study, orAll(study.book(), codeIds), aggregation);
        return withConditions(m, conditions, study);
    }

    /** One code's prevalence per unit against a NUMBER unit variable, with Pearson and Spearman correlation. */
    public JointDisplay joint(long codeId, Variable score, PrevalenceMeasure measure, CodeAggregation aggregation,
                              BootstrapSettings bootstrap) {
        return joint(codeId, score, measure, aggregation, bootstrap, List.of());
    }

    /** As {@link #joint(long, Variable, PrevalenceMeasure, CodeAggregation, BootstrapSettings)}, counted over the documents meeting the conditions. */
    public JointDisplay joint(long codeId, Variable score, PrevalenceMeasure measure, CodeAggregation aggregation,
                              BootstrapSettings bootstrap, List<String> conditions) {
        requireUnitNumber(score, "a correlation");
        Codebook book = codebook.codebook();
        CodeSet code = CodeSet.of(book, codeId, aggregation);
        StudySnapshot study = where(StudySnapshot.load(database, retrieval.scope(), book, code), conditions);
        JointDisplay d = JointDisplayBuilder.build(study, code, score, UnitScores.load(database, score.id()), measure, aggregation, bootstrap);
        return conditions.isEmpty() ? d
            : new JointDisplay(d.codePath(), d.variable(), d.measure(), d.aggregation(), d.points(), d.excluded(), d.pearson(),
                               d.spearman(), d.definition() + "\n" + conditionsLine(conditions, study));
    }

    /** Codes (empty: every code) by the groups of a variable; {@code split} null: labels, or tertiles for numbers. */
    public Crosstab crosstab(Variable by, GroupSplit split, List<Long> codeIds, CodeAggregation aggregation) {
        return crosstab(by, split, codeIds, aggregation, List.of());
    }

    /** As {@link #crosstab(Variable, GroupSplit, List, CodeAggregation)}, over the documents meeting every condition. */
    public Crosstab crosstab(Variable by, GroupSplit split, List<Long> codeIds, CodeAggregation aggregation, List<String> conditions) {
        StudySnapshot study = where(snapshot(codebook.codebook(), codeIds, aggregation), conditions);
        List<CodeSet> sets = orAll(study.book(), codeIds).stream().map(id -> CodeSet.of(study.book(), id, aggregation)).toList();
        return withConditions(CrosstabBuilder.build(study, sets, by, UnitScores.load(database, by.id()), split, aggregation),
                              conditions, study);
    }

    private static Crosstab withConditions(Crosstab c, List<String> conditions, StudySnapshot study) {
        return conditions.isEmpty() ? c
            : new Crosstab(c.variable(), c.scope(), c.split(), c.aggregation(), c.carriers(), c.groups(), c.rows(), c.outOfScope(),
                           c.definition() + "\n" + conditionsLine(conditions, study));
    }

    /** The snapshot narrowed to the documents meeting every condition (itself when there are none). */
    private StudySnapshot where(StudySnapshot study, List<String> conditions) {
        if (conditions.isEmpty()) {
            return study;
        }
        List<Condition> parsed = conditions.stream().map(Condition::parse).toList();
        return study.only(database.read(a -> ConditionResolver.matching(a, parsed)));
    }

    private static CodeUnitMatrix withConditions(CodeUnitMatrix m, List<String> conditions, StudySnapshot study) {
        return conditions.isEmpty() ? m
            : new CodeUnitMatrix(m.aggregation(), m.units(), m.rows(), m.total(), m.documentsWithoutUnit(),
                                 m.definition() + "\n" + conditionsLine(conditions, study));
    }

    private static String conditionsLine(List<String> conditions, StudySnapshot study) {
        return "Only the " + study.documents().size() + " document(s) meeting " + String.join(" and ", conditions)
               + " are counted; the others are in no cell.";
    }

    /**
     * A crosstab by the variable named {@code by} as a --where condition reads it: an interviewee's (DOCUMENT) and a
     * respondent's variable of the same name and type act as one (documents grouped by the one, respondents by the other);
     * any other name in several scopes needs its scope ({@code unit.region}), and the error lists the qualified names.
     */
    public Crosstab crosstab(String by, GroupSplit split, List<Long> codeIds, CodeAggregation aggregation) {
        return crosstab(by, split, codeIds, aggregation, List.of());
    }

    /** As {@link #crosstab(String, GroupSplit, List, CodeAggregation)}, over the documents meeting every condition. */
    public Crosstab crosstab(String by, GroupSplit split, List<Long> codeIds, CodeAggregation aggregation, List<String> conditions) {
        List<Variable> named = database.read(a -> a.variables().list()).stream().filter(v -> v.name().equals(by)).toList();
        Variable document = named.stream().filter(v -> v.scope() == VariableScope.DOCUMENT).findFirst().orElse(null);
        Variable respondent = named.stream().filter(v -> v.scope() == VariableScope.RESPONDENT).findFirst().orElse(null);
        if (named.size() != 2 || document == null || respondent == null || document.type() != respondent.type()) {
            return crosstab(variable(by), split, codeIds, aggregation, conditions);
        }
        StudySnapshot study = where(snapshot(codebook.codebook(), codeIds, aggregation), conditions);
        List<CodeSet> sets = orAll(study.book(), codeIds).stream().map(id -> CodeSet.of(study.book(), id, aggregation)).toList();
        return withConditions(CrosstabBuilder.build(study, sets, document, UnitScores.load(database, document.id()),
                                                    UnitScores.load(database, respondent.id()), split, aggregation),
                              conditions, study);
    }

    /** Units ranked by a NUMBER unit variable with {@code perUnit} segments of the code from the top and bottom units. */
    public QuoteDisplay quotes(long codeId, Variable score, QuoteSelection selection, int perUnit, int unitsPerSide,
                               CodeAggregation aggregation) {
        return quotes(codeId, score, selection, perUnit, unitsPerSide, aggregation, List.of());
    }

    /** As {@link #quotes(long, Variable, QuoteSelection, int, int, CodeAggregation)}, from the documents meeting every condition. */
    public QuoteDisplay quotes(long codeId, Variable score, QuoteSelection selection, int perUnit, int unitsPerSide,
                               CodeAggregation aggregation, List<String> conditions) {
        requireUnitNumber(score, "side-by-side quotes");
        Codebook book = codebook.codebook();
        CodeSet code = CodeSet.of(book, codeId, aggregation);
        StudySnapshot study = where(StudySnapshot.load(database, retrieval.scope(), book, code), conditions);
        var segments = retrieval.segments(book, codeId, aggregation == CodeAggregation.AGGREGATED, List.of(), conditions);
        return QuoteDisplayBuilder.build(study, code, score, UnitScores.load(database, score.id()), segments, selection, perUnit,
                                         unitsPerSide);
    }

    /** The matrix as tidy rows (one per unit and code) with every unit variable as a score column. */
    public List<TidyRow> tidy(CodeUnitMatrix matrix) {
        List<Variable> variables = Quantitizer.scoreVariables(database.read(a -> a.variables().list(VariableScope.UNIT)));
        Map<Long, Map<Long, VariableValue>> values = new LinkedHashMap<>();
        database.read(a -> {
            variables.forEach(v -> values.put(v.id(), a.variables().values(v.id())));
            return null;
        });
        return Quantitizer.tidy(matrix, variables, values);
    }

    /** Writes the matrix as tidy CSV (see {@link TidyCsv}); the file is written whole or not at all. */
    public List<TidyRow> writeTidyCsv(CodeUnitMatrix matrix, Path file) {
        return writeTidyCsv(matrix, file, dev.passage.files.CsvStyle.PLAIN);
    }

    /** As {@link #writeTidyCsv(CodeUnitMatrix, Path)}, spelled in {@code style} (e.g. for Excel). */
    public List<TidyRow> writeTidyCsv(CodeUnitMatrix matrix, Path file, dev.passage.files.CsvStyle style) {
        List<TidyRow> rows = tidy(matrix);
        List<String> names = Quantitizer.scoreVariables(database.read(a -> a.variables().list(VariableScope.UNIT))).stream()
                                        .map(Variable::name).toList();
        TidyCsv.write(file, rows, names, style);
        return rows;
    }

    /**
     * Writes the codes' counts (empty: every code) as NUMBER variables of units or respondents, named
     * {@code code:PATH:MEASURE}, in one undoable transaction.
     */
    public QuantitizeResult quantitize(List<Long> codeIds, VariableScope scope, CodeAggregation aggregation) {
        StudySnapshot study = StudySnapshot.load(database, retrieval.scope(), codebook.codebook());
        List<Long> ids = orAll(study.book(), codeIds);
        Map<String, Map<Long, Double>> values = switch (scope) {
            case UNIT -> Quantitizer.unitValues(CodeUnitMatrixBuilder.build(study, ids, aggregation));
            case RESPONDENT -> Quantitizer.respondentValues(study, ids.stream().map(id -> CodeSet.of(study.book(), id, aggregation)).toList());
            case DOCUMENT -> throw new MixedMethodsException(Text.of("mixed.quantitizeWritesUnitRespondent"));
        };
        Text label = Text.of("mixed.label.quantitize." + scope.name().toLowerCase(Locale.ROOT), ids.size());
        WriteVariablesCommand command = history.run(new WriteVariablesCommand(scope, values, label));
        int count = values.values().stream().mapToInt(Map::size).sum();
        return new QuantitizeResult(scope, command.names(), count, command.createdCount(), Quantitizer.definition(scope, aggregation));
    }

    /**
     * Finds a variable by name, optionally prefixed with its scope ("unit:size", "respondent:gender"). A bare name must be
     * unique across scopes.
     */
    public Variable variable(String spec) {
        List<Variable> all = database.read(a -> a.variables().list());
        List<Variable> exact = all.stream().filter(v -> v.name().equals(spec)).toList();
        if (exact.size() == 1) {
            return exact.getFirst();
        }
        if (exact.size() > 1) {
            throw new MixedMethodsException(Text.of("mixed.namesVariableSeveralScopes", spec,
                    exact.stream().map(v -> v.scope().name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")),
                    exact.stream().map(v -> v.scope().name().toLowerCase(Locale.ROOT) + "." + spec).collect(Collectors.joining(", "))));
        }
        java.util.regex.Matcher scoped = SCOPED.matcher(spec);
        if (scoped.matches()) {
            String scope = scoped.group(1).toUpperCase(Locale.ROOT);
            String name = scoped.group(2);
            for (Variable v : all) {
                if (v.scope().name().equals(scope) && v.name().equals(name)) {
                    return v;
                }
            }
        }
        throw new MixedMethodsException(Text.of("mixed.thereVariableVariables", spec, (all.isEmpty() ? "none yet"
            : all.stream().map(v -> v.scope().name().toLowerCase(Locale.ROOT) + "." + v.name() + " (" + v.type() + ")")
                 .collect(Collectors.joining(", ")))));
    }

    /** The ids of codes given by path ("Parent/Child"); an unknown path is an error naming it. */
    public List<Long> codeIds(List<String> paths) {
        List<Long> out = new ArrayList<>();
        for (String p : paths) {
            out.add(codebook.resolve(p).id());
        }
        return out;
    }

    /** All spans for all codes; only the listed codes' spans when there is a list. */
    private StudySnapshot snapshot(Codebook book, List<Long> codeIds, CodeAggregation aggregation) {
        if (codeIds.isEmpty()) {
            return StudySnapshot.load(database, retrieval.scope(), book);
        }
        List<CodeSet> sets = codeIds.stream().map(id -> CodeSet.of(book, id, aggregation)).toList();
        return StudySnapshot.load(database, retrieval.scope(), book, CodeSet.union("listed", sets));
    }

    private static List<Long> orAll(Codebook book, List<Long> codeIds) {
        if (!codeIds.isEmpty()) {
            codeIds.forEach(book::get);
            return List.copyOf(codeIds);
        }
        return book.all().stream().map(Code::id).toList();
    }

    private static void requireUnitNumber(Variable v, String what) {
        if (v.scope() != VariableScope.UNIT || v.type() != VariableType.NUMBER) {
            throw new MixedMethodsException(what.substring(0, 1).toUpperCase(Locale.ROOT) + what.substring(1) + " needs a NUMBER unit"
                + " variable (a score per unit); '" + v.name() + "' is a " + v.type() + " " + v.scope().name().toLowerCase(Locale.ROOT)
                + " variable");
        }
    }
}
