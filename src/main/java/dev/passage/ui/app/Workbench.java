package dev.passage.ui.app;

import dev.passage.backup.AutoBackup;
import dev.passage.backup.BackupService;
import dev.passage.session.ProjectSession;
import dev.passage.ui.backup.BackupsDialog;
import dev.passage.ui.backup.BackupsViewModel;
import dev.passage.ui.cases.CasesActions;
import dev.passage.ui.codebook.CodebookView;
import dev.passage.ui.codebook.CodebookViewModel;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.FxBackgroundTasks;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.documents.DocumentsView;
import dev.passage.ui.exchange.ExchangeActions;
import dev.passage.ui.history.HistoryWindow;
import dev.passage.ui.documents.DocumentsViewModel;
import dev.passage.ui.memos.MemoView;
import dev.passage.ui.mixed.JointDisplaysView;
import dev.passage.ui.mixed.JointDisplaysViewModel;
import dev.passage.ui.memos.MemoViewModel;
import dev.passage.ui.search.SearchView;
import dev.passage.ui.search.SearchViewModel;
import dev.passage.ui.segments.SegmentsView;
import dev.passage.ui.segments.SegmentsViewModel;
import dev.passage.ui.transcript.TranscriptView;
import dev.passage.ui.transcript.TranscriptViewModel;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Parent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;

/**
 * The composition root for one open project: builds the context, every feature's ViewModel and View by constructor,
 * wires the menus to the features' actions, and closes it all in order.
 */
final class Workbench {
    private static final Logger LOG = LoggerFactory.getLogger(Workbench.class);

    /** What the workbench asks of the application around it. */
    interface Shell {
        void newProject();

        void openProject();

        void closeProject();

        void coderChanged(String name);

        /** Closes this project and opens the one in {@code folder} (e.g. just created by a REFI-QDA import). */
        void openProjectAt(java.nio.file.Path folder);
    }

    private final ProjectSession session;
    private final ProjectContext context;
    private final MainViewModel main;
    private final MainWindow window;
    private final JointDisplaysViewModel joint;
    private final AutoBackup autoBackup;

    Workbench(ProjectSession session, FxBackgroundTasks tasks, DialogService dialogs, Messages m, ThemeChoice theme,
              Consumer<ThemeChoice> onTheme, Shell shell) {
        this.session = session;
        this.context = new ProjectContext(session, tasks, m);
        DocumentsView documents = new DocumentsView(new DocumentsViewModel(context, dialogs), m);
        TranscriptView transcript = new TranscriptView(new TranscriptViewModel(context, dialogs), m);
        CodebookView codebook = new CodebookView(new CodebookViewModel(context, dialogs), m);
        SearchView search = new SearchView(new SearchViewModel(context, dialogs), m);
        SegmentsView segments = new SegmentsView(new SegmentsViewModel(context, dialogs), m);
        MemoView memos = new MemoView(new MemoViewModel(context, dialogs), m);
        this.joint = new JointDisplaysViewModel(context, dialogs);
        JointDisplaysView jointView = new JointDisplaysView(joint, m);
        this.main = new MainViewModel(context, dialogs);
        ExchangeActions exchange = new ExchangeActions(context, dialogs, () -> root().getScene().getWindow(), shell::openProjectAt);
        CasesActions cases = new CasesActions(context, dialogs, () -> root().getScene().getWindow());
        HistoryWindow history = new HistoryWindow(context, dialogs, () -> root().getScene().getWindow());
        BackupService backups = session.backups();
        this.autoBackup = backups.startAutoBackup(
            msg -> tasks.onUiThread(() -> dialogs.showError(m.get("backup.error.title"), m.get("backup.autoFailed", msg))));

        WorkbenchActions actions = new WorkbenchActions(
            shell::newProject, shell::openProject, shell::closeProject, documents::importFiles, documents::importFolder,
            () -> findInFocusedPane(documents, codebook, transcript), search::focusQuery, search::search, documents::focusFilter, codebook::focusFilter,
            transcript::applyCodeWithPicker, transcript::codeInVivo, transcript::applyRecentCode, transcript::removeSelectedCoding,
            transcript::recodeSelectedCoding, transcript::editSelectedCodingMemo, transcript::adjustSelectedCodingToSelection,
            codebook::newCode, codebook::newTopLevelCode, codebook::renameSelected, codebook::recolourSelected,
            codebook::describeSelected, codebook::mergeSelected, codebook::deleteSelected, search::codeAllHits, segments::popOut,
            () -> main.changeCoder().ifPresent(shell::coderChanged),
            exchange::exportData, exchange::importRefiProject, exchange::importCodebook, cases::importUnitScores, cases::importSurvey,
            cases::showUnits, cases::linkDocuments, jointView::show, history::show,
            () -> new BackupsDialog(new BackupsViewModel(tasks, dialogs, m, backups, shell::openProjectAt), root().getScene().getWindow()).show());
        WorkbenchPanes panes = new WorkbenchPanes(documents.root(), transcript.root(), codebook.root(), search.root(), segments.root(),
                                                  memos.root(), jointView.root(), search.titleProperty(), segments.titleProperty(), memos.titleProperty());
        this.window = new MainWindow(main, panes, actions, tasks.running(), m, theme, onTheme);
        Long last = LayoutMemory.restore(session.folder(), window.columns(), window.rows());
        openInitialDocument(tasks, last);
        javafx.application.Platform.runLater(transcript::focusText); // ready for select-and-press-C, not typing into a field
    }

    /** Reopens the document that was open last time, else the first by name, so the window starts on a text. */
    private void openInitialDocument(FxBackgroundTasks tasks, Long last) {
        tasks.submit("open", p -> session.documents().lastOrFirst(last).orElse(null), id -> {
            if (id != null && context.openDocumentProperty().get() == null) {
                context.openDocumentProperty().set(id);
            }
        }, e -> LOG.warn("no initial document: {}", e.getMessage()));
    }

    /** Ctrl+F filters the pane that has the focus (documents, codebook) and otherwise finds in the transcript. */
    private static void findInFocusedPane(DocumentsView documents, CodebookView codebook, TranscriptView transcript) {
        javafx.scene.Node focus = transcript.root().getScene() == null ? null : transcript.root().getScene().getFocusOwner();
        if (within(focus, codebook.root())) {
            codebook.focusFilter();
        } else if (within(focus, documents.root())) {
            documents.focusFilter();
        } else {
            transcript.showFindBar();
        }
    }

    private static boolean within(javafx.scene.Node node, javafx.scene.Node ancestor) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    Parent root() {
        return window.root();
    }

    ReadOnlyStringProperty titleProperty() {
        return main.titleProperty();
    }

    /** Saves the layout and closes the project (committing the search index). */
    void close(double width, double height) {
        LayoutMemory.save(session.folder(), window.columns(), window.rows(), width, height, context.openDocumentProperty().get());
        joint.dispose();
        context.detach();
        autoBackup.close();
        try {
            session.close();
        } catch (RuntimeException e) {
            LOG.warn("closing {}: {}", session.folder(), e.getMessage());
        }
    }
}
