package dev.passage.cli;

import dev.passage.cases.CaseDataException;
import dev.passage.cases.CaseOverview;
import dev.passage.cases.LinkReport;
import dev.passage.cases.Table;
import dev.passage.cases.UnitImport;
import dev.passage.cases.UnitImportReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.Map;

@Command(name = "units", description = "Organisational units (cases): import their scores, list them, link documents to them.",
         subcommands = {UnitsCommand.Import.class, UnitsCommand.List_.class, UnitsCommand.Link.class})
final class UnitsCommand {
    @Parameters(index = "0", paramLabel = "DIR|URL", description = "The project: a folder (NAME.passage) or postgresql://USER@HOST[:PORT]/DATABASE.")
    String dir;

    @Command(name = "import", description = {"Import unit scores: one row per unit; every other column becomes a UNIT variable.",
                                             "Blank cells are missing values; importing again updates values and never duplicates units."})
    static final class Import extends PassageCommand {
        @ParentCommand
        UnitsCommand parent;
        @Mixin
        SessionOptions project = new SessionOptions();
        @Mixin
        TableOptions table = new TableOptions();
        @Option(names = "--id", required = true, paramLabel = "COLUMN", description = "The column holding the unit names.")
        String id;

        @Override
        public Integer call() throws Exception {
            Output out = output(project.json);
            Table t = table.read();
            UnitImport.Options options = new UnitImport.Options(id, table.types());
            try (var s = project.open(parent.dir)) {
                if (table.printedPreview(out, () -> s.unitImport().preview(t, options))) {
                    return 0;
                }
                UnitImportReport r = s.unitImport().apply(t, options);
                out.result(r, () -> {
                    r.warnings().forEach(w -> out.line("warning: " + w));
                    out.line(String.format("%s: %d of %d rows imported; %d units created, %d updated; %d values set, %d cleared",
                                           r.source(), r.importedRows(), r.rows(), r.unitsCreated(), r.unitsUpdated(), r.valuesSet(),
                                           r.valuesCleared()));
                });
                return TableOptions.reportProblems(spec.commandLine().getErr(), r.source(), r.problems());
            }
        }
    }

    @Command(name = "list", description = "List the units with their documents, respondents and scores.")
    static final class List_ extends PassageCommand {
        @ParentCommand
        UnitsCommand parent;
        @Mixin
        SessionOptions project = new SessionOptions();

        @Override
        public Integer call() throws Exception {
            Output out = output(project.json);
            try (var s = project.open(parent.dir)) {
                List<CaseOverview.UnitRow> rows = s.caseOverview().units();
                out.result(rows, () -> {
                    for (CaseOverview.UnitRow u : rows) {
                        StringBuilder values = new StringBuilder();
                        for (Map.Entry<String, String> e : u.values().entrySet()) {
                            values.append(values.isEmpty() ? "" : ", ").append(e.getKey()).append('=').append(e.getValue());
                        }
                        out.line(String.format("%-30s %4d docs %5d respondents  %s", Output.ellipsize(u.name(), 30), u.documents(),
                                               u.respondents(), values));
                    }
                    out.line(rows.size() + " units");
                });
            }
            return 0;
        }
    }

    @Command(name = "link", description = {"Place documents in units (undoable in the workbench; units are created when new).",
                                           "--by-attribute site: the document attribute naming the unit;",
                                           "--by-pattern REGEX: matched against the document name, else the imported-from path; the group",
                                           "  named 'unit', else the first group, else the whole match is the unit name;",
                                           "--doc NAME --unit NAME: one document by hand."})
    static final class Link extends PassageCommand {
        @ParentCommand
        UnitsCommand parent;
        @Mixin
        SessionOptions project = new SessionOptions();
        @ArgGroup(exclusive = true, multiplicity = "1")
        Rule rule;

        static final class Rule {
            @Option(names = "--by-attribute", paramLabel = "NAME", required = true)
            String attribute;
            @Option(names = "--by-pattern", paramLabel = "REGEX", required = true)
            String pattern;
            @ArgGroup(exclusive = false)
            ByHand byHand;
        }

        static final class ByHand {
            @Option(names = "--doc", paramLabel = "NAME", required = true)
            String doc;
            @Option(names = "--unit", paramLabel = "NAME", required = true)
            String unit;
        }

        @Override
        public Integer call() throws Exception {
            Output out = output(project.json);
            try (var s = project.open(parent.dir)) {
                LinkReport r;
                if (rule.attribute != null) {
                    r = s.caseEditor().linkByAttribute(rule.attribute);
                } else if (rule.pattern != null) {
                    r = s.caseEditor().linkByPattern(rule.pattern);
                } else if (rule.byHand != null) {
                    r = s.caseEditor().link(s.names().document(rule.byHand.doc), rule.byHand.unit);
                } else {
                    throw new CaseDataException("Say how to link: --by-attribute, --by-pattern or --doc with --unit");
                }
                out.result(r, () -> {
                    r.linked().forEach(l -> out.line(String.format("%-40s -> %s", Output.ellipsize(l.document(), 40), l.unit())));
                    r.unmatched().forEach(d -> out.line(String.format("%-40s    (no unit found)", Output.ellipsize(d, 40))));
                    out.line(String.format("%d documents linked, %d already there, %d not matched; %d units created%s", r.linked().size(),
                                           r.alreadyLinked(), r.unmatched().size(), r.unitsCreated().size(),
                                           r.unitsCreated().isEmpty() ? "" : " (" + String.join(", ", r.unitsCreated()) + ")"));
                });
            }
            return 0;
        }
    }
}
