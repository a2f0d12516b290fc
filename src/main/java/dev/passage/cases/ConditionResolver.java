package dev.passage.cases;

import dev.passage.errors.Text;
import dev.passage.model.DocumentCase;
import dev.passage.model.Variable;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;
import dev.passage.model.VariableValue;
import dev.passage.store.Database;
import dev.passage.store.StoreAccess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves variable conditions (all must hold) to the documents they select. A condition's variable is looked up by name in
 * every scope: a DOCUMENT variable is read from the document, a UNIT variable from the document's unit, a RESPONDENT variable
 * from the answer's respondent. A name used in two scopes must be prefixed ({@code unit.psych_safety}). A missing value never
 * matches, not even {@code !=}. Numbers and dates compare by value; categories and texts compare ignoring case and only with
 * {@code =} and {@code !=}. {@code set = Leaders} (or {@code !=}) selects by document-set membership, unless the project has a
 * variable named "set".
 */
public final class ConditionResolver {
    /** The pseudo-variable of document-set membership: {@code set = Leaders}. */
    static final String SET = "set";
    private final Database database;

    public ConditionResolver(Database database) {
        this.database = database;
    }

    /** The ids of the documents meeting every condition written as text (see {@link Condition#parse}). */
    public Set<Long> matchingDocuments(List<String> conditions) {
        return matching(conditions.stream().map(Condition::parse).toList());
    }

    /** The ids of the documents meeting every condition. */
    public Set<Long> matching(List<Condition> conditions) {
        return database.read(a -> matching(a, conditions));
    }

    /** As {@link #matching(List)}, inside an open read or transaction. */
    public static Set<Long> matching(StoreAccess access, List<Condition> conditions) {
        List<Variable> variables = access.variables().list();
        List<java.util.function.Predicate<DocumentCase>> tests = new ArrayList<>();
        for (Condition c : conditions) {
            if (isSetCondition(variables, c)) {
                tests.add(setTest(access, c));
                continue;
            }
            Variable v = variable(variables, c);
            Map<Long, VariableValue> values = access.variables().values(v.id());
            Variable answerSide = v.scope() == VariableScope.DOCUMENT && c.scope() == null ? respondentTwin(variables, v) : null;
            tests.add(new Test(v, c, wanted(v, c), values, answerSide == null ? Map.of() : access.variables().values(answerSide.id())));
        }
        Set<Long> out = new LinkedHashSet<>();
        for (DocumentCase doc : access.documents().cases()) {
            if (tests.stream().allMatch(t -> t.test(doc))) {
                out.add(doc.documentId());
            }
        }
        return out;
    }

    /** {@code set = NAME} / {@code set != NAME}: document-set membership, unless the project has a variable named "set". */
    private static boolean isSetCondition(List<Variable> variables, Condition c) {
        return c.scope() == null && c.variable().equalsIgnoreCase(SET) && candidates(variables, c, false).isEmpty();
    }

    /** Membership of the named document set (any case); an unknown set or an ordering comparison is bad input. */
    private static java.util.function.Predicate<DocumentCase> setTest(StoreAccess access, Condition c) {
        if (c.operator().isOrdering()) {
            throw new CaseDataException(Text.of("cases.setCompare", c.operator().symbol()));
        }
        List<dev.passage.model.DocumentSet> sets = access.documentSets().list();
        dev.passage.model.DocumentSet set = sets.stream().filter(x -> x.name().equalsIgnoreCase(c.value().strip())).findFirst()
            .orElseThrow(() -> new CaseDataException(sets.isEmpty() ? Text.of("cases.noSets", c.value())
                : Text.of("cases.unknownSet", c.value(), sets.stream().map(x -> "\"" + x.name() + "\"").collect(Collectors.joining(", ")))));
        Set<Long> members = Set.copyOf(set.documentIds());
        boolean in = c.operator() == Condition.Operator.EQ;
        return doc -> members.contains(doc.documentId()) == in;
    }

