package dev.passage.ui.app;

import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.Messages;
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
    private WorkbenchHarness harness;

    /** The sample is made before the window, off the FX thread (the window's setup has a time limit). */
    @org.junit.jupiter.api.BeforeAll
    static void sample() throws Exception {
        session = UiFixtures.sample(tmp.resolve("run-" + System.nanoTime()));
    }

    @Start
    void start(Stage stage) {
        harness = WorkbenchHarness.show(stage, session, new UiFixtures.ScriptedDialogs(), Messages.english());
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
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
