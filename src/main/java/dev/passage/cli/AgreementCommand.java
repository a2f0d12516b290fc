package dev.passage.cli;

import dev.passage.agreement.AgreementReport;
import dev.passage.agreement.AgreementReportWriter;
import dev.passage.agreement.AgreementRequest;
import dev.passage.agreement.AgreementUnit;
import dev.passage.agreement.Interval;
import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

@Command(name = "agreement", description = {"Inter-coder agreement of two or more coders, per code (pooled over the documents), per code"
    + " and document, and overall, with a bootstrap 95%% interval (documents resampled) where the measure has one.",
    "Units of analysis: character (each character, coded or not: percent agreement, Cohen's kappa, Krippendorff's alpha,"
        + " Brennan-Prediger), segment (each coded segment, matched or not by the other coder's segment overlapping it by --overlap"
        + " of the longer: percent agreement and Brennan-Prediger kappa, unmatched segments listed), document (each document, the"
        + " code applied or not; with --domain the domain's sub-codes are the values of one nominal variable) and unitized"
        + " (Krippendorff's alpha-U over each document's text).",
    "Every number states its unit of analysis and chance model. Undefined measures print as - (JSON: null)."})
final class AgreementCommand extends PassageCommand {
    @Mixin
    ProjectOptions project = new ProjectOptions();
    @Option(names = "--coders", paramLabel = "A,B[,C...]", split = ",", required = true,
            description = "The coders to compare (at least two, as they are named on their codings).")
    List<String> coders = new ArrayList<>();
    @Option(names = "--unit", paramLabel = "character|segment|document|unitized", defaultValue = "character",
            description = "The unit of analysis (default: character).")
    String unit;
    @Option(names = "--code", paramLabel = "PATH", description = "Only this code (repeatable; default: every code the coders applied).")
    List<String> codes = new ArrayList<>();
    @Option(names = "--domain", paramLabel = "PATH",
            description = "Document unit: the direct sub-codes of PATH are the values of one nominal variable (Krippendorff's alpha).")
    String domain;
    @Option(names = "--doc", paramLabel = "NAME", description = "Only this document (repeatable; default: every document).")
    List<String> documents = new ArrayList<>();
    @Option(names = "--overlap", paramLabel = "SHARE", defaultValue = "0.9",
            description = "Segment unit: the share of the longer segment two segments must overlap to match (default 0.9).")
    double overlap;
    @Option(names = "--coded-by-all", description = "Only the documents in which every one of the coders has coded something.")
    boolean codedByAll;
    @Option(names = "--per-document", description = "Also print a row per code and document (JSON always has them).")
    boolean perDocument;
    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the report as a CSV table to FILE.")
    Path csv;
    @Option(names = "--html", paramLabel = "FILE", description = "Also write the report as an HTML page to FILE.")
    Path html;

    @Override
    public Integer call() throws Exception {
        Output out = output(project.json());
        AgreementUnit u = AgreementUnit.parse(unit);
        if (u == null) {
            throw new PassageException(ErrorKind.BAD_INPUT,
                                       Text.plain("--unit takes character, segment, document or unitized, not \"" + unit + "\""));
        }
        AgreementRequest request = new AgreementRequest(coders, u, codes, documents, domain, overlap, codedByAll);
        try (var s = project.open()) {
            AgreementReport report = s.agreement().report(request);
            if (csv != null) {
                AgreementReportWriter.writeCsv(report, csv);
            }
            if (html != null) {
                AgreementReportWriter.writeHtml(report, s.info().name(), html);
            }
            out.result(report, () -> print(out, report));
        }
        return 0;
    }

    private record Column(String label, Function<AgreementReport.CodeAgreement, Double> code,
                          Function<AgreementReport.DocumentAgreement, Double> document, Function<AgreementReport.Overall, Double> overall,
                          Function<AgreementReport.Intervals, Interval> interval, String chance) {
    }

