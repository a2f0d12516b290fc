package dev.passage.ui.app;

import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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

/**
 * Analyse › Inter-coder agreement… on the sample (coded by anna and jonas): the table of codes × measures fills, a click on a
 * code lists its documents and the passages where the two differ, and a double-click on a passage opens it in the transcript.
 */
@ExtendWith(ApplicationExtension.class)
class AgreementWindowTest {
    @TempDir
    static Path tmp;

    private static ProjectSession session;
    private WorkbenchHarness harness;

    @BeforeAll
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
    void theTableFillsAndACodeDrillsDownToThePassagesWhereTheCodersDiffer(FxRobot robot) throws Exception {
        robot.clickOn("Analyse").clickOn("Inter-coder agreement…");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            // the rows filled and laid out (the table makes its row cells on a later pulse than the one that fills it)
            return robot.lookup("#agreement-table").tryQuery().map(n -> ((TableView<?>) n).getItems().size() > 2).orElse(false)
                   && robot.lookup("#agreement-table .table-row-cell").tryQuery().isPresent();
        });
        @SuppressWarnings("unchecked")
        TableView<dev.passage.ui.agreement.AgreementViewModel.Row> table = robot.lookup("#agreement-table").queryAs(TableView.class);
        assertThat(table.getItems().getLast().overall()).isTrue();
        assertThat(table.getColumns()).extracting(c -> c.getText()).contains("Percent agreement", "Cohen's κ", "Krippendorff's α",
                                                                              "Brennan–Prediger κ");
        assertThat(robot.lookup("#agreement-explanation").queryAs(Label.class).getText()).contains("Unit of analysis: each character")
                                                                                          .contains("chance 1/2");
        assertThat(robot.lookup("#agreement-status").queryAs(Label.class).getText()).contains("coders anna, jonas");

        robot.clickOn(robot.lookup("#agreement-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return !robot.lookup("#agreement-passages").queryAs(ListView.class).getItems().isEmpty();
        });
        assertThat(robot.lookup("#agreement-documents").queryAs(TableView.class).getItems()).isNotEmpty();
        @SuppressWarnings("unchecked")
        ListView<dev.passage.agreement.DisagreementPassage> passages = robot.lookup("#agreement-passages").queryAs(ListView.class);
        dev.passage.agreement.DisagreementPassage first = passages.getItems().getFirst();
        robot.interact(() -> passages.getSelectionModel().select(0));
        robot.doubleClickOn(robot.lookup("#agreement-passages .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.workbench().context().openDocumentProperty().get()).isEqualTo(first.documentId());

        robot.clickOn("#agreement-unit").clickOn("Segment");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return robot.lookup("#agreement-explanation").queryAs(Label.class).getText().contains("each coded segment");
        });
        assertThat(table.getColumns().get(3).isVisible()).as("no Cohen's κ for segments").isFalse();
        robot.interact(() -> table.getScene().getWindow().hide());
    }
}
