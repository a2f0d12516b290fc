package dev.passage.search;

import java.util.List;

/**
 * Filters as a researcher names them: code paths (with their sub-codes), document names, speakers, units, and variable
 * conditions such as {@code psych_safety >= 4} (all must hold; see {@link ConditionFilter}).
 */
public record SearchFilters(List<String> codePaths, List<String> documentNames, List<String> speakers, List<String> units,
                            List<String> conditions) {
    public static final SearchFilters NONE = new SearchFilters(List.of(), List.of(), List.of(), List.of(), List.of());

    public SearchFilters {
        codePaths = List.copyOf(codePaths);
        documentNames = List.copyOf(documentNames);
        speakers = List.copyOf(speakers);
        units = List.copyOf(units);
        conditions = List.copyOf(conditions);
    }

    /** Filters without variable conditions. */
    public SearchFilters(List<String> codePaths, List<String> documentNames, List<String> speakers, List<String> units) {
        this(codePaths, documentNames, speakers, units, List.of());
    }
}
