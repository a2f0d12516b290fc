package dev.passage.ui.adjudication;

import atlantafx.base.theme.PrimerLight;
import dev.passage.adjudication.Disagreement;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Disagreements window: the passages listed, each coder's version side by side with their codings tinted, a click on
 * Accept B resolves the passage (the list marks it, the next one is shown), and Ctrl+Z in the window undoes it.
 */
@ExtendWith(ApplicationExtension.class)
class AdjudicationWindowTest {
    @TempDir
    static Path dir;
    static ProjectSession session;
    static ProjectContext context;
    AdjudicationWindow window;
    Stage shown;

    @BeforeAll
    static void project() throws Exception {
        session = AdjudicationFixture.project(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
    }

    @AfterAll
    static void close() {
        context.detach();
        session.close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
        window = new AdjudicationWindow(context, () -> stage);
        shown = window.show();
    }

    @Test
    void showsBothVersionsResolvesWithAClickAndUndoesWithCtrlZ(FxRobot robot) {
        ListView<?> list = robot.lookup("#adjudication-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(3);
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(robot.lookup("#adjudication-position").queryAs(Label.class).getText())
            .isEqualTo("Passage 1 of 3  ·  Trust");
        assertThat(robot.lookup("#adjudication-place").queryAs(Label.class).getText()).isEqualTo("Interview 1  ·  characters 3–20");
        StyleClassedTextArea a = robot.lookup("#adjudication-text-a").queryAs(StyleClassedTextArea.class);
        StyleClassedTextArea b = robot.lookup("#adjudication-text-b").queryAs(StyleClassedTextArea.class);
        assertThat(a.getText()).startsWith("We trust the manager.");
        assertThat(a.getStyleOfChar(5)).contains("adjudication-coded-a");   // inside anna's "trust the manager"
        assertThat(b.getStyleOfChar(5)).contains("adjudication-coded-b");   // inside ben's "trust th"
        assertThat(b.getStyleOfChar(15)).doesNotContain("adjudication-coded-b");  // "manager": anna only
        assertThat(a.getStyleOfChar(30)).contains("adjudication-context");
        assertThat(robot.lookup("#adjudication-accept-a").queryAs(Button.class).getText()).isEqualTo("Accept A (anna)");
        assertThat(robot.lookup("#adjudication-accept-b").queryAs(Button.class).getText()).isEqualTo("Accept B (ben)");

        robot.clickOn("#adjudication-note").write("ben's is tighter");
        robot.clickOn("#adjudication-accept-b");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Disagreement) list.getItems().getFirst()).resolved()).isTrue();
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(robot.lookup("#adjudication-last").queryAs(Label.class).getText())
            .isEqualTo("Done: resolve Trust in Interview 1: accept ben's version");
        assertThat(robot.lookup(".adjudication-resolved").tryQuery()).isPresent();
        robot.clickOn(robot.lookup("#adjudication-list .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        assertThat(robot.lookup("#adjudication-decision").queryAs(Label.class).getText())
            .isEqualTo("Resolved by lead: accepted ben's version (as codings of consensus)");
        assertThat(robot.lookup("#adjudication-side-consensus").query().isVisible()).isTrue();

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Disagreement) list.getItems().getFirst()).resolved()).isFalse();
        assertThat(robot.lookup("#adjudication-last").queryAs(Label.class).getText()).startsWith("Undone: resolve Trust");
        assertThat(robot.lookup("#adjudication-side-consensus").query().isVisible()).isFalse();
        robot.interact(() -> shown.hide());
        assertThat(window.viewModel()).isNull();
    }
}
