package dev.passage.search;

import java.util.List;

/** Filters as a researcher names them: code paths (with their sub-codes), document names, speakers, units. */
public record SearchFilters(List<String> codePaths, List<String> documentNames, List<String> speakers, List<String> units) {
    public static final SearchFilters NONE = new SearchFilters(List.of(), List.of(), List.of(), List.of());

    public SearchFilters {
        codePaths = List.copyOf(codePaths);
        documentNames = List.copyOf(documentNames);
        speakers = List.copyOf(speakers);
        units = List.copyOf(units);
    }
}
