package dev.passage.cases;

import dev.passage.errors.Text;
import dev.passage.model.VariableScope;

import java.util.Locale;

/**
 * Parses {@code VARIABLE OP VALUE}: operators {@code = != < <= > >=} ({@code ==} and {@code <>} are read as {@code =} and
 * {@code !=}); the variable and the value may be quoted with {@code "} or {@code '} (needed when they hold an operator
 * character); a variable may carry a scope prefix {@code unit.}, {@code document.} (or {@code doc.}) or {@code respondent.}.
 */
final class ConditionParser {
    private static final String OPERATOR_CHARS = "=!<>";
    private static final String HINT = " Write VARIABLE OP VALUE, e.g. psych_safety >= 4 or sector = \"Early childhood\"; OP is one of = != < <= > >=.";

    private ConditionParser() {
    }

    static Condition parse(String text) {
        if (text == null || text.isBlank()) {
            throw error(text, "it is empty");
        }
        String s = text.strip();
        int pos;
        String name;
        if (s.charAt(0) == '"' || s.charAt(0) == '\'') {
            int close = s.indexOf(s.charAt(0), 1);
            if (close < 0) {
                throw error(text, "the variable name's quote is not closed");
            }
            name = s.substring(1, close);
            pos = close + 1;
        } else {
            pos = 0;
            while (pos < s.length() && OPERATOR_CHARS.indexOf(s.charAt(pos)) < 0) {
                pos++;
            }
            name = s.substring(0, pos).strip();
        }
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
        int opStart = pos;
        while (pos < s.length() && OPERATOR_CHARS.indexOf(s.charAt(pos)) >= 0) {
            pos++;
        }
        String symbol = s.substring(opStart, pos);
        if (name.isBlank()) {
            throw error(text, "it names no variable before the operator");
        }
        if (symbol.isEmpty()) {
            throw error(text, "it has no comparison operator");
        }
        Condition.Operator op = operator(text, symbol);
        String value = value(text, s.substring(pos).strip());
        VariableScope scope = null;
        String variable = name.strip();
        int dot = variable.indexOf('.');
        if (dot > 0) {
            VariableScope prefixed = scope(variable.substring(0, dot));
            if (prefixed != null) {
                scope = prefixed;
                variable = variable.substring(dot + 1).strip();
            }
        }
        if (variable.isEmpty()) {
            throw error(text, "it names no variable after the scope prefix");
        }
        return new Condition(scope, variable, op, value);
    }

    private static Condition.Operator operator(String text, String symbol) {
        return switch (symbol) {
            case "=", "==" -> Condition.Operator.EQ;
            case "!=", "<>" -> Condition.Operator.NE;
            case "<" -> Condition.Operator.LT;
            case "<=" -> Condition.Operator.LE;
            case ">" -> Condition.Operator.GT;
            case ">=" -> Condition.Operator.GE;
            default -> throw error(text, "\"" + symbol + "\" is not an operator");
        };
    }

    private static String value(String text, String rest) {
        if (rest.isEmpty()) {
            throw error(text, "it has no value after the operator");
        }
        char first = rest.charAt(0);
        if (first == '"' || first == '\'') {
            if (rest.length() < 2 || rest.charAt(rest.length() - 1) != first) {
                throw error(text, "the value's quote is not closed");
            }
            String inner = rest.substring(1, rest.length() - 1);
            if (inner.indexOf(first) >= 0) {
                throw error(text, "the quoted value holds its own quote character; quote it with the other kind");
            }
            return inner;
        }
        for (char c : OPERATOR_CHARS.toCharArray()) {
            if (rest.indexOf(c) >= 0) {
                throw error(text, "the value \"" + rest + "\" holds an operator character; quote it");
            }
        }
        return rest;
    }

    private static VariableScope scope(String prefix) {
        return switch (prefix.strip().toLowerCase(Locale.ROOT)) {
            case "unit" -> VariableScope.UNIT;
            case "document", "doc" -> VariableScope.DOCUMENT;
            case "respondent" -> VariableScope.RESPONDENT;
            default -> null;
        };
    }

    static String prefix(VariableScope scope) {
        return scope.name().toLowerCase(Locale.ROOT) + ".";
    }

    private static ConditionSyntaxException error(String text, String why) {
        return new ConditionSyntaxException(Text.of("cases.readCondition", (text == null ? "" : text.strip()), why, HINT));
    }
}
