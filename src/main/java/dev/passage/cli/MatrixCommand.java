package dev.passage.cli;

import dev.passage.mixed.CodeUnitMatrix;
import dev.passage.mixed.MatrixRow;
import dev.passage.mixed.MatrixUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

@Command(name = "matrix", description = {"Codes x units (or, with --by document, codes x documents): segments, coded share of the text,"
    + " and documents/respondents carrying the code.",
    "Cells read \"segments · coded %% · carriers/total\"."})
final class MatrixCommand extends PassageCommand {
    @Mixin
    ProjectOptions project = new ProjectOptions();
    @Mixin
    CodeSelectionOptions codes = new CodeSelectionOptions();
    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the tidy unit x code table as CSV (R read.csv / pandas).")
    Path csv;
    @picocli.CommandLine.Mixin
    CsvOptions csvOptions = new CsvOptions();

    @Option(names = "--by", paramLabel = "unit|document", defaultValue = "unit",
            description = "Columns: unit (default) or document (each survey answer on its own).")
    String by;

    @Option(names = "--where", paramLabel = "'VARIABLE OP VALUE'",
            description = "Count only documents meeting this variable condition, e.g. 'unit.size > 20' (repeatable; all must hold).")
    java.util.List<String> where = new java.util.ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Output out = output(project.json());
        boolean byDocument = switch (by.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "unit", "units" -> false;
            case "document", "documents", "doc", "docs" -> true;
            default -> throw new dev.passage.errors.PassageException(dev.passage.errors.ErrorKind.BAD_INPUT,
                    dev.passage.errors.Text.plain("--by takes unit or document, not \"" + by + "\""));
        };
        if (byDocument && csv != null) {
            throw new dev.passage.errors.PassageException(dev.passage.errors.ErrorKind.BAD_INPUT,
                    dev.passage.errors.Text.plain("--csv writes the unit table with unit scores; use --by unit with it"));
        }
        try (var s = project.open()) {
            CodeUnitMatrix m = byDocument ? s.mixed().documentMatrix(codes.ids(s), codes.aggregation(), where)
                                          : s.mixed().matrix(codes.ids(s), codes.aggregation(), where);
            if (csv != null) {
                s.mixed().writeTidyCsv(m, csv, csvOptions.style());
            }
            out.result(m, () -> print(out, m));
            if (csv != null && !out.json()) {
                out.line("wrote " + csv);
            }
        }
        return 0;
    }

    private static void print(Output out, CodeUnitMatrix m) {
        StringBuilder header = new StringBuilder(String.format("%-32s", "code"));
        for (MatrixUnit u : m.units()) {
            header.append(String.format(" %-22s", Output.ellipsize(u.name(), 22)));
        }
        out.line(header.append(" total").toString());
        for (MatrixRow r : m.rows()) {
            out.line(row(r));
        }
        out.line(row(m.total()));
        MixedText.definition(out, m.definition());
    }

    private static String row(MatrixRow r) {
        StringBuilder sb = new StringBuilder(String.format("%-32s", Output.ellipsize(r.codePath(), 32)));
        r.cells().forEach(t -> sb.append(String.format(" %-22s", MixedText.cell(t))));
        return sb.append(' ').append(MixedText.cell(r.total())).toString();
    }
}
