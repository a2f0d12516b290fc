package dev.passage.ui.exchange;

import dev.passage.export.ReportFormat;
import dev.passage.export.TableFormat;

/**
 * What File &gt; Export… can write: coded excerpts as a table (CSV, XLSX, JSON), a report (DOCX, HTML), the whole project
 * as a REFI-QDA {@code .qdpx}, or the codebook as a REFI-QDA {@code .qdc}.
 */
public enum ExportFormat {
    CSV("csv"), XLSX("xlsx"), JSON("json"), DOCX("docx"), HTML("html"), QDPX("qdpx"), QDC("qdc");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** One row per coded segment. */
    public boolean isTable() {
        return this == CSV || this == XLSX || this == JSON;
    }

    /** A document to read: the codebook or the coded excerpts by code. */
    public boolean isReport() {
        return this == DOCX || this == HTML;
    }

    /** Tables and reports take the excerpt filters; REFI-QDA exports always hold everything. */
    public boolean takesFilters() {
        return isTable() || isReport();
    }

    TableFormat tableFormat() {
        return TableFormat.valueOf(name());
    }

    ReportFormat reportFormat() {
        return ReportFormat.valueOf(name());
    }
}
