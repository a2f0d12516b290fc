package dev.passage.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "docs", description = "List the project's documents.")
final class DocsCommand extends PassageCommand {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Override
    public Integer call() throws Exception {
        Output out = output(project.json());
        try (var session = project.open()) {
            var docs = session.documents().summaries();
            out.result(docs, () -> {
                out.line(String.format("%-5s %-50s %-5s %9s %6s %8s %8s", "id", "name", "type", "chars", "turns", "speakers", "codings"));
                docs.forEach(d -> out.line(String.format("%-5d %-50s %-5s %9d %6d %8d %8d", d.id(), Output.ellipsize(d.name(), 50),
                                                         d.format().extension(), d.length(), d.turnCount(), d.speakerCount(), d.codingCount())));
                out.line(docs.size() + " documents");
            });
        }
        return 0;
    }
}
