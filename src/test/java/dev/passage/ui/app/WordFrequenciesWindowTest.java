package dev.passage.ui.app;

import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.Messages;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

/** Analyse › Word frequencies… opens the list and the cloud; a click on a word in the cloud runs it in the Search tab. */
@ExtendWith(ApplicationExtension.class)
class WordFrequenciesWindowTest {
    @TempDir
    static Path tmp;

    private static ProjectSession session;
    private WorkbenchHarness harness;
    private Workbench workbench;

    /** The sample is made before the window, off the FX thread (the window's setup has a time limit). */
    @org.junit.jupiter.api.BeforeAll
    static void sample() throws Exception {
        session = UiFixtures.sample(tmp.resolve("run-" + System.nanoTime()));
    }

    @Start
    void start(Stage stage) throws Exception {
        harness = WorkbenchHarness.show(stage, session, new UiFixtures.ScriptedDialogs(), Messages.english());
        workbench = harness.workbench();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void opensFromTheAnalyseMenuAndAClickOnAWordSearchesIt(FxRobot robot) throws Exception {
        robot.clickOn("Analyse").clickOn("Word frequencies…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return robot.lookup("#explore-words-table").tryQuery().isPresent()
                   && !robot.lookup("#explore-words-table").queryAs(TableView.class).getItems().isEmpty()
                   && robot.lookup("#explore-words-cloud .hyperlink").tryQuery().isPresent(); // the cloud is laid out with the window
        });
        TableView<?> table = robot.lookup("#explore-words-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSizeGreaterThan(10);
        Hyperlink word = robot.lookup("#explore-words-cloud .hyperlink").queryAs(Hyperlink.class);
        String text = word.getText();
        robot.interact(word::fire);
        TabPane dock = robot.lookup(".dock").queryAs(TabPane.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return dock.getSelectionModel().getSelectedItem().getText().contains("hits");
        });
        assertThat(dock.getSelectionModel().getSelectedItem().getText()).startsWith("Search");
        assertThat(robot.lookup(".search-query").queryAs(TextField.class).getText()).isEqualTo(text);
    }
}
