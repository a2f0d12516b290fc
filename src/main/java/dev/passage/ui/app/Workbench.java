package dev.passage.ui.app;

import dev.passage.backup.AutoBackup;
import dev.passage.backup.BackupService;
import dev.passage.session.ProjectSession;
import dev.passage.ui.backup.BackupActions;
import dev.passage.ui.backup.BackupsDialog;
import dev.passage.ui.backup.BackupsViewModel;
import dev.passage.ui.cases.CasesActions;
import dev.passage.ui.codebook.CodebookActions;
import dev.passage.ui.codebook.CodebookView;
import dev.passage.ui.codebook.CodebookViewModel;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.FxBackgroundTasks;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.actions.ActionRegistry;
import dev.passage.ui.documents.DocumentsActions;
import dev.passage.ui.documents.DocumentsView;
import dev.passage.ui.exchange.ExchangeActions;
import dev.passage.ui.history.HistoryActions;
import dev.passage.ui.history.HistoryWindow;
import dev.passage.ui.documents.DocumentsViewModel;
import dev.passage.ui.memos.MemoView;
import dev.passage.ui.mixed.JointDisplaysView;
import dev.passage.ui.mixed.MixedActions;
import dev.passage.ui.mixed.JointDisplaysViewModel;
import dev.passage.ui.memos.MemoViewModel;
import dev.passage.ui.search.SearchActions;
import dev.passage.ui.search.SearchView;
import dev.passage.ui.search.SearchViewModel;
import dev.passage.ui.segments.SegmentsActions;
import dev.passage.ui.segments.SegmentsView;
import dev.passage.ui.segments.SegmentsViewModel;
import dev.passage.ui.transcript.CodingActions;
import dev.passage.ui.transcript.TranscriptView;
import dev.passage.ui.transcript.TranscriptViewModel;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Parent;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The composition root for one open project: builds the context, every feature's ViewModel and View by constructor,
 * lets each feature register its actions (menus, shortcuts, command palette), and closes it all in order.
 */
final class Workbench {
    private static final Logger LOG = LoggerFactory.getLogger(Workbench.class);

    /** What the workbench asks of the application around it. */
    interface Shell {
        void newProject();

        void openProject();

        /** File › Open team project…: asks for a server project's address (and password, unless it is found). */
        default void openTeamProject() {
        }

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
    private final ActionRegistry actions = new ActionRegistry();
    private final LayoutMemory.Layout layout;

