package dev.passage.cli;

import dev.passage.mixed.CodeUnitMatrix;
import dev.passage.mixed.QuantitizeResult;
import dev.passage.mixed.TidyRow;
import dev.passage.model.VariableScope;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@Command(name = "quantitize", description = {"Code counts as numbers: the tidy unit x code table, printed, as CSV or as variables.",
    "With --csv FILE the table is written for R or pandas; with --write-variables the counts become unit (or respondent)",
    "variables code:PATH:segments / share_chars / share_carriers (undoable)."})
final class QuantitizeCommand extends PassageCommand {
    @Mixin
    ProjectOptions project = new ProjectOptions();
    @Mixin
    CodeSelectionOptions codes = new CodeSelectionOptions();
    @Option(names = "--csv", paramLabel = "FILE", description = "Write the tidy table as CSV (UTF-8, RFC 4180, missing = NA).")
    Path csv;
    @picocli.CommandLine.Mixin
    CsvOptions csvOptions = new CsvOptions();
    @Option(names = "--write-variables", description = "Store the counts as NUMBER variables (one undoable step).")
    boolean writeVariables;
    @Option(names = "--scope", paramLabel = "unit|respondent", defaultValue = "unit", description = "Whose variables to write (default unit).")
    String scope;

    @Override
    public Integer call() throws Exception {
        VariableScope target = switch (scope.toLowerCase(Locale.ROOT)) {
            case "unit" -> VariableScope.UNIT;
            case "respondent" -> VariableScope.RESPONDENT;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--scope takes unit or respondent, not " + scope);
        };
        Output out = output(project.json());
        try (var s = project.open()) {
            List<Long> ids = codes.ids(s);
            CodeUnitMatrix m = s.mixed().matrix(ids, codes.aggregation());
            List<TidyRow> rows = csv != null ? s.mixed().writeTidyCsv(m, csv, csvOptions.style()) : s.mixed().tidy(m);
            QuantitizeResult written = writeVariables ? s.mixed().quantitize(ids, target, codes.aggregation()) : null;
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("rows", csv != null ? rows.size() : rows);
            if (csv != null) {
                result.put("csv", csv.toString());
            }
            if (written != null) {
                result.put("written", written);
            }
            out.result(result, () -> {
                if (csv == null) {
                    out.line(String.format("%-24s %-32s %8s %11s %10s %11s %9s %11s", "unit", "code_path", "segments", "coded_chars",
                                           "unit_chars", "share_chars", "carriers", "share_carr."));
                    for (TidyRow r : rows) {
                        out.line(String.format("%-24s %-32s %8d %11d %10d %11s %5d/%-3d %11s", Output.ellipsize(r.unit(), 24),
                                               Output.ellipsize(r.codePath(), 32), r.segments(), r.codedChars(), r.unitChars(),
                                               MixedText.decimal(r.shareChars()), r.carriers(), r.carrierTotal(), MixedText.decimal(r.shareCarriers())));
                    }
                } else {
                    out.line("wrote " + rows.size() + " rows to " + csv);
                }
                if (written != null) {
                    out.line("wrote " + written.values() + " values into " + written.variables().size() + " " + target.name().toLowerCase(Locale.ROOT)
                             + " variables (" + written.created() + " new): " + String.join(", ", written.variables()));
                    MixedText.definition(out, written.definition());
                }
            });
        }
        return 0;
    }
}
