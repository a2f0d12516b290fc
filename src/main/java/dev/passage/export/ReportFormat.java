package dev.passage.export;

import java.io.OutputStream;

/** The file formats a report is written in. */
public enum ReportFormat {
    DOCX, HTML;

    public ReportWriter open(OutputStream out) {
        return switch (this) {
            case DOCX -> new DocxReportWriter(out);
            case HTML -> new HtmlReportWriter(out);
        };
    }
}
