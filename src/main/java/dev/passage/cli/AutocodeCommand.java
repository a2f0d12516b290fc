package dev.passage.cli;

import dev.passage.coding.HitScope;
import dev.passage.search.SearchFilters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@Command(name = "autocode", description = "Code every hit of a search (the hit, its sentence or its speaker turn) in one step.")
final class AutocodeCommand extends PassageCommand {
    @Mixin
    ProjectOptions project = new ProjectOptions();
    @Parameters(index = "1", paramLabel = "QUERY")
    String query;
    @Option(names = "--code", required = true, paramLabel = "PATH", description = "The code to apply.")
    String code;
    @Option(names = "--scope", defaultValue = "hit", paramLabel = "hit|sentence|turn")
    String scope;
    @Option(names = "--doc", paramLabel = "NAME", description = "Only hits in this document.")
    List<String> docs = new ArrayList<>();
    @Option(names = "--speaker", paramLabel = "S", description = "Only hits by this speaker.")
    List<String> speakers = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Output out = output(project.json());
        HitScope hitScope = HitScope.parse(scope);
        try (var s = project.open()) {
            long codeId = s.codebook().resolve(s.names().codePath(code)).id();
            var hits = s.search().hitRanges(query, s.names().filters(new SearchFilters(List.of(), docs, speakers, List.of())));
            var created = s.autoCoder().codeHits(query, hits, codeId, hitScope);
            out.result(Map.of("query", query, "code", code, "scope", hitScope.name().toLowerCase(Locale.ROOT),
                              "codings", created),
                       () -> out.line("Applied " + code + " to " + created.size() + " passages (" + scope + ")"));
        }
        return 0;
    }
}