    Workbench(ProjectSession session, FxBackgroundTasks tasks, DialogService dialogs, Messages m, ThemeChoice theme,
              Consumer<ThemeChoice> onTheme, Shell shell) {
        this.session = session;
        this.context = new ProjectContext(session, tasks, m);
        DocumentsView documents = new DocumentsView(new DocumentsViewModel(context, dialogs), m);
        TranscriptView transcript = new TranscriptView(new TranscriptViewModel(context, dialogs), m);
        CodebookView codebook = new CodebookView(new CodebookViewModel(context, dialogs), m);
        SearchViewModel searchModel = new SearchViewModel(context, dialogs);
        SearchView search = new SearchView(searchModel, m);
        SegmentsView segments = new SegmentsView(new SegmentsViewModel(context, dialogs), m);
        MemoView memos = new MemoView(new MemoViewModel(context, dialogs), m);
        this.joint = new JointDisplaysViewModel(context, dialogs);
        JointDisplaysView jointView = new JointDisplaysView(joint, m);
        this.main = new MainViewModel(context, dialogs);
        // a team project on a server is backed up by the server (pg_dump), not by Passage: no automatic backups, and
        // File › Backups… says so (session.backups() refuses with that message)
        BackupService backups = session.shared() ? null : session.backups();
        this.autoBackup = backups == null ? null : backups.startAutoBackup(
            msg -> tasks.onUiThread(() -> dialogs.showError(m.get("backup.error.title"), m.get("backup.autoFailed", msg))));

        WorkbenchPanes panes = new WorkbenchPanes(documents.root(), transcript.root(), codebook.root(), search.root(), segments.root(),
                                                  memos.root(), jointView.root(), search.titleProperty(), segments.titleProperty(), memos.titleProperty());
        this.window = new MainWindow(main, panes, search::search, tasks.running(), m);
        window.shareSearchQuery(searchModel.queryProperty());
        Supplier<Window> owner = () -> root().getScene().getWindow();

        // every menu item, shortcut and palette command, registered by the feature it belongs to
        new ProjectActions(actions, shell, main);
        new EditActions(actions, main);
        new FindActions(actions, documents, codebook, transcript);
        new DocumentsActions(actions, documents);
        new CasesActions(actions, context, dialogs, owner);
        new ExchangeActions(actions, context, dialogs, owner, shell::openProjectAt);
        new dev.passage.ui.merge.MergeActions(actions, context, dialogs, owner);
        new BackupActions(actions, () -> {
            if (backups == null) {
                dialogs.showError(m.get("backup.error.title"),
                                  m.text(dev.passage.errors.Text.of("server.noBackups", session.address().display())));
                return;
            }
            new BackupsDialog(new BackupsViewModel(tasks, dialogs, m, backups, shell::openProjectAt), owner.get()).show();
        });
        new SearchActions(actions, search, searchModel.canCodeAllProperty(), () -> window.show(DockTab.SEARCH));
        new ViewActions(actions, window, theme, onTheme);
        new HistoryActions(actions, new HistoryWindow(context, dialogs, owner));
        new CodingActions(actions, transcript, context);
        new CodebookActions(actions, codebook, context);
        new SegmentsActions(actions, segments);
        new MixedActions(actions, jointView, () -> window.show(DockTab.JOINT_DISPLAYS));
        new dev.passage.ui.explore.ExploreActions(actions, new dev.passage.ui.explore.WordFrequenciesWindow(context, word -> {
            window.show(DockTab.SEARCH);
            search.search(word);
        }, owner), new dev.passage.ui.explore.ExploreWindows(context, owner));
        new dev.passage.ui.agreement.AgreementActions(actions, new dev.passage.ui.agreement.AgreementWindow(context, dialogs, owner));
        new dev.passage.ui.adjudication.AdjudicationActions(actions, new dev.passage.ui.adjudication.AdjudicationWindow(context, owner));
        new dev.passage.ui.coders.CodersActions(actions, new dev.passage.ui.coders.CodersViewModel(
            context, dialogs, new dev.passage.ui.coders.ChooseCodersDialog(m, owner)), context);
        new HelpActions(actions, m, owner);
        window.showMenus(actions);
        this.layout = LayoutMemory.restore(session.folder(), window.columns(), window.dock());
        openInitialDocument(tasks, layout == null ? null : layout.document());
        javafx.application.Platform.runLater(() -> LayoutMemory.poppedOut(layout).forEach(window.dock()::popOut));
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

    /** The open project's shared state (for tests). */
    ProjectContext context() {
        return context;
    }

    /** Every action of this workbench (for tests). */
    ActionRegistry actions() {
        return actions;
    }

    Parent root() {
        return window.root();
    }

    /** The main window (for tests). */
    MainWindow window() {
        return window;
    }

    /** The window size remembered for this project: {width, height}, or null. */
    double[] rememberedSize() {
        return layout == null || layout.width() < 200 || layout.height() < 200 ? null : new double[] {layout.width(), layout.height()};
    }

    ReadOnlyStringProperty titleProperty() {
        return main.titleProperty();
    }

    /** Saves the layout and closes the project (committing the search index). */
    void close(double width, double height) {
        LayoutMemory.save(session.folder(), window.columns(), window.dock(), width, height, context.openDocumentProperty().get());
        window.dock().closeWindows();
        joint.dispose();
        context.detach();
        if (autoBackup != null) {
            autoBackup.close();
        }
        try {
            session.close();
        } catch (RuntimeException e) {
            LOG.warn("closing {}: {}", session.folder(), e.getMessage());
        }
    }
}
