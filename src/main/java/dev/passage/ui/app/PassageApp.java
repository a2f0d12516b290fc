package dev.passage.ui.app;

import dev.passage.errors.ErrorLog;

import dev.passage.session.ProjectSession;
import dev.passage.errors.DamagedProjectException;
import dev.passage.ui.backup.RecoveryDialog;
import dev.passage.ui.backup.RecoveryViewModel;
import dev.passage.ui.common.FxBackgroundTasks;
import dev.passage.ui.common.FxDialogService;
import dev.passage.ui.common.Messages;
import dev.passage.ui.start.ProjectUnlocker;
import dev.passage.ui.start.RecentProjects;
import dev.passage.ui.start.StartView;
import dev.passage.ui.start.StartViewModel;
import dev.passage.ui.start.TeamOpenDialog;
import dev.passage.ui.start.TeamOpenViewModel;
import dev.passage.store.ServerCredentials;
import javafx.stage.Window;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The JavaFX application: one window that shows the start screen or the workbench on an open project.
 * Parameters: an optional project folder, {@code --lang=da|sv|en}.
 */
public final class PassageApp extends Application {
    private Stage stage;
    private Scene scene;
    private FxBackgroundTasks tasks;
    private FxDialogService dialogs;
    private Messages messages;
    private UserSettings settings;
    private RecentProjects recents;
    private Workbench workbench;
    private StartView startView;
    private ProjectUnlocker unlocker;

    /** Starts the workbench (blocks until the window closes). */
    public static void launchWorkbench(List<String> args) {
        Application.launch(PassageApp.class, args.toArray(String[]::new));
    }

    @Override
    public void start(Stage primary) {
        stage = primary;
        ErrorLog errorLog = ErrorLog.inUserDataFolder();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> errorLog.record("uncaught in " + thread.getName(), e));
        Path settingsFolder = UserSettings.folder();
        settings = UserSettings.load(settingsFolder);
        String lang = getParameters().getNamed().getOrDefault("lang", settings.language());
        messages = new Messages(lang == null ? Locale.getDefault() : Locale.forLanguageTag(lang));
        Application.setUserAgentStylesheet(settings.themeChoice().userAgentStylesheet());
        tasks = new FxBackgroundTasks();
        dialogs = new FxDialogService(() -> stage, messages);
        recents = new RecentProjects(settingsFolder);
        unlocker = new ProjectUnlocker(tasks, dialogs, messages);

