package dev.passage.cli;

import dev.passage.model.DocumentSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@Command(name = "sets", description = {"Document sets: named groups of documents (a document can be in several).",
                                       "Use them as filters: `search --set NAME`, `export --set NAME`."},
         subcommands = {SetsCommand.Add.class, SetsCommand.List_.class, SetsCommand.Remove.class, SetsCommand.Rename.class})
final class SetsCommand {
    @Parameters(index = "0", paramLabel = "DIR|URL", description = "The project: a folder (NAME.passage) or postgresql://USER@HOST[:PORT]/DATABASE.")
    String dir;

    @Command(name = "add", description = "Add documents to a set (the set is created when there is none of that name).")
    static final class Add extends PassageCommand {
        @ParentCommand
        SetsCommand parent;
        @Mixin
        SessionOptions session = new SessionOptions();
        @Parameters(index = "0", paramLabel = "SET", description = "The set's name.")
        String set;
        @Parameters(index = "1..*", arity = "0..*", paramLabel = "DOC",
                    description = "Documents: names, ids or unambiguous beginnings of names (none: an empty set).")
        List<String> docs = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            Output out = output(session.json);
            try (var s = session.open(parent.dir)) {
                List<Long> ids = s.names().documents(docs).stream().map(n -> s.documents().idByName(n).orElseThrow()).toList();
                boolean exists = s.documents().sets().stream().anyMatch(x -> x.name().equalsIgnoreCase(set.strip()));
                int added;
                if (ids.isEmpty() && !exists) {
                    s.documentEditor().createSet(set);
                    added = 0;
                } else {
                    added = s.documentEditor().addToSet(set, ids);
                }
                String name = s.names().set(set);
                out.result(Map.of("set", name, "added", added, "created", !exists),
                           () -> out.line((exists ? "" : "Created the set \"" + name + "\"; ") + "added " + added + " documents to \"" + name + "\""
                                          + (added < ids.size() ? " (" + (ids.size() - added) + " were in it already)" : "")));
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List the sets with their documents.")
    static final class List_ extends PassageCommand {
        @ParentCommand
        SetsCommand parent;
        @Mixin
        SessionOptions session = new SessionOptions();

        @Override
        public Integer call() throws Exception {
            Output out = output(session.json);
            try (var s = session.open(parent.dir)) {
                List<DocumentSet> sets = s.documents().sets();
                Map<Long, String> names = new java.util.HashMap<>();
                s.documents().summaries().forEach(d -> names.put(d.id(), d.name()));
                record Row(long id, String name, List<String> documents) {
                }
                List<Row> rows = sets.stream().map(x -> new Row(x.id(), x.name(), x.documentIds().stream().map(names::get).toList())).toList();
                out.result(rows, () -> {
                    for (Row r : rows) {
                        out.line(r.name() + " (" + r.documents().size() + " documents)");
                        r.documents().forEach(d -> out.line("  " + d));
                    }
                    out.line(rows.size() + " sets");
                });
            }
            return 0;
        }
    }

    @Command(name = "remove", description = {"Remove documents from a set; without documents, delete the set itself.",
                                             "The documents stay in the project either way."})
    static final class Remove extends PassageCommand {
        @ParentCommand
        SetsCommand parent;
        @Mixin
        SessionOptions session = new SessionOptions();
        @Parameters(index = "0", paramLabel = "SET", description = "The set's name.")
        String set;
        @Parameters(index = "1..*", arity = "0..*", paramLabel = "DOC", description = "Documents to take out of it (none: delete the set).")
        List<String> docs = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            Output out = output(session.json);
            try (var s = session.open(parent.dir)) {
                String name = s.names().set(set);
                if (docs.isEmpty()) {
                    s.documentEditor().deleteSet(name);
                    out.result(Map.of("set", name, "deleted", true), () -> out.line("Deleted the set \"" + name + "\" (its documents stay)"));
                    return 0;
                }
                List<Long> ids = s.names().documents(docs).stream().map(n -> s.documents().idByName(n).orElseThrow()).toList();
                int removed = s.documentEditor().removeFromSet(name, ids);
                out.result(Map.of("set", name, "removed", removed),
                           () -> out.line("Removed " + removed + " documents from \"" + name + "\""
                                          + (removed < ids.size() ? " (" + (ids.size() - removed) + " were not in it)" : "")));
            }
            return 0;
        }
    }

    @Command(name = "rename", description = "Rename a set.")
    static final class Rename extends PassageCommand {
        @ParentCommand
        SetsCommand parent;
        @Mixin
        SessionOptions session = new SessionOptions();
        @Parameters(index = "0", paramLabel = "OLD", description = "The set's name.")
        String old;
        @Parameters(index = "1", paramLabel = "NEW", description = "Its new name.")
        String name;

        @Override
        public Integer call() throws Exception {
            Output out = output(session.json);
            try (var s = session.open(parent.dir)) {
                String before = s.names().set(old);
                s.documentEditor().renameSet(before, name);
                out.result(Map.of("before", before, "after", name.strip()), () -> out.line("Renamed the set \"" + before + "\" to \"" + name.strip() + "\""));
            }
            return 0;
        }
    }
}
