package dev.passage.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One owner's value of one variable. {@code number} is set for NUMBER (the value) and DATE (the epoch day);
 * {@code text} is set for CATEGORY, TEXT and DATE (the ISO date). Missing values are not stored at all.
 */
public record VariableValue(long variableId, long ownerId, Double number, String text) {
    public VariableValue {
        if (number == null && text == null) {
            throw new IllegalArgumentException("A variable value needs a number or a text; a missing value is not stored");
        }
    }

    public static VariableValue ofNumber(long variableId, long ownerId, double number) {
        return new VariableValue(variableId, ownerId, number, null);
    }

    public static VariableValue ofText(long variableId, long ownerId, String text) {
        return new VariableValue(variableId, ownerId, null, Objects.requireNonNull(text));
    }

    public static VariableValue ofDate(long variableId, long ownerId, LocalDate date) {
        return new VariableValue(variableId, ownerId, (double) date.toEpochDay(), date.toString());
    }

    /** The value as a researcher reads it: the label, the ISO date, or the number without a needless ".0". */
    public String display() {
        if (text != null) {
            return text;
        }
        double n = number;
        return n == Math.rint(n) && Math.abs(n) < 1e15 ? Long.toString((long) n) : Double.toString(n);
    }
}
