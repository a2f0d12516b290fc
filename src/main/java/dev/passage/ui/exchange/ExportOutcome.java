package dev.passage.ui.exchange;

import dev.passage.interop.InteropReport;

import java.nio.file.Path;

/**
 * What an export did: the file, how many rows (excerpts, or codes for a codebook report) it holds, how many cells were
 * shortened, and for REFI-QDA exports the interop report (what was carried over, what not). {@code cancelled}: the user
 * stopped it and nothing was written.
 */
public record ExportOutcome(Path file, ExportRequest request, int rows, int truncatedCells, InteropReport interop, boolean cancelled) {
    static ExportOutcome cancelled(Path file, ExportRequest request) {
        return new ExportOutcome(file, request, 0, 0, null, true);
    }
}
