package dev.passage.cli;

import dev.passage.mixed.BootstrapSettings;
import dev.passage.mixed.CodeAggregation;
import dev.passage.mixed.Formats;
import dev.passage.mixed.JointDisplay;
import dev.passage.mixed.PrevalenceMeasure;
import dev.passage.mixed.UnitPoint;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Locale;

@Command(name = "joint", description = "A code's prevalence per unit against a unit score: Pearson and Spearman with p and bootstrap 95%% CI.")
final class JointCommand extends PassageCommand {
    @Mixin
    ProjectOptions project = new ProjectOptions();
    @Option(names = "--code", required = true, paramLabel = "PATH")
    String code;
    @Option(names = "--score", required = true, paramLabel = "VARIABLE", description = "A NUMBER unit variable (e.g. psych_safety).")
    String score;
    @Option(names = "--measure", paramLabel = "carriers|chars", defaultValue = "carriers",
            description = "Prevalence: share of documents/respondents carrying the code (default) or share of coded characters.")
    String measure;
    @Option(names = "--code-only", description = "Count the code without its sub-codes.")
    boolean codeOnly;
    @Option(names = "--resamples", paramLabel = "N", defaultValue = "2000", description = "Bootstrap resamples (default 2000).")
    int resamples;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Bootstrap seed (default 42).")
    long seed;
    @Option(names = "--where", paramLabel = "'VARIABLE OP VALUE'",
            description = "Count only documents meeting this variable condition, e.g. 'unit.size > 20' (repeatable; all must hold).")
    java.util.List<String> where = new java.util.ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrevalenceMeasure m = switch (measure.toLowerCase(Locale.ROOT)) {
            case "carriers" -> PrevalenceMeasure.CARRIERS;
            case "chars" -> PrevalenceMeasure.CHARS;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--measure takes carriers or chars, not " + measure);
        };
        Output out = output(project.json());
        try (var s = project.open()) {
            JointDisplay j = s.mixed().joint(s.codebook().resolve(s.names().codePath(code)).id(), s.mixed().variable(score), m,
                                             codeOnly ? CodeAggregation.CODE_ONLY : CodeAggregation.AGGREGATED,
                                             new BootstrapSettings(resamples, seed), where);
            out.result(j, () -> {
                out.line(String.format("%-30s %12s %10s", "unit", "prevalence", j.variable()));
                for (UnitPoint p : j.points()) {
                    out.line(String.format(Locale.ROOT, "%-30s %12s %10s", Output.ellipsize(p.unitName(), 30),
                                           MixedText.percent(p.prevalence()),
                                           Formats.number(p.score())));
                }
                MixedText.excluded(out, j.excluded());
                out.line("");
                out.line(MixedText.correlation(j.pearson()));
                out.line(MixedText.correlation(j.spearman()));
                MixedText.definition(out, j.definition());
            });
        }
        return 0;
    }
}
