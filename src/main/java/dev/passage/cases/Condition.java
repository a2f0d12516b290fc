package dev.passage.cases;

import dev.passage.model.VariableScope;

/**
 * A variable condition such as {@code psych_safety >= 4} or {@code unit.sector = "Early childhood"}: a variable (with the
 * scope it was prefixed with, or null to find it in any scope), a comparison and the value as written (unquoted).
 */
public record Condition(VariableScope scope, String variable, Operator operator, String value) {
    /** The comparisons a condition can make. */
    public enum Operator {
        EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        /** Whether a comparison result ({@code value.compareTo(wanted)}) satisfies this operator. */
        boolean accepts(int comparison) {
            return switch (this) {
                case EQ -> comparison == 0;
                case NE -> comparison != 0;
                case LT -> comparison < 0;
                case LE -> comparison <= 0;
                case GT -> comparison > 0;
                case GE -> comparison >= 0;
            };
        }

        boolean isOrdering() {
            return this != EQ && this != NE;
        }
    }

    /** Reads a condition; see {@link ConditionParser}. */
    public static Condition parse(String text) {
        return ConditionParser.parse(text);
    }

    /** The condition as it could be typed again. */
    public String text() {
        String name = (scope == null ? "" : ConditionParser.prefix(scope)) + variable;
        return name + " " + operator.symbol() + " \"" + value + "\"";
    }
}
