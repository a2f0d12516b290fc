package dev.passage.ui.explore;

import java.util.List;

/** One row of the word frequencies: the word as shown, how often, in how many documents, and the forms counted under it. */
public record WordRow(String word, long count, int documents, List<String> forms) {
    public WordRow {
        forms = List.copyOf(forms);
    }
}
