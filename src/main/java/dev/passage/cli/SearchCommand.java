package dev.passage.cli;

import dev.passage.search.KwicHit;
import dev.passage.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = {
    "Full-text search with keyword-in-context results.",
    "Syntax: words (all must occur), \"a phrase\", wild*, te?t, OR, NOT, \"two words\"~5 (within 5 words), fuzzy~."})
final class SearchCommand extends PassageCommand {
    @Mixin
    ProjectOptions project = new ProjectOptions();
    @Parameters(index = "1", paramLabel = "QUERY", defaultValue = "")
    String query;
    @Mixin
    FilterOptions filters = new FilterOptions();
    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Rows to show (default 50; 0 = all).")
    int limit;

    @Override
    public Integer call() throws Exception {
        Output out = output(project.json());
        try (var s = project.open()) {
            SearchResult r = s.search().search(query, filters.filters(s), limit);
            out.result(r, () -> {
                for (KwicHit h : r.hits()) {
                    out.line(String.format("%-28s %-14s %6d  %50s [%s] %s", Output.ellipsize(h.documentName(), 28),
                                           Output.ellipsize(h.speaker() == null ? "" : h.speaker(), 14), h.start(),
                                           Output.ellipsizeLeft(h.left(), 50), Output.ellipsize(h.hit(), 60), Output.ellipsize(h.right(), 50)));
                }
                out.line(String.format("%d hits in %d passages%s", r.totalHits(), r.totalSegments(),
                                       r.hits().size() < r.totalHits() ? " (showing " + r.hits().size() + "; use --limit)" : ""));
            });
        }
        return 0;
    }
}