        scene = new Scene(new StackPane(), 1440, 900);
        scene.getStylesheets().add(PassageApp.class.getResource("workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setTitle(messages.get("app.window.start"));
        stage.setOnCloseRequest(e -> closeWorkbench());

        List<String> unnamed = getParameters().getUnnamed();
        if (!unnamed.isEmpty() && dev.passage.store.ProjectAddress.isServer(unnamed.getFirst())) {
            showStart();
            Platform.runLater(() -> openTeamProject(unnamed.getFirst())); // once the window shows: the dialog sits over it
        } else if (!unnamed.isEmpty()) {
            openProject(Path.of(unnamed.getFirst()));
        } else {
            showStart();
        }
        stage.show();
    }

    private void showStart() {
        StartViewModel vm = new StartViewModel(tasks, dialogs, messages, recents, StartViewModel.defaultProjectsHome(), this::openProject,
                                              unlocker);
        vm.setOnDamaged(this::showRecovery);
        vm.setOnOpenTeam(this::openTeamProject);
        startView = new StartView(vm, messages);
        scene.setRoot(new StackPane(startView.root()));
        stage.setTitle(messages.get("app.window.start"));
    }

    /** Opens a project (closing the one that is open); the search index is checked (and rebuilt if needed) in the background. */
    void openProject(Path folder) {
        closeWorkbench();
        // the window shows at once, with what it is doing, while the project opens behind it
        scene.setRoot(loadingView(messages.get("app.loading", folder.getFileName() == null ? folder.toString() : folder.getFileName().toString())));
        String coder = settings.coderFor(folder); // chosen per project folder (File › Coder…)
        // an encrypted project asks for its password first (again after a wrong one); cancelling goes back to the start screen
        unlocker.open(folder, coder, this::showWorkbench, e -> {
            showStart();
            if (e instanceof DamagedProjectException damaged) {
                showRecovery(damaged);
            } else {
                dialogs.showError(messages.get("app.error.open"), e.getMessage() == null ? e.toString() : messages.message(e));
            }
        }, this::showStart);
    }

    /**
     * Opens a team project on a server: a recent one ({@code address}) whose password PGPASSWORD or ~/.pgpass has opens at
     * once; otherwise (or when that fails) the dialog asks, with what went wrong.
     */
    void openTeamProject(String address) {
        Window owner = stage;
        TeamOpenViewModel vm = new TeamOpenViewModel(tasks, messages, ServerCredentials::find, ProjectSession::openServer, session -> {
            closeWorkbench();
            showWorkbench(session);
        });
        TeamOpenDialog dialog = new TeamOpenDialog(vm, messages);
        if (address != null) {
            vm.addressProperty().set(address);
        }
        if (address != null && vm.passwordKnown() && workbench == null) {
            scene.setRoot(loadingView(messages.get("app.loading", address)));
            vm.errorProperty().addListener((obs, o, n) -> {
                if (!n.isEmpty() && workbench == null && !(scene.getRoot() instanceof javafx.scene.layout.StackPane)) {
                    showStart();
                    dialog.show(owner);
                }
            });
            vm.open();
            return;
        }
        dialog.show(owner);
    }

    /** A damaged project: the recovery dialog (restore the newest good backup, choose another, or cancel). */
    private void showRecovery(DamagedProjectException damaged) {
        new RecoveryDialog(new RecoveryViewModel(tasks, dialogs, messages, damaged, this::openProject), stage).show();
    }

    private void showWorkbench(ProjectSession session) {
        workbench = new Workbench(session, tasks, dialogs, messages, settings.themeChoice(), this::changeTheme, new Workbench.Shell() {
            @Override
            public void newProject() {
                closeWorkbench();
                showStart();
                startView.newProject();
            }

            @Override
            public void openProject() {
                dialogs.chooseProjectToOpen().ifPresent(PassageApp.this::openProject);
            }

            @Override
            public void openTeamProject() {
                PassageApp.this.openTeamProject(null);
            }

            @Override
            public void coderChanged(String name) {
                settings = settings.withCoder(session.folder(), name);
                settings.save(UserSettings.folder());
            }

            @Override
            public void openProjectAt(Path folder) {
                PassageApp.this.openProject(folder);
            }

            @Override
            public void closeProject() {
                closeWorkbench();
                showStart();
            }
        });
        scene.setRoot(workbench.root());
        double[] size = workbench.rememberedSize();
        if (size != null && !stage.isMaximized()) {
            stage.setWidth(size[0]);
            stage.setHeight(size[1]);
        }
        stage.titleProperty().bind(workbench.titleProperty());
        if (session.shared()) {
            recents.addServer(session.address().display(), session.folder(), session.info().name());
        } else {
            recents.add(session.folder(), session.encrypted() ? StartViewModel.hiddenName(session.folder()) : session.info().name());
        }
    }

    /** A busy indicator with what is happening, for the moments before a project is open. */
    static javafx.scene.Parent loadingView(String text) {
        javafx.scene.control.ProgressIndicator busy = new javafx.scene.control.ProgressIndicator();
        busy.setMaxSize(48, 48);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(14, busy, new javafx.scene.control.Label(text));
        box.setAlignment(javafx.geometry.Pos.CENTER);
        box.getStyleClass().add("loading-view");
        return box;
    }

    private void changeTheme(ThemeChoice theme) {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        settings = settings.withTheme(theme);
        settings.save(UserSettings.folder());
    }

    private void closeWorkbench() {
        if (workbench != null) {
            stage.titleProperty().unbind();
            workbench.close(stage.getWidth(), stage.getHeight());
            workbench = null;
        }
    }

    @Override
    public void stop() throws Exception {
        closeWorkbench();
        tasks.close();
        Platform.exit();
    }
}
