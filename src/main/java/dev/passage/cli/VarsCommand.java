package dev.passage.cli;

import dev.passage.cases.CaseDataException;
import dev.passage.cases.CaseOverview;
import dev.passage.model.VariableType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.Locale;
import java.util.Map;

@Command(name = "vars", description = "Variables of units, documents and respondents.",
         subcommands = {VarsCommand.List_.class, VarsCommand.Set.class, VarsCommand.FromAttribute.class})
final class VarsCommand {
    @Parameters(index = "0", paramLabel = "DIR|URL", description = "The project: a folder (NAME.passage) or postgresql://USER@HOST[:PORT]/DATABASE.")
    String dir;

    @Command(name = "list", description = "List the variables with their scope, type and number of values.")
    static final class List_ extends PassageCommand {
        @ParentCommand
        VarsCommand parent;
        @Mixin
        SessionOptions project = new SessionOptions();

        @Override
        public Integer call() throws Exception {
            Output out = output(project.json);
            try (var s = project.open(parent.dir)) {
                List<CaseOverview.VariableRow> rows = s.caseOverview().variables();
                out.result(rows, () -> {
                    rows.forEach(v -> out.line(String.format("%-11s %-30s %-9s %6d values", v.scope().name().toLowerCase(Locale.ROOT),
                                                             Output.ellipsize(v.name(), 30), v.type(), v.values())));
                    out.line(rows.size() + " variables");
                });
            }
            return 0;
        }
    }

    @Command(name = "set", description = "Set a document variable, e.g. role=leader (an empty value clears it).")
    static final class Set extends PassageCommand {
        @ParentCommand
        VarsCommand parent;
        @Mixin
        SessionOptions project = new SessionOptions();
        @Option(names = "--doc", required = true, paramLabel = "NAME", description = "The document.")
        String doc;
        @Parameters(index = "0", arity = "1..*", paramLabel = "VARIABLE=VALUE")
        List<String> assignments;

        @Override
        public Integer call() throws Exception {
            Output out = output(project.json);
            try (var s = project.open(parent.dir)) {
                for (String a : assignments) {
                    int eq = a.indexOf('=');
                    if (eq <= 0) {
                        throw new CaseDataException("Write VARIABLE=VALUE, e.g. role=leader (got \"" + a + "\")");
                    }
                    s.caseEditor().setDocumentVariable(s.names().document(doc), a.substring(0, eq), a.substring(eq + 1));
                }
                Map<String, Object> result = Map.of("document", doc, "set", assignments);
                out.result(result, () -> assignments.forEach(a -> out.line(doc + ": " + a)));
            }
            return 0;
        }
    }

    @Command(name = "from-attribute", description = "Turn a document attribute into a typed document variable of the same name.")
    static final class FromAttribute extends PassageCommand {
        @ParentCommand
        VarsCommand parent;
        @Mixin
        SessionOptions project = new SessionOptions();
        @Parameters(index = "0", paramLabel = "ATTRIBUTE")
        String attribute;
        @Option(names = "--type", paramLabel = "TYPE", description = "number, category, date or text (default: inferred).")
        String type;

        @Override
        public Integer call() throws Exception {
            Output out = output(project.json);
            VariableType t = null;
            if (type != null) {
                try {
                    t = VariableType.valueOf(type.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new CaseDataException("--type " + type + ": the type must be number, category, date or text");
                }
            }
            try (var s = project.open(parent.dir)) {
                int n = s.caseEditor().attributeToVariable(attribute, t);
                out.result(Map.of("variable", attribute, "values", n), () -> out.line(attribute + ": " + n + " document values set"));
            }
            return 0;
        }
    }
}
