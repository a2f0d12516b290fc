package dev.passage.cli;

import dev.passage.analysis.CoOccurrence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;

@Command(name = "cooccurrence", description = "For each pair of codes, how many of their segments overlap.")
final class CoOccurrenceCommand extends PassageCommand {
    @Mixin
    ProjectOptions project = new ProjectOptions();
    @picocli.CommandLine.Option(names = "--where", paramLabel = "'VARIABLE OP VALUE'",
            description = "Only in documents meeting this variable condition, e.g. 'unit.size > 20' (repeatable; all must hold).")
    List<String> where = new java.util.ArrayList<>();

    record Row(String codeA, String codeB, int overlaps, int documents) {
    }

    @Override
    public Integer call() throws Exception {
        Output out = output(project.json());
        try (var s = project.open()) {
            var book = s.codebook().codebook();
            List<Row> rows = s.coOccurrence().where(where).stream()
                              .map(p -> new Row(book.path(p.codeA()), book.path(p.codeB()), p.overlaps(), p.documents())).toList();
            out.result(rows, () -> {
                out.line(String.format("%-45s %-45s %8s %9s", "code", "code", "overlaps", "documents"));
                rows.forEach(r -> out.line(String.format("%-45s %-45s %8d %9d", Output.ellipsize(r.codeA(), 45),
                                                         Output.ellipsize(r.codeB(), 45), r.overlaps(), r.documents())));
            });
        }
        return 0;
    }
}
