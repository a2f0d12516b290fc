package dev.passage.ui.app;

import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.FxBackgroundTasks;
import dev.passage.ui.common.Messages;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Analyse › Code frequencies… and Code co-occurrence… open their windows from the menu, counted on the sample. */
@ExtendWith(ApplicationExtension.class)
class ExploreWindowsTest {
    @TempDir
    static Path tmp;

    private static ProjectSession session;
    private FxBackgroundTasks tasks;
    private Workbench workbench;

    static {
        System.setProperty("testfx.setup.timeout", "120000"); // a loaded machine builds the workbench slowly
    }

    /** The sample is made before the window, off the FX thread (the window's setup has a time limit). */
    @org.junit.jupiter.api.BeforeAll
    static void sample() throws Exception {
        session = UiFixtures.sample(tmp.resolve("run-" + System.nanoTime()));
    }

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(ThemeChoice.LIGHT.userAgentStylesheet());
        tasks = new FxBackgroundTasks();
        workbench = new Workbench(session, tasks, new UiFixtures.ScriptedDialogs(), Messages.english(), ThemeChoice.LIGHT, t -> { },
                                  new Workbench.Shell() {
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
        });
        Scene scene = new Scene(workbench.root(), 1260, 780);
        scene.getStylesheets().add(PassageApp.class.getResource("workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Platform.runLater(() -> workbench.close(1260, 780));
        WaitForAsyncUtils.waitForFxEvents();
        tasks.close();
    }

    @Test
    void codeFrequenciesAndCoOccurrenceOpenFromTheAnalyseMenu(FxRobot robot) throws Exception {
        robot.clickOn("Analyse").clickOn("Code frequencies…");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return robot.lookup("#explore-codes-chart").tryQuery().map(n -> !((javafx.scene.layout.VBox) n).getChildren().isEmpty())
                        .orElse(false);
        });
        javafx.scene.layout.VBox bars = robot.lookup("#explore-codes-chart").queryAs(javafx.scene.layout.VBox.class);
        assertThat(bars.getChildren()).hasSizeGreaterThan(5);
        robot.interact(() -> bars.getScene().getWindow().hide());
        robot.clickOn("Analyse").clickOn("Code co-occurrence…");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return robot.lookup("#explore-pairs-list").tryQuery().map(n -> !((javafx.scene.control.ListView<?>) n).getItems().isEmpty())
                        .orElse(false);
        });
        javafx.scene.control.ListView<?> pairs = robot.lookup("#explore-pairs-list").queryAs(javafx.scene.control.ListView.class);
        assertThat(pairs.getItems()).isNotEmpty();
        robot.interact(() -> pairs.getScene().getWindow().hide());
    }
}
