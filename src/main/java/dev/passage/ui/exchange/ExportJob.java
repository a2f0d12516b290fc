package dev.passage.ui.exchange;

import dev.passage.export.AtomicFile;
import dev.passage.export.ExportException;
import dev.passage.export.ExportReport;
import dev.passage.export.ExportService;
import dev.passage.interop.InteropReport;
import dev.passage.interop.QdcExporter;
import dev.passage.interop.QdpxExporter;
import dev.passage.session.ProjectSession;
import dev.passage.ui.common.BackgroundTasks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.LongFunction;

/**
 * Runs one export against the core (on a worker thread): tables and reports through {@link ExportService}, written all or
 * nothing by {@link AtomicFile} and cancellable while they stream; REFI-QDA files through {@link QdpxExporter} and
 * {@link QdcExporter}, which write atomically too but cannot be stopped half-way.
 */
final class ExportJob {
    private ExportJob() {
    }

    static ExportOutcome run(ProjectSession session, ExportRequest request, Path target, BackgroundTasks.Progress progress,
                             LongFunction<String> progressText) throws IOException {
        ExportFormat format = request.format();
        if (format == ExportFormat.QDPX || format == ExportFormat.QDC) {
            InteropReport report = format == ExportFormat.QDPX ? session.interop().exportProject(target) : session.interop().exportCodebook(target);
            return new ExportOutcome(target, request, 0, 0, report, false);
        }
        ExportService service = session.exports();
        try {
            ExportReport done = AtomicFile.write(target, raw -> {
                var out = new CancellableOutputStream(raw, progress, progressText);
                return format.isTable() ? service.table(format.tableFormat(), request.filter(), request.variables(), request.csv(), out)
                                        : service.report(request.reportKind(), format.reportFormat(), request.filter(), out);
            });
            return new ExportOutcome(target, request, done.rows(), done.truncatedCells(), null, false);
        } catch (ExportException e) {
            if (e.getCause() instanceof CancellableOutputStream.Cancelled || progress.isCancelled()) {
                return ExportOutcome.cancelled(target, request);
            }
            throw e;
        }
    }
}
