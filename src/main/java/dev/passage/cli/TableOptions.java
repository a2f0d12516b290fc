package dev.passage.cli;

import dev.passage.cases.CaseDataException;
import dev.passage.cases.ImportColumn;
import dev.passage.cases.ImportPreview;
import dev.passage.cases.RowProblem;
import dev.passage.cases.Table;
import dev.passage.cases.TableReader;
import dev.passage.model.VariableType;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** FILE, --sheet, --type COL=TYPE and --dry-run, shared by the table imports; and how a preview is printed. */
final class TableOptions {
    @Parameters(index = "0", paramLabel = "FILE", description = "A CSV (comma, semicolon or tab) or XLSX file with one header row.")
    Path file;
    @Option(names = "--sheet", paramLabel = "NAME", description = "The spreadsheet's sheet (default: the first).")
    String sheet;
    @Option(names = "--type", paramLabel = "COL=TYPE", description = "A column's type: number, category, date or text (default: inferred).")
    Map<String, String> types = new LinkedHashMap<>();
    @Option(names = "--dry-run", description = "Only show the columns, their types, the first rows and the rows that cannot be read.")
    boolean dryRun;

    Table read() {
        return TableReader.read(file, sheet);
    }

    Map<String, VariableType> types() {
        Map<String, VariableType> out = new LinkedHashMap<>();
        types.forEach((column, type) -> {
            try {
                out.put(column, VariableType.valueOf(type.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new CaseDataException("--type " + column + "=" + type + ": the type must be number, category, date or text");
            }
        });
        return out;
    }

    /** Makes the preview of an import, for --dry-run. */
    @FunctionalInterface
    interface PreviewSource {
        ImportPreview preview() throws Exception;
    }

    /** With --dry-run: prints the preview and returns true (nothing is imported); else false. */
    boolean printedPreview(Output out, PreviewSource source) throws Exception {
        if (!dryRun) {
            return false;
        }
        ImportPreview p = source.preview();
        out.result(p, () -> print(out, p));
        return true;
    }

    /** The rows an import left out, on {@code err} one a line; the exit code: 0, or bad input when rows were left out. */
    static int reportProblems(PrintWriter err, String source, List<RowProblem> problems) {
        problems.forEach(p -> err.println(source + ": " + p.describe()));
        return problems.isEmpty() ? 0 : PassageCli.EXIT_BAD_INPUT;
    }

    static void print(Output out, ImportPreview p) {
        out.line(p.source() + ": " + p.rows() + " rows, " + p.importableRows() + " can be imported");
        for (ImportColumn c : p.columns()) {
            String how = c.role() == ImportColumn.Role.VARIABLE
                ? c.type().name().toLowerCase(Locale.ROOT) + " (" + c.typeSource().name().toLowerCase(Locale.ROOT) + ")"
                : c.role().name().toLowerCase(Locale.ROOT);
            out.line(String.format("  %-30s %-22s %d filled", Output.ellipsize(c.name(), 30), how, c.filled()));
        }
        out.line("First rows:");
        for (List<String> row : p.firstRows()) {
            out.line("  " + String.join(" | ", row.stream().map(v -> Output.ellipsize(v, 24)).toList()));
        }
        p.warnings().forEach(w -> out.line("warning: " + w));
        printProblems(out, p.problems());
    }

    static void printProblems(Output out, List<RowProblem> problems) {
        if (!problems.isEmpty()) {
            out.line(problems.size() + " rows cannot be imported:");
            problems.forEach(r -> out.line("  " + r.describe()));
        }
    }
}
