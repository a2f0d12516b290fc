package dev.passage.export;

import dev.passage.errors.Text;
import dev.passage.model.Variable;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the variable names a researcher asks for into export columns. A name may be qualified by its scope
 * ({@code unit.psych_safety}, {@code document.role}, {@code respondent.age}, as in variable conditions; a colon works too);
 * an unqualified name must belong to one scope.
 * A name that is no typed variable but a document attribute (e.g. {@code role} from import) gives an attribute column.
 * {@code all} asks for every variable and attribute.
 */
final class VariableColumns {
    static final String ALL = "all";
    /** A scope prefix, written as in conditions ({@code unit.psych_safety}) or with a colon ({@code unit:psych_safety}). */
    private static final java.util.regex.Pattern SCOPED =
        java.util.regex.Pattern.compile("(?i)(unit|document|respondent)[.:](.+)");

    private VariableColumns() {
    }

    static List<VariableColumn> resolve(List<String> requested, List<Variable> variables, List<String> attributeNames,
                                        Set<String> reservedHeaders) {
        List<VariableColumn> out = new ArrayList<>();
        for (String raw : requested) {
            String name = raw.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.equalsIgnoreCase(ALL)) {
                variables.forEach(v -> add(out, column(v, variables.stream().filter(o -> o.name().equals(v.name())).count() > 1), reservedHeaders));
                attributeNames.stream().filter(a -> variables.stream().noneMatch(v -> v.scope() == VariableScope.DOCUMENT && v.name().equals(a)))
                              .forEach(a -> add(out, attribute(a), reservedHeaders));
                continue;
            }
            add(out, one(name, variables, attributeNames), reservedHeaders);
        }
        return List.copyOf(out);
    }

    private static VariableColumn one(String name, List<Variable> variables, List<String> attributeNames) {
        java.util.regex.Matcher scoped = SCOPED.matcher(name);
        if (scoped.matches()) {
            VariableScope scope = scope(scoped.group(1), name);
            String bare = scoped.group(2).strip();
            List<Variable> matches = matching(variables, bare, scope);
            if (matches.isEmpty() && scope == VariableScope.DOCUMENT && attributeNames.contains(bare)) {
                return attribute(bare);
            }
            if (matches.isEmpty()) {
                throw unknown(name, variables, attributeNames);
            }
            return column(matches.getFirst(), true);
        }
        List<Variable> matches = matching(variables, name, null);
        if (isTextPair(matches)) {
            Variable doc = matches.stream().filter(v -> v.scope() == VariableScope.DOCUMENT).findFirst().orElseThrow();
            Variable respondent = matches.stream().filter(v -> v.scope() == VariableScope.RESPONDENT).findFirst().orElseThrow();
            return new VariableColumn(doc.name(), doc.scope(), doc.name(), doc.type(), doc.id(), respondent.id());
        }
        if (matches.size() > 1) {
            throw new ExportException(Text.of("export.variableExistsNameOne", name, matches.stream()
                .map(v -> v.scope().name().toLowerCase(Locale.ROOT) + "s").collect(Collectors.joining(" and ")), matches.stream().map(v -> v.scope().name().toLowerCase(Locale.ROOT) + ":" + v.name()).collect(Collectors.joining(" or "))));
        }
        if (matches.size() == 1) {
            return column(matches.getFirst(), false);
        }
        for (String a : attributeNames) {
            if (a.equals(name) || a.equalsIgnoreCase(name)) {
                return attribute(a);
            }
        }
        throw unknown(name, variables, attributeNames);
    }

    /** An interview's own variable and survey respondents' variable of the same name and type: one column, as in conditions. */
    private static boolean isTextPair(List<Variable> matches) {
        return matches.size() == 2 && matches.get(0).type() == matches.get(1).type()
               && matches.stream().anyMatch(v -> v.scope() == VariableScope.DOCUMENT)
               && matches.stream().anyMatch(v -> v.scope() == VariableScope.RESPONDENT);
    }

    private static List<Variable> matching(List<Variable> variables, String name, VariableScope scope) {
        List<Variable> exact = variables.stream().filter(v -> (scope == null || v.scope() == scope) && v.name().equals(name)).toList();
        return !exact.isEmpty() ? exact
                                : variables.stream().filter(v -> (scope == null || v.scope() == scope) && v.name().equalsIgnoreCase(name)).toList();
    }

    private static VariableScope scope(String prefix, String whole) {
        try {
            return VariableScope.valueOf(prefix.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ExportException(Text.of("export.partBeforeMustUnit", whole));
        }
    }

    private static ExportException unknown(String name, List<Variable> variables, List<String> attributeNames) {
        List<String> known = new ArrayList<>();
        variables.forEach(v -> known.add(v.scope().name().toLowerCase(Locale.ROOT) + ":" + v.name()));
        attributeNames.forEach(a -> known.add("document:" + a));
        return new ExportException(Text.of("export.thereVariable", name, (known.isEmpty() ? " (the project has no variables)"
                                                                                     : "; known: " + String.join(", ", known))));
    }

    private static VariableColumn column(Variable v, boolean qualified) {
        String header = qualified ? v.scope().name().toLowerCase(Locale.ROOT) + ":" + v.name() : v.name();
        return new VariableColumn(header, v.scope(), v.name(), v.type(), v.id());
    }

    private static VariableColumn attribute(String name) {
        return new VariableColumn(name, VariableScope.DOCUMENT, name, VariableType.TEXT, null);
    }

    /** Adds the column unless it is there already; a header that clashes with another column gets its scope in front. */
    private static void add(List<VariableColumn> out, VariableColumn c, Set<String> reserved) {
        if (out.stream().anyMatch(o -> o.scope() == c.scope() && o.name().equals(c.name()))) {
            return;
        }
        boolean clash = reserved.contains(c.header()) || out.stream().anyMatch(o -> o.header().equals(c.header()));
        String header = clash && !c.header().contains(":") ? c.scope().name().toLowerCase(Locale.ROOT) + ":" + c.header() : c.header();
        out.add(new VariableColumn(header, c.scope(), c.name(), c.type(), c.variableId(), c.respondentTwinId()));
    }
}
