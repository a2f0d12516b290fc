package dev.passage.cli;

import dev.passage.search.SearchFilters;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** Search filters: --code (with sub-codes), --doc, --speaker, --unit, --where; each may be repeated. */
final class FilterOptions {
    @Option(names = "--code", paramLabel = "PATH", description = "Only passages coded with this code or a sub-code.")
    List<String> codes = new ArrayList<>();
    @Option(names = "--doc", paramLabel = "NAME", description = "Only in this document.")
    List<String> docs = new ArrayList<>();
    @Option(names = "--speaker", paramLabel = "S", description = "Only what this speaker said (any case).")
    List<String> speakers = new ArrayList<>();
    @Option(names = "--unit", paramLabel = "NAME", description = "Only in documents of this unit.")
    List<String> units = new ArrayList<>();
    @Option(names = "--where", paramLabel = "'VARIABLE OP VALUE'",
            description = "Only in documents meeting this variable condition, e.g. 'psych_safety >= 4' or 'role = leader'.")
    List<String> where = new ArrayList<>();

    SearchFilters filters() {
        return new SearchFilters(codes, docs, speakers, units, where);
    }
}
