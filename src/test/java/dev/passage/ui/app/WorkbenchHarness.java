package dev.passage.ui.app;

import dev.passage.session.ProjectSession;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.FxBackgroundTasks;
import dev.passage.ui.common.Messages;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** The real workbench (composition root, background worker, light theme) in a TestFX stage, for the window-level tests. */
final class WorkbenchHarness {
    /** Inside Monocle's 1280x800 headless screen. */
    static final int WIDTH = 1260;
    static final int HEIGHT = 780;

    private final FxBackgroundTasks tasks;
    private final Workbench workbench;

    private WorkbenchHarness(FxBackgroundTasks tasks, Workbench workbench) {
        this.tasks = tasks;
        this.workbench = workbench;
    }

    /** Builds the workbench on {@code session} and shows it in {@code stage}; call from a TestFX {@code @Start} method. */
    static WorkbenchHarness show(Stage stage, ProjectSession session, DialogService dialogs, Messages messages) {
        javafx.application.Application.setUserAgentStylesheet(ThemeChoice.LIGHT.userAgentStylesheet());
        FxBackgroundTasks tasks = new FxBackgroundTasks();
        Workbench workbench = new Workbench(session, tasks, dialogs, messages, ThemeChoice.LIGHT, t -> { }, new NoShell());
        Scene scene = new Scene(workbench.root(), WIDTH, HEIGHT);
        scene.getStylesheets().add(PassageApp.class.getResource("workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        return new WorkbenchHarness(tasks, workbench);
    }

    Workbench workbench() {
        return workbench;
    }

    /** Closes the workbench as the window would and stops its worker; call from {@code @AfterEach}. */
    void close() throws InterruptedException {
        WaitForAsyncUtils.waitForFxEvents();
        Platform.runLater(() -> workbench.close(WIDTH, HEIGHT));
        WaitForAsyncUtils.waitForFxEvents();
        tasks.close();
    }

    /** Waits up to 20 s for {@code condition}, letting the FX thread run between checks. */
    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    /** The start screen's side of the workbench: these tests never leave the project. */
    private static final class NoShell implements Workbench.Shell {
        @Override
        public void newProject() {
        }

        @Override
        public void openProject() {
        }

        @Override
        public void closeProject() {
        }

        @Override
        public void coderChanged(String name) {
        }

        @Override
        public void openProjectAt(Path folder) {
        }
    }
}
