package dev.passage.ui.exchange;

import dev.passage.export.ExcerptFilter;
import dev.passage.export.ReportKind;
import dev.passage.files.CsvStyle;

import java.util.List;

/**
 * One export as the dialog describes it: the format, the report kind (reports only), the excerpt filter (tables and
 * reports), the variable columns (tables only; names as {@code ExportService.table} takes them) and how a CSV is spelled
 * (plain for R and pandas, or for Excel; CSV only).
 */
public record ExportRequest(ExportFormat format, ReportKind reportKind, ExcerptFilter filter, List<String> variables, CsvStyle csv) {
    /** A plain CSV when the format is CSV. */
    public ExportRequest(ExportFormat format, ReportKind reportKind, ExcerptFilter filter, List<String> variables) {
        this(format, reportKind, filter, variables, CsvStyle.PLAIN);
    }

    public ExportRequest {
        if (format == null) {
            throw new IllegalArgumentException("an export needs a format");
        }
        reportKind = format.isReport() ? (reportKind == null ? ReportKind.EXCERPTS : reportKind) : null;
        filter = format.takesFilters() && filter != null ? filter : ExcerptFilter.ALL;
        variables = format.isTable() && variables != null ? List.copyOf(variables) : List.of();
        csv = format == ExportFormat.CSV && csv != null ? csv : CsvStyle.PLAIN;
    }
}
