package dev.passage.ui.exchange;

import dev.passage.interop.InteropReport;
import dev.passage.session.ProjectSession;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.DialogService.FileType;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.nio.file.Path;
import java.util.List;

/**
 * File &gt; Import codebook: adds the codes of a REFI-QDA codebook ({@code .qdc}, or the codebook of a {@code .qde}) to the
 * open project in one transaction; codes already there are reused. The core does not record this import in the undo
 * history, so the user confirms it first, knowing that Undo will not take it back.
 */
public final class CodebookImportViewModel {
    private final ProjectContext context;
    private final DialogService dialogs;
    private final Messages m;
    private final ReadOnlyObjectWrapper<InteropReport> lastReport = new ReadOnlyObjectWrapper<>();

    public CodebookImportViewModel(ProjectContext context, DialogService dialogs) {
        this.context = context;
        this.dialogs = dialogs;
        this.m = context.messages();
    }

    /** The report of the last successful import, or null. */
    public ReadOnlyObjectProperty<InteropReport> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }

    /** Asks for the file, confirms, imports in the background and shows what was added and what could not be carried over. */
    public void importCodebook() {
        Path file = dialogs.chooseFileToOpen(m.get("exchange.codebook.fileTitle"),
                                             List.of(new FileType(m.get("exchange.type.qdc"), "qdc"),
                                                     new FileType(m.get("exchange.type.qde"), "qde"))).orElse(null);
        if (file == null) {
            return;
        }
        ProjectSession session = context.session();
        if (!dialogs.confirm(m.get("exchange.codebook.confirmTitle"), m.get("exchange.codebook.confirm", file.getFileName(),
                                                                             session.info().name()),
                             m.get("exchange.codebook.confirmButton"))) {
            return;
        }
        context.tasks().submit(m.get("exchange.task.importCodebook", file.getFileName()), progress -> session.interop().importCodebook(file),
            report -> {
                lastReport.set(report);
                dialogs.showInfo(m.get("exchange.codebook.doneTitle"),
                                 m.get("exchange.codebook.done", file.getFileName()) + "\n\n" + String.join("\n", ExchangeTexts.interop(report, m)));
            },
            error -> dialogs.showError(m.get("exchange.importFailedTitle", file.getFileName()), ExchangeTexts.failure(file, error, m)));
    }
}
