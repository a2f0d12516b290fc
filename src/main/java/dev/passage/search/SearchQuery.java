package dev.passage.search;

import java.util.Set;

/**
 * A search: Lucene classic query syntax in {@code text} (words, "phrases", wild*, AND/OR/NOT, "a b"~5), plus filters.
 * Empty filter sets mean "no filter". {@code codeIds} is already expanded with descendants by the caller; a segment matches
 * when it carries any of them. {@code limit} caps the returned KWIC rows, not the totals.
 */
public record SearchQuery(String text, Set<Long> codeIds, Set<Long> documentIds, Set<String> speakers, Set<String> units,
                          int limit) {
    public SearchQuery {
        codeIds = Set.copyOf(codeIds);
        documentIds = Set.copyOf(documentIds);
        speakers = Set.copyOf(speakers);
        units = Set.copyOf(units);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Set.of(), Set.of(), Set.of(), Set.of(), 100);
    }
}
