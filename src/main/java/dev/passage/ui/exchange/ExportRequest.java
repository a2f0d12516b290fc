package dev.passage.ui.exchange;

import dev.passage.export.ExcerptFilter;
import dev.passage.export.ReportKind;

import java.util.List;

/**
 * One export as the dialog describes it: the format, the report kind (reports only), the excerpt filter (tables and
 * reports) and the variable columns (tables only; names as {@code ExportService.table} takes them).
 */
public record ExportRequest(ExportFormat format, ReportKind reportKind, ExcerptFilter filter, List<String> variables) {
    public ExportRequest {
        if (format == null) {
            throw new IllegalArgumentException("an export needs a format");
        }
        reportKind = format.isReport() ? (reportKind == null ? ReportKind.EXCERPTS : reportKind) : null;
        filter = format.takesFilters() && filter != null ? filter : ExcerptFilter.ALL;
        variables = format.isTable() && variables != null ? List.copyOf(variables) : List.of();
    }
}
