package dev.passage.cli;

import dev.passage.export.AtomicFile;
import dev.passage.export.ExcerptFilter;
import dev.passage.export.ExportReport;
import dev.passage.export.ExportService;
import dev.passage.export.FileExport;
import dev.passage.export.ReportFormat;
import dev.passage.export.ReportKind;
import dev.passage.export.TableFormat;
import dev.passage.session.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@Command(name = "export", description = {
    "Export coded excerpts (one row per coded segment) as csv, xlsx or json, or a report (codebook or excerpts by code) as docx or html.",
    "The file is written whole or not at all (a temporary file next to it is moved into place)."})
final class ExportCommand extends PassageCommand {
    /** Lower case: these are the words typed after --format. New formats: a constant here and a case in {@link #export}. */
    enum Format { csv, xlsx, json, docx, html }

    enum Report { codebook, excerpts }

    record Result(String file, String format, String report, int rows, int truncatedCells) {
    }

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder (NAME.passage).")
    Path dir;
    @Option(names = "--format", paramLabel = "F", description = "csv, xlsx, json, docx or html (default: from the --out file name).")
    Format format;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced if it exists).")
    Path out;
    @Option(names = "--code", paramLabel = "PATH", description = "Only segments coded with this code (repeatable).")
    List<String> codes = new ArrayList<>();
    @Option(names = "--with-subcodes", description = "With --code: also the codes below it.")
    boolean withSubcodes;
    @Option(names = "--doc", paramLabel = "NAME", description = "Only in this document (repeatable).")
    List<String> docs = new ArrayList<>();
    @Option(names = "--unit", paramLabel = "NAME", description = "Only in documents of this unit (repeatable).")
    List<String> units = new ArrayList<>();
    @Option(names = "--coder", paramLabel = "NAME", description = "Only segments coded by this coder (repeatable).")
    List<String> coders = new ArrayList<>();
    @Option(names = "--vars", split = ",", paramLabel = "NAME", description = {
        "Variable columns for csv/xlsx/json, e.g. psych_safety,role; unit:NAME, document:NAME or respondent:NAME picks the scope;",
        "'all' adds every variable."})
    List<String> vars = new ArrayList<>();
    @Option(names = "--report", paramLabel = "R", description = "For docx/html: codebook or excerpts (default excerpts).")
    Report report;
    @Option(names = "--json", description = "Print machine-readable JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Format f = format != null ? format : fromFileName();
        boolean table = f == Format.csv || f == Format.xlsx || f == Format.json;
        if (table && report != null) {
            throw new ParameterException(spec.commandLine(), "--report needs --format docx or html; csv, xlsx and json hold excerpts");
        }
        if (!table && !vars.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--vars adds columns to csv, xlsx and json exports, not to reports");
        }
        Report r = table ? null : report != null ? report : Report.excerpts;
        ExcerptFilter filter = new ExcerptFilter(codes, withSubcodes, docs, units, coders, null);
        Output o = output(json);
        try (ProjectSession s = ProjectSession.open(dir, ProjectSession.defaultCoder())) {
            ExportService service = new ExportService(s.store().database(), s.codebook().codebook(), s.info().name());
            ExportReport done = AtomicFile.write(out, export(f, r, service, filter));
            Result result = new Result(out.toAbsolutePath().toString(), f.name(), r == null ? null : r.name(), done.rows(), done.truncatedCells());
            o.result(result, () -> {
                String what = r == Report.codebook ? "codes" : "excerpts";
                o.line("wrote " + done.rows() + " " + what + " to " + out + " (" + f + (r == null ? "" : ", " + r + " report") + ")");
                if (done.truncatedCells() > 0) {
                    o.line(done.truncatedCells() + " cells were longer than Excel allows (32,767 characters) and end in \"[truncated: …]\"");
                }
            });
        }
        return 0;
    }

    private FileExport export(Format f, Report r, ExportService service, ExcerptFilter filter) {
        ReportKind kind = r == Report.codebook ? ReportKind.CODEBOOK : ReportKind.EXCERPTS;
        return switch (f) {
            case csv -> stream -> service.table(TableFormat.CSV, filter, vars, stream);
            case xlsx -> stream -> service.table(TableFormat.XLSX, filter, vars, stream);
            case json -> stream -> service.table(TableFormat.JSON, filter, vars, stream);
            case docx -> stream -> service.report(kind, ReportFormat.DOCX, filter, stream);
            case html -> stream -> service.report(kind, ReportFormat.HTML, filter, stream);
        };
    }

    private Format fromFileName() {
        String name = out.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        for (Format f : Format.values()) {
            if (f.name().equals(ext) || (f == Format.html && ext.equals("htm"))) {
                return f;
            }
        }
        throw new ParameterException(spec.commandLine(), "Name the format with --format (csv, xlsx, json, docx, html); "
                                                         + "it cannot be told from the file name " + name);
    }
}
