package dev.passage.model;

/**
 * How a variable's values are kept and compared. NUMBER values are doubles; CATEGORY and TEXT are strings (categories are
 * compared as labels, texts are free); DATE values are ISO dates (yyyy-MM-dd) that also carry their epoch day as a number,
 * so that dates compare and sort like numbers.
 */
public enum VariableType {
    NUMBER, CATEGORY, DATE, TEXT;

    public boolean isNumeric() {
        return this == NUMBER || this == DATE;
    }
}
