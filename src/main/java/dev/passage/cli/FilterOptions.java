package dev.passage.cli;

import dev.passage.search.SearchFilters;
import dev.passage.session.ProjectSession;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** Search filters: --code (with sub-codes), --doc, --set, --speaker, --unit, --where; each may be repeated. */
final class FilterOptions {
    @Option(names = "--code", paramLabel = "PATH", description = "Only passages coded with this code or a sub-code.")
    List<String> codes = new ArrayList<>();
    @Option(names = "--doc", paramLabel = "NAME", description = "Only in this document: its name, id (see `docs`) or an unambiguous beginning of its name.")
    List<String> docs = new ArrayList<>();
    @Option(names = "--set", paramLabel = "SET", description = "Only in the documents of this document set (see `sets`).")
    List<String> sets = new ArrayList<>();
    @Option(names = "--speaker", paramLabel = "S", description = "Only what this speaker said (any case).")
    List<String> speakers = new ArrayList<>();
    @Option(names = "--unit", paramLabel = "NAME", description = "Only in documents of this unit.")
    List<String> units = new ArrayList<>();
    @Option(names = "--where", paramLabel = "'VARIABLE OP VALUE'",
            description = "Only in documents meeting this variable condition, e.g. 'psych_safety >= 4' or 'role = leader'.")
    List<String> where = new ArrayList<>();

    /**
     * The filters with every name checked against the project: an unknown unit, speaker, document, set or code is bad input.
     * A set narrows the documents to its members.
     */
    SearchFilters filters(ProjectSession session) {
        return session.names().filters(new SearchFilters(codes, session.names().documentsAndSets(docs, sets), speakers, units, where));
    }
}
