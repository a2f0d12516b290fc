package dev.passage.cli;

import dev.passage.mixed.Crosstab;
import dev.passage.mixed.CrosstabCell;
import dev.passage.mixed.CrosstabGroup;
import dev.passage.mixed.CrosstabRow;
import dev.passage.mixed.GroupSplit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "crosstab", description = {"Codes by the groups of a variable: carriers, column %% and segments; missing values as \"missing\".",
    "Cells read \"carriers (column %%) · segments\"."})
final class CrosstabCommand extends PassageCommand {
    @Mixin
    ProjectOptions project = new ProjectOptions();
    @Mixin
    CodeSelectionOptions codes = new CodeSelectionOptions();
    @Option(names = "--by", required = true, paramLabel = "VARIABLE",
            description = {"A unit, document or respondent variable. A document and a respondent variable of the same name (role) act as one,",
                           "as in --where; any other name in several scopes needs its scope (unit.region)."})
    String by;
    @Option(names = "--split", paramLabel = "tertiles|THRESHOLD",
            description = "For a NUMBER variable: tertiles (default) or a threshold t (<= t vs > t).")
    String split;
    @Option(names = "--where", paramLabel = "'VARIABLE OP VALUE'",
            description = "Count only documents meeting this variable condition, e.g. 'unit.size > 20' (repeatable; all must hold).")
    java.util.List<String> where = new java.util.ArrayList<>();

    @Override
    public Integer call() throws Exception {
        GroupSplit how = GroupSplit.parse(split);
        Output out = output(project.json());
        try (var s = project.open()) {
            Crosstab x = s.mixed().crosstab(by, how, codes.ids(s), codes.aggregation(), where);
            out.result(x, () -> {
                StringBuilder header = new StringBuilder(String.format("%-32s", "code"));
                for (CrosstabGroup g : x.groups()) {
                    header.append(String.format(" %-24s", Output.ellipsize(g.label() + " (n=" + g.size() + ")", 24)));
                }
                out.line(header.append(" all").toString());
                for (CrosstabRow r : x.rows()) {
                    StringBuilder sb = new StringBuilder(String.format("%-32s", Output.ellipsize(r.codePath(), 32)));
                    r.cells().forEach(c -> sb.append(String.format(" %-24s", cell(c))));
                    out.line(sb.append(' ').append(cell(r.total())).toString());
                }
                MixedText.definition(out, x.definition());
            });
        }
        return 0;
    }

    private static String cell(CrosstabCell c) {
        return c.carriers() + " (" + (c.columnPercent() == null ? "–" : MixedText.percent(c.columnPercent() / 100)) + ") · " + c.segments();
    }
}
