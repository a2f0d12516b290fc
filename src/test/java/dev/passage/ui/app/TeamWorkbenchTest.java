package dev.passage.ui.app;

import dev.passage.TestProjects;
import dev.passage.TestServer;
import dev.passage.model.Language;
import dev.passage.session.ProjectSession;
import dev.passage.ui.PngSnapshots;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.Messages;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static dev.passage.ui.app.WorkbenchHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two coders on one team project on a real PostgreSQL server, one of them in the workbench: the status bar says who else is
 * working, and the other coder's coding shows as a stripe in the open transcript without anything being clicked.
 */
@ExtendWith(ApplicationExtension.class)
class TeamWorkbenchTest {
    @TempDir
    static Path tmp;

    private final UiFixtures.ScriptedDialogs dialogs = new UiFixtures.ScriptedDialogs();
    private TestServer server;
    private ProjectSession ann;
    private WorkbenchHarness harness;
    private long doc;
    private long code;

    @Start
    void start(Stage stage) throws Exception {
        if (!TestServer.available()) {
            return;
        }
        server = TestServer.fresh("live_workbench");
        ann = ProjectSession.initServer(server.address(), TestServer.password(), "Team study", Language.EN, "ann");
        doc = TestProjects.importText(ann, tmp, "Interview 01", "We talk openly about mistakes in the team. The lead listens.");
        code = ann.codebook().addPath("Openness", "#3366cc", null).id();
        harness = WorkbenchHarness.show(stage, ann, dialogs, Messages.english());
    }

    @AfterEach
    void close() throws Exception {
        if (harness != null) {
            harness.close(); // closes ann's session with the window
        } else if (ann != null) {
            ann.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theStatusBarSaysWhoElseIsWorkingAndTheirCodingShowsLive(FxRobot robot) throws Exception {
        assumeTrue(TestServer.available(), TestServer.VARIABLE + " is not set: no PostgreSQL server to test team projects on");
        Platform.runLater(() -> harness.workbench().context().openDocumentProperty().set(doc));
        waitUntil(() -> robot.lookup(".transcript-text").tryQuery().isPresent());
        Label chip = robot.lookup("#working-now").queryAs(Label.class);
        assertThat(chip.isVisible()).as("alone: no chip").isFalse();
        int stripes = robot.lookup(".coding-stripe").queryAll().size();

        try (ProjectSession ben = ProjectSession.openServer(server.address(), TestServer.password(), "ben")) {
            waitUntil(chip::isVisible);
            assertThat(chip.getText()).isEqualTo("Working now: ben");
            ben.coding().apply(doc, 0, 42, code);
            waitUntil(() -> robot.lookup(".coding-stripe").queryAll().size() > stripes);
            Platform.runLater(() -> PngSnapshots.write(harness.workbench().root(), PngSnapshots.folder().resolve("team-workbench.png")));
        }
        waitUntil(() -> !chip.isVisible());
    }
}
