package dev.passage.mixed;

/**
 * A column of a crosstab.
 *
 * @param size      carriers in the group (documents, or respondents for survey answers)
 * @param above     for numeric splits: values in the group are greater than this (null: no lower bound)
 * @param upTo      for numeric splits: values in the group are at most this (null: no upper bound)
 */
public record CrosstabGroup(String label, int size, long textChars, Double above, Double upTo) {
}
