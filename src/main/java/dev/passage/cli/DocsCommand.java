package dev.passage.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "docs", description = {"List the project's documents: id, type, language, size, turns, speakers, codings and the whole name.",
    "Other commands take a document by its name, its id or an unambiguous beginning of its name."})
final class DocsCommand extends PassageCommand {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Override
    public Integer call() throws Exception {
        Output out = output(project.json());
        try (var session = project.open()) {
            var docs = session.documents().summaries();
            out.result(docs, () -> {
                // the name last and whole: names of one study often differ only at their end (a role, a question)
                int idWidth = Math.max(2, String.valueOf(docs.stream().mapToLong(d -> d.id()).max().orElse(0)).length());
                String row = "%-" + idWidth + "s %-5s %-4s %9s %6s %8s %8s  %s";
                out.line(String.format(row, "id", "type", "lang", "chars", "turns", "speakers", "codings", "name"));
                docs.forEach(d -> out.line(String.format(row, d.id(), d.format().extension(), d.language().code(), d.length(),
                                                         d.turnCount(), d.speakerCount(), d.codingCount(), d.name())));
                out.line(docs.size() + " documents");
            });
        }
        return 0;
    }
}
