package dev.passage.cli;

import dev.passage.export.AtomicFile;
import dev.passage.export.ExcerptFilter;
import dev.passage.export.ExportReport;
import dev.passage.export.ExportService;
import dev.passage.export.FileExport;
import dev.passage.export.ReportFormat;
import dev.passage.export.ReportKind;
import dev.passage.export.TableFormat;
import dev.passage.interop.InteropReport;
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
    "Export coded excerpts, a report, or the whole project for another tool.",
    "Excerpts (one row per coded segment) as csv, xlsx or json; a report (codebook or excerpts by code) as docx or html;",
    "the whole project as REFI-QDA (qdpx) or the codebook as REFI-QDA (qdc).",
    "The file is written whole or not at all (a temporary file next to it is moved into place)."})
final class ExportCommand extends PassageCommand {
    /** Lower case: these are the words typed after --format. New formats: a constant here and a case in {@link #export}. */
    enum Format { csv, xlsx, json, docx, html, qdpx, qdc }

    enum Report { codebook, excerpts }

    record Result(String file, String format, String report, int rows, int truncatedCells) {
    }

    @Parameters(index = "0", paramLabel = "DIR|URL", description = "The project: a folder (NAME.passage) or postgresql://USER@HOST[:PORT]/DATABASE.")
    String dir;
    @Option(names = "--format", paramLabel = "F", description = "csv, xlsx, json, docx, html, qdpx or qdc (default: from the --out file name).")
    Format format;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced if it exists).")
    Path out;
    @Option(names = "--code", paramLabel = "PATH", description = "Only segments coded with this code (repeatable).")
    List<String> codes = new ArrayList<>();
    @Option(names = "--with-subcodes", description = "With --code: also the codes below it.")
    boolean withSubcodes;
    @Option(names = "--doc", paramLabel = "NAME", description = "Only in this document (repeatable).")
    List<String> docs = new ArrayList<>();
    @Option(names = "--set", paramLabel = "SET", description = "Only in the documents of this document set (repeatable; see `sets`).")
    List<String> sets = new ArrayList<>();
    @Option(names = "--unit", paramLabel = "NAME", description = "Only in documents of this unit (repeatable).")
    List<String> units = new ArrayList<>();
    @Option(names = "--coder", paramLabel = "NAME", description = "Only segments coded by this coder (repeatable).")
    List<String> coders = new ArrayList<>();
    @Option(names = "--vars", split = ",", paramLabel = "NAME", description = {
        "Variable columns for csv/xlsx/json, e.g. psych_safety,role; unit.NAME, document.NAME or respondent.NAME picks the scope;",
        "'all' adds every variable."})
    List<String> vars = new ArrayList<>();
    @Option(names = "--where", paramLabel = "'VARIABLE OP VALUE'",
            description = "Only in documents whose (unit, document or respondent) variable matches, e.g. 'psych_safety >= 4' (repeatable).")
    List<String> where = new ArrayList<>();
    @Option(names = "--report", paramLabel = "R", description = "For docx/html: codebook or excerpts (default excerpts).")
    Report report;
    @Option(names = "--json", description = "Print machine-readable JSON.")
    boolean json;
    @Option(names = "--verbose", description = "For qdpx/qdc: list every element not carried over (default: a count per kind).")
    boolean verbose;
    @picocli.CommandLine.Mixin
    CsvOptions csv = new CsvOptions();
    @Option(names = "--loss-report", paramLabel = "FILE", description = "For qdpx/qdc: write every element not carried over to FILE.")
    Path lossReport;

    @Option(names = "--codings-of", split = ",", paramLabel = "A,B",
            description = "Export only these coders' codings (as the workbench's Show codings of; qdpx too). In blind mode only your own.")
    List<String> showCoders;
    @Option(names = "--as", paramLabel = "C", description = "Who you are, for blind mode (default: your user name).")
    String as;

    /** The project opened as {@code --as}, showing the {@code --codings-of} (or, in blind mode, only one's own codings). */
    private ProjectSession open() throws java.io.IOException {
        ProjectSession s = ProjectArgument.open(dir, as != null ? as : ProjectSession.defaultCoder());
        try {
            CoderChoice.apply(s, showCoders, spec.commandLine().getErr());
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    @Override
    public Integer call() throws Exception {
        Format f = format != null ? format : fromFileName();
        if (f == Format.qdpx || f == Format.qdc) {
            return exportRefi(f);
        }
        boolean table = f == Format.csv || f == Format.xlsx || f == Format.json;
        if (table && report != null) {
            throw new ParameterException(spec.commandLine(), "--report needs --format docx or html; csv, xlsx and json hold excerpts");
        }
        if (!table && !vars.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--vars adds columns to csv, xlsx and json exports, not to reports");
        }
        Report r = table ? null : report != null ? report : Report.excerpts;
        Output o = output(json);
        try (ProjectSession s = open()) {
            var names = s.names();
            ExcerptFilter filter = new ExcerptFilter(names.codePaths(codes), withSubcodes, names.documentsAndSets(docs, sets), names.units(units), coders,
                                                     where.isEmpty() ? null : s.conditions().matchingDocuments(where));
            ExportService service = s.exports();
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

    /** The whole project (qdpx) or its codebook (qdc) as REFI-QDA; the report lists what could not be carried over. */
    private Integer exportRefi(Format f) throws java.io.IOException {
        if (report != null || !vars.isEmpty() || !codes.isEmpty() || !docs.isEmpty() || !sets.isEmpty() || !units.isEmpty() || !coders.isEmpty() || !where.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--format " + f + " exports the whole " + (f == Format.qdpx ? "project" : "codebook")
                                                             + "; filters, --vars and --report do not apply");
        }
        Output o = output(json);
        try (ProjectSession s = open()) {
            InteropReport done = f == Format.qdpx ? s.interop().exportProject(out) : s.interop().exportCodebook(out);
            if (lossReport != null) {
                java.nio.file.Files.write(lossReport, done.lines(), java.nio.charset.StandardCharsets.UTF_8);
            }
            o.result(done, () -> {
                o.line("wrote " + out + " (REFI-QDA " + f + ")");
                if (verbose) {
                    done.lines().forEach(o::line);
                } else {
                    summary(done).forEach(o::line);
                }
            });
        }
        return 0;
    }

    /** Counts, then what was not carried over as one count per kind, then warnings; the details go to --verbose or --loss-report. */
    private List<String> summary(InteropReport done) {
        List<String> lines = new ArrayList<>(done.lines().subList(0, 1));
        if (!done.losses().isEmpty()) {
            StringBuilder kinds = new StringBuilder();
            done.lossesByKind().forEach((k, n) -> kinds.append(kinds.isEmpty() ? "" : ", ").append(n).append(' ').append(k));
            lines.add("not carried over (" + done.losses().size() + "): " + kinds
                      + (lossReport != null ? "; every one is listed in " + lossReport : "; --verbose lists every one"));
        }
        done.warnings().forEach(w -> lines.add("warning: " + w));
        return lines;
    }

    private FileExport export(Format f, Report r, ExportService service, ExcerptFilter filter) {
        ReportKind kind = r == Report.codebook ? ReportKind.CODEBOOK : ReportKind.EXCERPTS;
        return switch (f) {
            case csv -> stream -> service.table(TableFormat.CSV, filter, vars, csv.style(), stream);
            case xlsx -> stream -> service.table(TableFormat.XLSX, filter, vars, stream);
            case json -> stream -> service.table(TableFormat.JSON, filter, vars, stream);
            case docx -> stream -> service.report(kind, ReportFormat.DOCX, filter, stream);
            case html -> stream -> service.report(kind, ReportFormat.HTML, filter, stream);
            case qdpx, qdc -> throw new IllegalStateException("REFI-QDA formats are written by exportRefi");
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
        throw new ParameterException(spec.commandLine(), "Name the format with --format (csv, xlsx, json, docx, html, qdpx, qdc); "
                                                         + "it cannot be told from the file name " + name);
    }
}