    /** The variable a condition names: its scope's, or the only one of that name; exact name first, then ignoring case. */
    static Variable variable(List<Variable> variables, Condition c) {
        List<Variable> candidates = candidates(variables, c, true);
        if (candidates.isEmpty()) {
            candidates = candidates(variables, c, false);
        }
        if (candidates.size() == 1) {
            return candidates.getFirst();
        }
        if (c.scope() == null && isTextPair(candidates)) {
            // an interview's own variable and a survey respondent's variable of the same name (e.g. role) describe the
            // same thing for different kinds of text; a document has only one of them, so they act as one variable
            return candidates.stream().filter(v -> v.scope() == VariableScope.DOCUMENT).findFirst().orElseThrow();
        }
        if (candidates.isEmpty()) {
            String where = c.scope() == null ? "" : " " + c.scope().name().toLowerCase(Locale.ROOT);
            String known = variables.stream().map(v -> ConditionParser.prefix(v.scope()) + v.name()).collect(Collectors.joining(", "));
            throw new CaseDataException(Text.of("cases.thereVariableNamed", where, c.variable(),
                    (known.isEmpty() ? "the project has no variables yet" : "variables: " + known)));
        }
        String options = candidates.stream().map(v -> ConditionParser.prefix(v.scope()) + v.name()).collect(Collectors.joining(" or "));
        throw new CaseDataException(Text.of("cases.variableKindsSayWhich", c.variable(), candidates.size(), options));
    }

    /** A DOCUMENT and a RESPONDENT variable of the same name and type, and nothing else. */
    private static boolean isTextPair(List<Variable> candidates) {
        return candidates.size() == 2 && candidates.get(0).type() == candidates.get(1).type()
               && candidates.stream().anyMatch(v -> v.scope() == VariableScope.DOCUMENT)
               && candidates.stream().anyMatch(v -> v.scope() == VariableScope.RESPONDENT);
    }

    private static Variable respondentTwin(List<Variable> variables, Variable documentVariable) {
        return variables.stream().filter(v -> v.scope() == VariableScope.RESPONDENT && v.type() == documentVariable.type()
                                              && v.name().equalsIgnoreCase(documentVariable.name()))
                        .findFirst().orElse(null);
    }

    private static List<Variable> candidates(List<Variable> variables, Condition c, boolean exact) {
        return variables.stream()
                        .filter(v -> c.scope() == null || v.scope() == c.scope())
                        .filter(v -> exact ? v.name().equals(c.variable()) : v.name().equalsIgnoreCase(c.variable()))
                        .toList();
    }

    /** The condition's value read as the variable's type: a Double for NUMBER and DATE (epoch day), a folded String otherwise. */
    private static Object wanted(Variable v, Condition c) {
        return switch (v.type()) {
            case NUMBER -> CellValues.number(c.value()).orElseThrow(() -> new CaseDataException(
                Text.of("cases.numberVariableNumber", v.name(), c.value())));
            case DATE -> (double) CellValues.date(c.value()).map(LocalDate::toEpochDay).orElseThrow(() -> new CaseDataException(
                Text.of("cases.dateVariableDateWrite", v.name(), c.value())));
            case CATEGORY, TEXT -> {
                if (c.operator().isOrdering()) {
                    throw new CaseDataException(Text.of("cases.variableCompare", v.name(), v.type().name().toLowerCase(Locale.ROOT),
                            c.operator().symbol()));
                }
                yield fold(c.value());
            }
        };
    }

    private static String fold(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /** {@code respondentValues}: for a DOCUMENT variable with a RESPONDENT twin, the twin's values (used for survey answers). */
    private record Test(Variable variable, Condition condition, Object wanted, Map<Long, VariableValue> values,
                        Map<Long, VariableValue> respondentValues) implements java.util.function.Predicate<DocumentCase> {
        @Override
        public boolean test(DocumentCase doc) {
            Long owner = switch (variable.scope()) {
                case DOCUMENT -> doc.documentId();
                case UNIT -> doc.unitId();
                case RESPONDENT -> doc.respondentId();
            };
            VariableValue value = owner == null ? null : values.get(owner);
            if (value == null && doc.respondentId() != null) {
                value = respondentValues.get(doc.respondentId());
            }
            if (value == null) {
                return false;
            }
            int comparison;
            if (variable.type() == VariableType.NUMBER || variable.type() == VariableType.DATE) {
                if (value.number() == null) {
                    return false;
                }
                comparison = Double.compare(value.number(), (Double) wanted);
            } else {
                comparison = fold(value.display()).equals(wanted) ? 0 : 1;
            }
            return condition.operator().accepts(comparison);
        }
    }
}
