package dev.passage.cli;

import dev.passage.documents.DocumentDeletion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.Map;

@Command(name = "docs", description = {"List the project's documents in their order: id, type, language, size, turns, speakers, codings, sets and the whole name.",
    "Other commands take a document by its name, its id or an unambiguous beginning of its name.",
    "`docs DIR rename`, `docs DIR delete` and `docs DIR move` manage them."},
         subcommands = {DocsCommand.Rename.class, DocsCommand.Delete.class, DocsCommand.Move.class})
final class DocsCommand extends PassageCommand {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Override
    public Integer call() throws Exception {
        Output out = output(project.json());
        try (var session = project.open()) {
            var docs = session.documents().summaries();
            Map<Long, List<String>> sets = session.documents().setNames();
            out.result(docs, () -> {
                // the name last and whole: names of one study often differ only at their end (a role, a question)
                int idWidth = Math.max(2, String.valueOf(docs.stream().mapToLong(d -> d.id()).max().orElse(0)).length());
                String row = "%-" + idWidth + "s %-5s %-4s %9s %6s %8s %8s  %s%s";
                out.line(String.format(row, "id", "type", "lang", "chars", "turns", "speakers", "codings", "name", sets.isEmpty() ? "" : "  [sets]"));
                docs.forEach(d -> out.line(String.format(row, d.id(), d.format().extension(), d.language().code(), d.length(), d.turnCount(),
                                                         d.speakerCount(), d.codingCount(), d.name(),
                                                         sets.containsKey(d.id()) ? "  [" + String.join(", ", sets.get(d.id())) + "]" : "")));
                out.line(docs.size() + " documents");
            });
        }
        return 0;
    }

    @Command(name = "rename", description = {"Rename a document (no other document may have the new name, in any case).",
                                             "The document is named by its name, its id or an unambiguous beginning of its name."})
    static final class Rename extends PassageCommand {
        @ParentCommand
        DocsCommand parent;
        @Mixin
        SessionOptions session = new SessionOptions();
        @Parameters(index = "0", paramLabel = "OLD", description = "The document: its name, id or an unambiguous beginning of its name.")
        String old;
        @Parameters(index = "1", paramLabel = "NEW", description = "Its new name.")
        String name;

        @Override
        public Integer call() throws Exception {
            Output out = output(session.json);
            try (var s = session.open(parent.project.dir)) {
                String before = s.names().document(old);
                long id = s.documents().idByName(before).orElseThrow();
                s.documentEditor().rename(id, name);
                String after = s.documents().name(id).orElseThrow();
                out.result(Map.of("id", id, "before", before, "after", after),
                           () -> out.line("Renamed \"" + before + "\" to \"" + after + "\""));
            }
            return 0;
        }
    }

    @Command(name = "delete", description = {"Delete a document with its codings, memos, variable values and set memberships.",
                                             "Without --force nothing is deleted: it says what would go (exit 3). The command line cannot undo it;",
                                             "the workbench can (Edit > Undo) while it stays open, and `passage backup` keeps a copy."})
    static final class Delete extends PassageCommand {
        @ParentCommand
        DocsCommand parent;
        @Mixin
        SessionOptions session = new SessionOptions();
        @Parameters(index = "0", paramLabel = "NAME", description = "The document: its name, id or an unambiguous beginning of its name.")
        String doc;
        @Option(names = "--force", description = "Really delete it.")
        boolean force;

        @Override
        public Integer call() throws Exception {
            Output out = output(session.json);
            try (var s = session.open(parent.project.dir)) {
                String name = s.names().document(doc);
                long id = s.documents().idByName(name).orElseThrow();
                DocumentDeletion what = s.documentEditor().deletion(id);
                String goes = String.format("\"%s\" with %d codings, %d memos and %d set memberships", what.name(), what.codings(),
                                            what.memos(), what.sets());
                if (!force) {
                    spec.commandLine().getErr().println("passage: would delete " + goes + "; nothing was deleted. Add --force to delete it.");
                    return PassageCli.EXIT_BAD_INPUT;
                }
                s.documentEditor().delete(id);
                out.result(what, () -> out.line("Deleted " + goes));
            }
            return 0;
        }
    }

    @Command(name = "move", description = {"Move a document to another place in the project's order (the document list, `docs` and exports follow it)."})
    static final class Move extends PassageCommand {
        @ParentCommand
        DocsCommand parent;
        @Mixin
        SessionOptions session = new SessionOptions();
        @Parameters(index = "0", paramLabel = "NAME", description = "The document: its name, id or an unambiguous beginning of its name.")
        String doc;
        @Option(names = "--to", required = true, paramLabel = "N", description = "Its new place: 1 is the first.")
        int to;

        @Override
        public Integer call() throws Exception {
            Output out = output(session.json);
            try (var s = session.open(parent.project.dir)) {
                String name = s.names().document(doc);
                long id = s.documents().idByName(name).orElseThrow();
                s.documentEditor().move(id, to);
                out.result(Map.of("id", id, "name", name, "position", to), () -> out.line("Moved \"" + name + "\" to place " + to));
            }
            return 0;
        }
    }
}
