package dev.passage.cli;

import dev.passage.analysis.CodeFrequencies;
import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@Command(name = "frequencies", description = {"How often each code is applied: its segments and the documents they are in, in all and per"
    + " document, unit or coder.",
    "Cells read \"segments (documents)\". A code counts with its sub-codes unless --code-only is given."})
final class FrequenciesCommand extends PassageCommand {
    @Mixin
    ProjectOptions project = new ProjectOptions();
    @Option(names = "--by", paramLabel = "unit|document|coder", defaultValue = "unit",
            description = "Columns: unit (default), document or coder.")
    String by;
    @Option(names = "--code", paramLabel = "PATH", description = "Only this code and its sub-codes (a branch of the codebook).")
    String code;
    @Option(names = "--code-only", description = "Count each code without its sub-codes (default: with them).")
    boolean codeOnly;
    @Option(names = "--where", paramLabel = "'VARIABLE OP VALUE'",
            description = "Only documents meeting this variable condition, e.g. 'unit.size > 20' (repeatable; all must hold).")
    List<String> where = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Output out = output(project.json());
        CodeFrequencies.GroupBy groupBy = switch (by.strip().toLowerCase(Locale.ROOT)) {
            case "unit", "units" -> CodeFrequencies.GroupBy.UNIT;
            case "document", "documents", "doc", "docs" -> CodeFrequencies.GroupBy.DOCUMENT;
            case "coder", "coders" -> CodeFrequencies.GroupBy.CODER;
            default -> throw new PassageException(ErrorKind.BAD_INPUT, Text.plain("--by takes unit, document or coder, not \"" + by + "\""));
        };
        try (var s = project.open()) {
            var book = s.codebook().codebook();
            Long branch = code == null ? null : s.codebook().resolve(s.names().codePath(code)).id();
            CodeFrequencies.Result r = s.codeFrequencies().compute(book, new CodeFrequencies.Request(branch, !codeOnly, groupBy, where));
            out.result(r, () -> print(out, r));
        }
        return 0;
    }

    private static void print(Output out, CodeFrequencies.Result r) {
        StringBuilder header = new StringBuilder(String.format("%-36s %-12s", "code", "total"));
        for (CodeFrequencies.Group g : r.groups()) {
            header.append(String.format(" %-16s", Output.ellipsize(g.name().isEmpty() ? "(no unit)" : g.name(), 16)));
        }
        out.line(header.toString());
        for (CodeFrequencies.Row row : r.rows()) {
            StringBuilder sb = new StringBuilder(String.format("%-36s %-12s", Output.ellipsize(row.path(), 36), cell(row.total())));
            row.groups().forEach(c -> sb.append(String.format(" %-16s", cell(c))));
            out.line(sb.toString());
        }
        out.line(r.rows().size() + " codes, " + r.documents() + " documents counted");
    }

    private static String cell(CodeFrequencies.Count c) {
        return c.segments() + " (" + c.documents() + ")";
    }
}
