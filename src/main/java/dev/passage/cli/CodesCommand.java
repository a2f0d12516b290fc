package dev.passage.cli;

import dev.passage.coding.Codebook;
import dev.passage.model.Code;
import dev.passage.model.CodeDescription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@Command(name = "codes", description = "Work with the codebook.",
         subcommands = {CodesCommand.List_.class, CodesCommand.Add.class, CodesCommand.Rename.class, CodesCommand.Recolour.class,
                        CodesCommand.Describe.class, CodesCommand.Move.class, CodesCommand.Merge.class, CodesCommand.Delete.class})
final class CodesCommand {
    @Parameters(index = "0", paramLabel = "DIR|URL", description = "The project: a folder (NAME.passage) or postgresql://USER@HOST[:PORT]/DATABASE.")
    String dir;

    /** A code as the CLI prints it. */
    record CodeRow(long id, String path, String name, Long parentId, String colour, int codings, int depth, CodeDescription description) {
        static List<CodeRow> all(Codebook book, Map<Long, Integer> counts) {
            List<CodeRow> rows = new ArrayList<>();
            for (Code c : book.all()) {
                rows.add(new CodeRow(c.id(), book.path(c.id()), c.name(), c.parentId(), c.colour(), counts.getOrDefault(c.id(), 0),
                                     book.depth(c.id()), c.description()));
            }
            return rows;
        }
    }

    @Command(name = "list", description = "Print the codebook as a tree with coding counts.")
    static final class List_ extends PassageCommand {
        @ParentCommand
        CodesCommand parent;
        @Mixin
        SessionOptions project = new SessionOptions();

        @Override
        public Integer call() throws Exception {
            Output out = output(project.json);
            try (var s = project.open(parent.dir)) {
                var rows = CodeRow.all(s.codebook().codebook(), s.codebook().codingCounts());
                out.result(rows, () -> {
                    rows.forEach(r -> out.line(String.format("%-4d %s %s%s (%d)", r.id(), r.colour(), "  ".repeat(r.depth()), r.name(), r.codings())));
                    out.line(rows.size() + " codes");
                });
            }
            return 0;
        }
    }

    @Command(name = "add", description = "Add a code; PATH is Parent/Child (missing parents are created).")
    static final class Add extends PassageCommand {
        @ParentCommand
        CodesCommand parent;
        @Mixin
        SessionOptions project = new SessionOptions();
        @Parameters(index = "0", paramLabel = "PATH")
        String path;
        @Option(names = "--color", paramLabel = "#RRGGBB")
        String colour;
        @Option(names = "--description", paramLabel = "T", description = "The code's definition.")
        String description;
        @Option(names = "--when-to-use", paramLabel = "T")
        String whenToUse;
        @Option(names = "--when-not-to-use", paramLabel = "T")
        String whenNotToUse;
        @Option(names = "--example", paramLabel = "T")
        String example;

        @Override
        public Integer call() throws Exception {
            Output out = output(project.json);
            try (var s = project.open(parent.dir)) {
                Code c = s.codebook().addPath(path, colour, new CodeDescription(description, whenToUse, whenNotToUse, example));
                String p = s.codebook().codebook().path(c.id());
                out.result(c, () -> out.line("Added code " + p + " (id " + c.id() + ", " + c.colour() + ")"));
            }
            return 0;
        }
    }

    @Command(name = "rename", description = "Rename a code.")
    static final class Rename extends PassageCommand {
        @ParentCommand
        CodesCommand parent;
        @Mixin
        SessionOptions project = new SessionOptions();
        @Parameters(index = "0", paramLabel = "PATH")
        String path;
        @Parameters(index = "1", paramLabel = "NEW_NAME")
        String newName;

        @Override
        public Integer call() throws Exception {
            Output out = output(project.json);
            try (var s = project.open(parent.dir)) {
                Code c = s.codebook().rename(s.codebook().resolve(path).id(), newName);
                out.result(c, () -> out.line("Renamed " + path + " to " + c.name()));
            }
            return 0;
        }
    }

    @Command(name = "recolour", aliases = "recolor", description = "Give a code another colour.")
    static final class Recolour extends PassageCommand {
        @ParentCommand
        CodesCommand parent;
        @Mixin
        SessionOptions project = new SessionOptions();
        @Parameters(index = "0", paramLabel = "PATH")
        String path;
        @Parameters(index = "1", paramLabel = "#RRGGBB")
        String colour;

