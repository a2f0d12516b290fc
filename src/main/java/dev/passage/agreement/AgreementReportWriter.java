package dev.passage.agreement;

import dev.passage.agreement.AgreementReport.CodeAgreement;
import dev.passage.agreement.AgreementReport.DocumentAgreement;
import dev.passage.agreement.AgreementReport.Intervals;
import dev.passage.export.AtomicFile;
import dev.passage.export.ExportReport;
import dev.passage.files.CsvStyle;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The agreement report as a CSV table or an HTML page (English, like the command line). Every number states its unit of
 * analysis (a column, or the page's heading) and its measure's chance model (in the column's header, or the page's legend);
 * measures the unit does not give are left out. Files are written all or nothing ({@link AtomicFile}).
 */
public final class AgreementReportWriter {
    /** One measure: its name, its chance model in the report, its value and interval in a row. */
    private record Measure(String name, String chance, Function<Row, Double> value, Function<Intervals, Interval> interval) {
    }

    /** A line of the table: a code, a code in a document, or the overall row. */
    private record Row(String level, String code, String document, long units, Double percentAgreement, Double cohenKappa,
                       Double krippendorffAlpha, Double brennanPrediger, Intervals ci95, List<String> values) {
    }

    private AgreementReportWriter() {
    }

    public static ExportReport writeCsv(AgreementReport report, Path file) {
        return AtomicFile.write(file, out -> csv(report, out));
    }

    public static ExportReport writeHtml(AgreementReport report, String project, Path file) {
        return AtomicFile.write(file, out -> html(report, project, out));
    }

    /** RFC 4180 CSV (UTF-8, no byte-order mark): a row per code, per code × document beneath it, and the overall row last. */
    public static ExportReport csv(AgreementReport report, OutputStream out) throws IOException {
        List<Measure> measures = measures(report);
        Writer w = new BufferedWriter(CsvStyle.PLAIN.writer(out));
        CSVPrinter p = new CSVPrinter(w, CsvStyle.PLAIN.format());
        List<String> header = new ArrayList<>(List.of("level", "code", "document", "unit of analysis", "coders", "units"));
        for (Measure m : measures) {
            header.add(m.name() + " (chance: " + m.chance() + ")");
            header.add(m.name() + " 95% CI low");
            header.add(m.name() + " 95% CI high");
        }
        boolean values = report.unit().equals("document");
        if (values) {
            header.add("values (in the coders' order)");
        }
        p.printRecord(header);
        List<Row> rows = rows(report);
        for (Row r : rows) {
            List<String> cells = new ArrayList<>(List.of(r.level(), r.code(), r.document(), unitName(report), String.join(";", report.coders()),
                                                         Long.toString(r.units())));
            for (Measure m : measures) {
                cells.add(number(m.value().apply(r), 4));
                Interval i = r.ci95() == null ? null : m.interval().apply(r.ci95());
                cells.add(i == null ? "" : number(i.low(), 4));
                cells.add(i == null ? "" : number(i.high(), 4));
            }
            if (values) {
                cells.add(r.values() == null ? "" : String.join(";", r.values().stream().map(v -> v == null ? "(none)" : v).toList()));
            }
            p.printRecord(cells);
        }
        p.flush();
        w.flush();
        return new ExportReport(rows.size(), 0);
    }

    /** A self-contained HTML page: what a unit is, each measure's chance model, the table, and for segments the unmatched ones. */
    public static ExportReport html(AgreementReport report, String project, OutputStream stream) throws IOException {
        List<Measure> measures = measures(report);
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        String title = "Inter-coder agreement";
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + esc(title + " – " + project)
                  + "</title>\n<style>\nbody{font-family:system-ui,sans-serif;margin:2em;max-width:72em;color:#222}"
                  + "table{border-collapse:collapse;margin:1em 0}th,td{border-bottom:1px solid #ddd;padding:.3em .6em;text-align:left}"
                  + "td.n{text-align:right;font-variant-numeric:tabular-nums}tr.doc td{color:#555;font-size:.92em}"
                  + "tr.doc td:first-child{padding-left:2em}tr.overall td{font-weight:bold;border-top:2px solid #888}"
                  + ".ci{color:#777;font-size:.85em}.muted{color:#666}\n</style>\n</head>\n<body>\n");
        out.write("<h1>" + esc(title) + "</h1>\n<p class=\"muted\">" + esc(project) + " · coders: " + esc(String.join(", ", report.coders()))
                  + " · " + report.documents().size() + " documents</p>\n");
        out.write("<h2>Unit of analysis: " + esc(unitName(report)) + "</h2>\n<p>One unit is " + esc(report.unitOfAnalysis()) + ".</p>\n");
        out.write("<table>\n<tr><th>Measure</th><th>Chance model</th></tr>\n");
        for (Measure m : measures) {
            out.write("<tr><td>" + esc(m.name()) + "</td><td>" + esc(m.chance()) + "</td></tr>\n");
        }
        out.write("</table>\n<p class=\"muted\">" + (report.bootstrapSamples() > 0
            ? "Brackets: bootstrap 95% interval (" + report.bootstrapSamples() + " resamples of the documents, fixed seed)."
            : "No bootstrap interval is given for this unit.") + " A dash: undefined (e.g. no unit coded by two coders, or chance"
                  + " agreement 1).</p>\n");
        out.write("<table>\n<tr><th>Code / document</th><th>Units</th>");
        for (Measure m : measures) {
            out.write("<th>" + esc(m.name()) + "</th>");
        }
        out.write("</tr>\n");
        for (Row r : rows(report)) {
            String cls = switch (r.level()) {
                case "document" -> " class=\"doc\"";
                case "overall" -> " class=\"overall\"";
                default -> "";
            };
            String label = switch (r.level()) {
                case "document" -> r.document() + (r.values() == null ? "" : " (" + String.join(" / ", r.values().stream()
                    .map(v -> v == null ? "none" : v).toList()) + ")");
                case "overall" -> "Overall";
                default -> r.code();
            };
            out.write("<tr" + cls + "><td>" + esc(label) + "</td><td class=\"n\">" + r.units() + "</td>");
            for (Measure m : measures) {
                Interval i = r.ci95() == null ? null : m.interval().apply(r.ci95());
                out.write("<td class=\"n\">" + esc(shown(m.value().apply(r))) + (i == null ? ""
                    : " <span class=\"ci\">[" + number(i.low(), 3) + ", " + number(i.high(), 3) + "]</span>") + "</td>");
            }
            out.write("</tr>\n");
        }
        out.write("</table>\n");
        boolean anyUnmatched = report.codes().stream().anyMatch(c -> !c.unmatched().isEmpty());
        if (report.unit().equals("segment")) {
            out.write("<h2>Unmatched segments</h2>\n");
            if (!anyUnmatched) {
                out.write("<p>Every segment was matched.</p>\n");
            } else {
                out.write("<table>\n<tr><th>Code</th><th>Document</th><th>Characters</th><th>Coded by</th><th>Not matched by</th></tr>\n");
                for (CodeAgreement c : report.codes()) {
                    for (AgreementReport.UnmatchedSegment s : c.unmatched()) {
                        out.write("<tr><td>" + esc(c.code()) + "</td><td>" + esc(s.document()) + "</td><td class=\"n\">" + s.start() + "–"
                                  + s.end() + "</td><td>" + esc(s.coder()) + "</td><td>" + esc(String.join(", ", s.missedBy())) + "</td></tr>\n");
                    }
                }
                out.write("</table>\n");
            }
        }
        out.write("</body>\n</html>\n");
        out.flush();
        return new ExportReport(report.codes().size(), 0);
    }

    /** The unit as a heading says it: "character", "segment (overlap ≥ 90% of the longer)", "document (domain Mood)". */
    public static String unitName(AgreementReport report) {
        if (report.overlap() != null) {
            return report.unit() + " (overlap ≥ " + Math.round(report.overlap() * 100) + "% of the longer)";
        }
        if (report.domain() != null) {
            return report.unit() + " (domain " + report.domain() + ")";
        }
        return report.unit();
    }

    private static List<Measure> measures(AgreementReport report) {
        AgreementReport.Chance c = report.chance();
        List<Measure> out = new ArrayList<>();
        if (c.percentAgreement() != null) {
            out.add(new Measure("Percent agreement", c.percentAgreement(), Row::percentAgreement, Intervals::percentAgreement));
        }
        if (c.cohenKappa() != null) {
            out.add(new Measure("Cohen's kappa", c.cohenKappa(), Row::cohenKappa, Intervals::cohenKappa));
        }
        if (c.krippendorffAlpha() != null) {
            out.add(new Measure(report.unit().equals("unitized") ? "Krippendorff's alpha-U" : "Krippendorff's alpha", c.krippendorffAlpha(),
                                Row::krippendorffAlpha, Intervals::krippendorffAlpha));
        }
        if (c.brennanPrediger() != null) {
            out.add(new Measure("Brennan–Prediger kappa", c.brennanPrediger(), Row::brennanPrediger, Intervals::brennanPrediger));
        }
        return out;
    }

    private static List<Row> rows(AgreementReport report) {
        List<Row> out = new ArrayList<>();
        for (CodeAgreement c : report.codes()) {
            out.add(new Row("code", c.code(), "", c.units(), c.percentAgreement(), c.cohenKappa(), c.krippendorffAlpha(), c.brennanPrediger(),
                            c.ci95(), null));
            for (DocumentAgreement d : c.documents()) {
                out.add(new Row("document", c.code(), d.document(), d.units(), d.percentAgreement(), d.cohenKappa(), d.krippendorffAlpha(),
                                d.brennanPrediger(), null, d.values()));
            }
        }
        AgreementReport.Overall o = report.overall();
        out.add(new Row("overall", "", "", o.units(), o.percentAgreement(), o.cohenKappa(), o.krippendorffAlpha(), o.brennanPrediger(),
                        o.ci95(), null));
        return out;
    }

    /** A measure with three decimals, or a dash when undefined. */
    public static String shown(Double v) {
        return v == null ? "–" : number(v, 3);
    }

    /** {@code v} with {@code decimals} decimals ("" when null); never "-0.00". */
    public static String number(Double v, int decimals) {
        if (v == null) {
            return "";
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return s.matches("-0\\.?0*") ? s.substring(1) : s;
    }

    private static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