    private void print(Output out, AgreementReport r) {
        out.line("Inter-coder agreement of " + String.join(", ", r.coders()) + "; unit of analysis: " + AgreementReportWriter.unitName(r));
        out.line("One unit is " + r.unitOfAnalysis() + ".");
        List<Column> columns = columns(r);
        StringBuilder header = new StringBuilder(String.format("%-36s %9s", "code", "units"));
        columns.forEach(c -> header.append(String.format("  %-22s", c.label())));
        out.line(header.toString());
        for (AgreementReport.CodeAgreement c : r.codes()) {
            StringBuilder line = new StringBuilder(String.format("%-36s %9d", Output.ellipsize(c.code(), 36), c.units()));
            columns.forEach(col -> line.append(String.format("  %-22s", cell(col.code().apply(c), c.ci95(), col))));
            out.line(line.toString());
            if (perDocument) {
                for (AgreementReport.DocumentAgreement d : c.documents()) {
                    String name = "  " + d.document() + (d.values() == null ? "" : " (" + String.join(" / ", d.values().stream()
                        .map(v -> v == null ? "none" : v).toList()) + ")");
                    StringBuilder dl = new StringBuilder(String.format("%-36s %9d", Output.ellipsize(name, 36), d.units()));
                    columns.forEach(col -> dl.append(String.format("  %-22s", cell(col.document().apply(d), null, col))));
                    out.line(dl.toString());
                }
            }
        }
        StringBuilder overall = new StringBuilder(String.format("%-36s %9d", "overall", r.overall().units()));
        columns.forEach(col -> overall.append(String.format("  %-22s", cell(col.overall().apply(r.overall()), r.overall().ci95(), col))));
        out.line(overall.toString());
        out.line("Chance models:");
        columns.forEach(c -> out.line("  " + c.label() + ": " + c.chance()));
        out.line(r.bootstrapSamples() > 0
                     ? "Brackets: bootstrap 95% interval (" + r.bootstrapSamples() + " resamples of the documents, fixed seed); -: undefined."
                     : "No bootstrap interval for this unit; -: undefined.");
        if (r.overlap() != null) {
            List<String> lines = new ArrayList<>();
            for (AgreementReport.CodeAgreement c : r.codes()) {
                for (AgreementReport.UnmatchedSegment s : c.unmatched()) {
                    lines.add(String.format("  %-30s %-24s %7d-%-7d %s, not matched by %s", Output.ellipsize(c.code(), 30),
                                            Output.ellipsize(s.document(), 24), s.start(), s.end(), s.coder(), String.join(", ", s.missedBy())));
                }
            }
            out.line(lines.size() + " unmatched segments" + (lines.isEmpty() ? "" : ":"));
            lines.forEach(out::line);
        }
    }

    private static String cell(Double value, AgreementReport.Intervals ci, Column column) {
        Interval i = ci == null ? null : column.interval().apply(ci);
        return AgreementReportWriter.shown(value) + (i == null ? "" : " [" + AgreementReportWriter.number(i.low(), 3) + ", "
            + AgreementReportWriter.number(i.high(), 3) + "]");
    }

    private static List<Column> columns(AgreementReport r) {
        AgreementReport.Chance c = r.chance();
        List<Column> out = new ArrayList<>();
        if (c.percentAgreement() != null) {
            out.add(new Column("percent agreement", AgreementReport.CodeAgreement::percentAgreement,
                               AgreementReport.DocumentAgreement::percentAgreement, AgreementReport.Overall::percentAgreement,
                               AgreementReport.Intervals::percentAgreement, c.percentAgreement()));
        }
        if (c.cohenKappa() != null) {
            out.add(new Column("Cohen's kappa", AgreementReport.CodeAgreement::cohenKappa, AgreementReport.DocumentAgreement::cohenKappa,
                               AgreementReport.Overall::cohenKappa, AgreementReport.Intervals::cohenKappa, c.cohenKappa()));
        }
        if (c.krippendorffAlpha() != null) {
            out.add(new Column(r.unit().equals("unitized") ? "Krippendorff's alpha-U" : "Krippendorff's alpha",
                               AgreementReport.CodeAgreement::krippendorffAlpha, AgreementReport.DocumentAgreement::krippendorffAlpha,
                               AgreementReport.Overall::krippendorffAlpha, AgreementReport.Intervals::krippendorffAlpha, c.krippendorffAlpha()));
        }
        if (c.brennanPrediger() != null) {
            out.add(new Column("Brennan-Prediger kappa", AgreementReport.CodeAgreement::brennanPrediger,
                               AgreementReport.DocumentAgreement::brennanPrediger, AgreementReport.Overall::brennanPrediger,
                               AgreementReport.Intervals::brennanPrediger, c.brennanPrediger()));
        }
        return out;
    }
}