        @Override
        public Integer call() throws Exception {
            Output out = output(project.json);
            try (var s = project.open(parent.dir)) {
                Code c = s.codebook().recolour(s.codebook().resolve(path).id(), colour);
                out.result(c, () -> out.line(path + " is now " + c.colour()));
            }
            return 0;
        }
    }

    @Command(name = "describe", description = "Set a code's definition, when to use, when not to use and example.")
    static final class Describe extends PassageCommand {
        @ParentCommand
        CodesCommand parent;
        @Mixin
        SessionOptions project = new SessionOptions();
        @Parameters(index = "0", paramLabel = "PATH")
        String path;
        @Option(names = "--description", paramLabel = "T")
        String description;
        @Option(names = "--when-to-use", paramLabel = "T")
        String whenToUse;
        @Option(names = "--when-not-to-use", paramLabel = "T")
        String whenNotToUse;
        @Option(names = "--example", paramLabel = "T")
        String example;

        @Override
        public Integer call() throws Exception {
            Output out = output(project.json);
            try (var s = project.open(parent.dir)) {
                Code old = s.codebook().resolve(path);
                CodeDescription d = old.description();
                Code c = s.codebook().describe(old.id(), new CodeDescription(description != null ? description : d.definition(),
                    whenToUse != null ? whenToUse : d.whenToUse(), whenNotToUse != null ? whenNotToUse : d.whenNotToUse(),
                    example != null ? example : d.example()));
                out.result(c, () -> out.line("Described " + path));
            }
            return 0;
        }
    }

    @Command(name = "move", description = "Move a code under another (or to the top level with --top).")
    static final class Move extends PassageCommand {
        @ParentCommand
        CodesCommand parent;
        @Mixin
        SessionOptions project = new SessionOptions();
        @Parameters(index = "0", paramLabel = "PATH")
        String path;
        @Parameters(index = "1", arity = "0..1", paramLabel = "NEW_PARENT")
        String newParent;
        @Option(names = "--top", description = "Move to the top level.")
        boolean top;

        @Override
        public Integer call() throws Exception {
            if ((newParent == null) == !top) {
                throw new IllegalArgumentException("Give either NEW_PARENT or --top");
            }
            Output out = output(project.json);
            try (var s = project.open(parent.dir)) {
                Long parentId = top ? null : s.codebook().resolve(newParent).id();
                Code c = s.codebook().move(s.codebook().resolve(path).id(), parentId);
                out.result(c, () -> out.line("Moved to " + s.codebook().codebook().path(c.id())));
            }
            return 0;
        }
    }

    @Command(name = "merge", description = "Merge SOURCE into TARGET: its codings, sub-codes and memos move to TARGET.")
    static final class Merge extends PassageCommand {
        @ParentCommand
        CodesCommand parent;
        @Mixin
        SessionOptions project = new SessionOptions();
        @Parameters(index = "0", paramLabel = "SOURCE")
        String source;
        @Parameters(index = "1", paramLabel = "TARGET")
        String target;

        @Override
        public Integer call() throws Exception {
            Output out = output(project.json);
            try (var s = project.open(parent.dir)) {
                s.codebook().merge(s.codebook().resolve(source).id(), s.codebook().resolve(target).id());
                out.result(Map.of("merged", source, "into", target), () -> out.line("Merged " + source + " into " + target));
            }
            return 0;
        }
    }

    @Command(name = "delete", description = "Delete a code with its sub-codes and all their codings (needs --force).")
    static final class Delete extends PassageCommand {
        @ParentCommand
        CodesCommand parent;
        @Mixin
        SessionOptions project = new SessionOptions();
        @Parameters(index = "0", paramLabel = "PATH")
        String path;
        @Option(names = "--force", description = "Really delete, with all codings of the code and its sub-codes.")
        boolean force;

        @Override
        public Integer call() throws Exception {
            Output out = output(project.json);
            try (var s = project.open(parent.dir)) {
                Code c = s.codebook().resolve(path);
                if (!force) {
                    int n = s.codebook().codebook().selfAndDescendants(c.id()).stream()
                             .mapToInt(id -> s.codebook().codingCounts().getOrDefault(id, 0)).sum();
                    throw new IllegalArgumentException("Deleting \"" + path + "\" also deletes its sub-codes and " + n
                                                       + " codings. Add --force to do it.");
                }
                int n = s.codebook().delete(c.id());
                out.result(Map.of("deleted", path, "codings", n), () -> out.line("Deleted " + path + " and " + n + " codings"));
            }
            return 0;
        }
    }
}
