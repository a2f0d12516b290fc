package dev.passage.cli;

import dev.passage.mixed.CodeAggregation;
import dev.passage.mixed.Formats;
import dev.passage.mixed.QuoteDisplay;
import dev.passage.mixed.QuoteSelection;
import dev.passage.mixed.RankedUnit;
import dev.passage.mixed.UnitQuotes;
import dev.passage.model.Segment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Locale;

@Command(name = "quotes", description = "Units ranked by a score, with a code's segments from the highest- and lowest-scoring units side by side.")
final class QuotesCommand extends PassageCommand {
    @Mixin
    ProjectOptions project = new ProjectOptions();
    @Option(names = "--code", required = true, paramLabel = "PATH")
    String code;
    @Option(names = "--score", required = true, paramLabel = "VARIABLE", description = "A NUMBER unit variable.")
    String score;
    @Option(names = "--per-unit", paramLabel = "K", defaultValue = "2", description = "Segments per unit (default 2).")
    int perUnit;
    @Option(names = "--units", paramLabel = "N", defaultValue = "3", description = "Units on each side (default 3).")
    int units;
    @Option(names = "--select", paramLabel = "first|longest", defaultValue = "first",
            description = "The first segments in document order (default) or the longest.")
    String select;
    @Option(names = "--code-only", description = "Only the code itself, not its sub-codes.")
    boolean codeOnly;

    @Override
    public Integer call() throws Exception {
        QuoteSelection selection = switch (select.toLowerCase(Locale.ROOT)) {
            case "first" -> QuoteSelection.FIRST;
            case "longest" -> QuoteSelection.LONGEST;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--select takes first or longest, not " + select);
        };
        Output out = output(project.json());
        try (var s = project.open()) {
            QuoteDisplay q = s.mixed().quotes(s.codebook().resolve(s.names().codePath(code)).id(), s.mixed().variable(score), selection, perUnit, units,
                                              codeOnly ? CodeAggregation.CODE_ONLY : CodeAggregation.AGGREGATED);
            out.result(q, () -> {
                for (RankedUnit r : q.ranking()) {
                    out.line(String.format(Locale.ROOT, "%3d. %-30s %s = %-8s %d segments", r.rank(), Output.ellipsize(r.unitName(), 30),
                                           q.variable(), Formats.number(r.score()), r.tally().segments()));
                }
                MixedText.excluded(out, q.excluded());
                side(out, "HIGHEST " + q.variable(), q.highest());
                side(out, "LOWEST " + q.variable(), q.lowest());
                MixedText.definition(out, q.definition());
            });
        }
        return 0;
    }

    private static void side(Output out, String title, List<UnitQuotes> units) {
        out.line("");
        out.line(title);
        for (UnitQuotes u : units) {
            out.line("  " + u.unitName() + " (" + Formats.number(u.score()) + ", rank " + u.rank() + ", " + u.segments() + " segments)");
            if (u.quotes().isEmpty()) {
                out.line("    (no coded segments)");
            }
            for (Segment g : u.quotes()) {
                out.line("    “" + Output.ellipsize(g.text(), 110) + "” — " + g.documentName() + " " + g.start() + ".." + g.end());
            }
        }
    }
}
