package dev.passage.mixed;

import dev.passage.errors.Text;
import dev.passage.model.Variable;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;
import dev.passage.model.VariableValue;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/** Builds a {@link Crosstab}: puts each carrier in a group by its (unit's, document's or respondent's) value, then counts. */
final class CrosstabBuilder {
    private CrosstabBuilder() {
    }

    static Crosstab build(StudySnapshot study, List<CodeSet> codes, Variable variable, Map<Long, VariableValue> values, GroupSplit split,
                          CodeAggregation aggregation) {
        return build(study, codes, variable, values, null, split, aggregation);
    }

    /**
     * With {@code respondentValues} (a DOCUMENT variable's RESPONDENT twin of the same name and type: they act as one, as in
     * a --where condition) interview documents are grouped by the document variable and survey respondents by the twin.
     */
    static Crosstab build(StudySnapshot study, List<CodeSet> codes, Variable variable, Map<Long, VariableValue> values,
                          Map<Long, VariableValue> respondentValues, GroupSplit split, CodeAggregation aggregation) {
        GroupSplit how = effectiveSplit(variable, split);
        boolean twins = respondentValues != null;
        List<Carrier> carriers = study.carriers(!twins && variable.scope() == VariableScope.DOCUMENT);
        Function<Carrier, Long> ownerOf = ownerOf(variable.scope());
        Function<Carrier, Object> ownerKey = twins ? c -> c.kind() + ":" + c.id() : c -> ownerOf.apply(c);
        Function<Carrier, VariableValue> valueOf = c -> {
            if (twins && c.kind() == Carrier.Kind.RESPONDENT) {
                return respondentValues.get(c.id());
            }
            Long owner = ownerOf.apply(c);
            return owner == null ? null : values.get(owner);
        };
        List<CrosstabGroup> bounds = numericGroups(how, carriers, ownerKey, valueOf, variable.type() == VariableType.DATE);
        Function<Carrier, String> groupOf = c -> {
            if (variable.scope() == VariableScope.RESPONDENT && c.kind() != Carrier.Kind.RESPONDENT) {
                return null;
            }
            VariableValue v = valueOf.apply(c);
            return v == null ? Crosstab.MISSING : label(how, v, bounds);
        };

        Map<String, long[]> sizes = new LinkedHashMap<>(); // carriers, chars
        int outOfScope = 0;
        for (Carrier c : carriers) {
            String g = groupOf.apply(c);
            if (g == null) {
                outOfScope++;
            } else {
                long[] s = sizes.computeIfAbsent(g, k -> new long[2]);
                s[0]++;
                s[1] += c.textChars();
            }
        }
        List<CrosstabGroup> groups = orderedGroups(how, bounds, sizes);
        List<Map<String, Tally>> tallies = CodeCounter.perGroup(codes, study, carriers, groupOf);
        List<CrosstabRow> rows = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            List<CrosstabCell> cells = new ArrayList<>();
            Tally total = Tally.of(0, 0, 0, 0, 0);
            for (CrosstabGroup g : groups) {
                Tally t = tallies.get(i).getOrDefault(g.label(), Tally.of(0, 0, 0, 0, 0));
                cells.add(CrosstabCell.of(g.label(), t));
                total = total.plus(t);
            }
            rows.add(new CrosstabRow(codes.get(i).codeId(), codes.get(i).label(), cells, CrosstabCell.of("all", total)));
        }
        String carrierKind = twins ? "interview documents (by the document variable) and survey respondents (by the respondent variable)"
            : switch (variable.scope()) {
            case UNIT -> "interview documents and survey respondents";
            case DOCUMENT -> "documents (each survey answer on its own)";
            case RESPONDENT -> "survey respondents";
        };
        return new Crosstab(variable.name(), variable.scope(), splitName(how), aggregation, carrierKind, groups, rows, outOfScope,
                            definition(variable, twins, how, aggregation, carrierKind, outOfScope));
    }

    private static GroupSplit effectiveSplit(Variable variable, GroupSplit split) {
        boolean numeric = variable.type().isNumeric();
        if (split == null) {
            return numeric ? new GroupSplit.Tertiles() : new GroupSplit.ByLabel();
        }
        if (!numeric && !(split instanceof GroupSplit.ByLabel)) {
            throw new MixedMethodsException(Text.of("mixed.variableGroupsLabelsSplit", variable.name(), variable.type()));
        }
        if (numeric && split instanceof GroupSplit.ByLabel && variable.type() == VariableType.NUMBER) {
            throw new MixedMethodsException(Text.of("mixed.numberVariableSplitInto", variable.name()));
        }
        return split;
    }

    private static Function<Carrier, Long> ownerOf(VariableScope scope) {
        return switch (scope) {
            case UNIT -> Carrier::unitId;
            case DOCUMENT, RESPONDENT -> Carrier::id;
        };
    }

    /** The low/middle/high or <= t / > t groups with their bounds; empty for a split by label. Dates' bounds read as dates. */
    private static List<CrosstabGroup> numericGroups(GroupSplit how, List<Carrier> carriers, Function<Carrier, Object> ownerKey,
                                                     Function<Carrier, VariableValue> valueOf, boolean dates) {
        if (how instanceof GroupSplit.Threshold(double t)) {
            String v = dates ? date(t) : Formats.number(t);
            return List.of(new CrosstabGroup("≤ " + v, 0, 0, null, t), new CrosstabGroup("> " + v, 0, 0, t, null));
        }
        if (!(how instanceof GroupSplit.Tertiles)) {
            return List.of();
        }
        Map<Object, Double> owners = new LinkedHashMap<>();
        for (Carrier c : carriers) {
            Object owner = ownerKey.apply(c);
            VariableValue v = owner == null ? null : valueOf.apply(c);
            if (v != null && v.number() != null) {
                owners.put(owner, v.number());
            }
        }
        if (owners.isEmpty()) {
            return List.of();
        }
        double[] data = owners.values().stream().mapToDouble(Double::doubleValue).toArray();
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        p.setData(data);
        double q1 = p.evaluate(100.0 / 3);
        double q2 = p.evaluate(200.0 / 3);
        String a = dates ? date(q1) : Formats.label(q1);
        String b = dates ? date(q2) : Formats.label(q2);
        return List.of(new CrosstabGroup("low (≤ " + a + ")", 0, 0, null, q1),
                       new CrosstabGroup("middle (" + a + " < x ≤ " + b + ")", 0, 0, q1, q2),
                       new CrosstabGroup("high (> " + b + ")", 0, 0, q2, null));
    }

    /**
     * A bound on epoch days as the ISO date of its whole day: a value (a whole day) is at most {@code d} exactly when it is at
     * most floor(d), so "≤ 2026-03-04" and "> 2026-03-04" say the same as the fractional cut point.
     */
    private static String date(double epochDay) {
        return java.time.LocalDate.ofEpochDay((long) Math.floor(epochDay)).toString();
    }

    private static String label(GroupSplit how, VariableValue v, List<CrosstabGroup> bounds) {
        if (how instanceof GroupSplit.ByLabel) {
            return v.display();
        }
        if (v.number() == null) {
            return Crosstab.MISSING;
        }
        for (CrosstabGroup g : bounds) {
            if (g.upTo() == null || v.number() <= g.upTo()) {
                return g.label();
            }
        }
        throw new IllegalStateException("no group for " + v.number());
    }

    private static List<CrosstabGroup> orderedGroups(GroupSplit how, List<CrosstabGroup> bounds, Map<String, long[]> sizes) {
        List<String> labels = new ArrayList<>();
        if (how instanceof GroupSplit.ByLabel) {
            TreeSet<String> sorted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER.thenComparing(Function.identity()));
            sorted.addAll(sizes.keySet());
            sorted.remove(Crosstab.MISSING);
            labels.addAll(sorted);
        } else {
            bounds.forEach(g -> labels.add(g.label()));
        }
        if (sizes.containsKey(Crosstab.MISSING)) {
            labels.add(Crosstab.MISSING);
        }
        List<CrosstabGroup> out = new ArrayList<>();
        for (String l : labels) {
            long[] s = sizes.getOrDefault(l, new long[2]);
            CrosstabGroup bound = bounds.stream().filter(g -> g.label().equals(l)).findFirst().orElse(null);
            out.add(new CrosstabGroup(l, (int) s[0], s[1], bound == null ? null : bound.above(), bound == null ? null : bound.upTo()));
        }
        return out;
    }

    private static String splitName(GroupSplit how) {
        return switch (how) {
            case GroupSplit.ByLabel b -> "labels";
            case GroupSplit.Tertiles t -> "tertiles";
            case GroupSplit.Threshold(double t) -> "threshold " + Formats.number(t);
        };
    }

    private static String definition(Variable variable, boolean twins, GroupSplit how, CodeAggregation aggregation, String carrierKind,
                                     int outOfScope) {
        String scope = twins ? "document and respondent" : variable.scope().name().toLowerCase();
        String groups = switch (how) {
            case GroupSplit.ByLabel b -> "Groups: the labels of the " + scope + " variable " + variable.name() + ".";
            case GroupSplit.Tertiles t -> "Groups: tertiles of the " + scope + " variable " + variable.name()
                + ", cut at its 1/3 and 2/3 quantiles (R type 7) over the owners with a value, each counted once; a value equal to"
                + " a cut point goes to the lower group, so ties can make groups unequal (or the middle group empty).";
            case GroupSplit.Threshold(double t) -> "Groups: " + variable.name() + " ≤ " + Formats.number(t) + " and > " + Formats.number(t) + ".";
        };
        return String.join("\n",
            groups,
            "Counted: " + carrierKind + "; a respondent carries a code when any of their answers does. Each code counts as "
                + aggregation.description() + ".",
            "Cells: carriers with the code, column % = carriers / group size x 100, and segments (codings) in the group.",
            "Missing values (and documents without a unit, for a unit variable) form the group \"missing\"."
                + (outOfScope > 0 ? " " + outOfScope + " interview document(s) have no respondent and are in no group." : ""));
    }
}
