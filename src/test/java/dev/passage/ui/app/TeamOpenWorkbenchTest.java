package dev.passage.ui.app;

import dev.passage.TestServer;
import dev.passage.model.Language;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.common.Messages;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench on a team project on a PostgreSQL server: it opens (a server project has no backups of its own, so none
 * start), its title names the database and the host, and File › Backups… says why there are none.
 */
@ExtendWith(ApplicationExtension.class)
class TeamOpenWorkbenchTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private TestServer server;
    private WorkbenchHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        if (!TestServer.available()) {
            return;
        }
        server = TestServer.fresh("team_wb");
        ProjectSession session = ProjectSession.initServer(server.address(), TestServer.password(), "Team study", Language.EN, "ann");
        harness = WorkbenchHarness.show(stage, session, dialogs, Messages.english());
    }

    @AfterEach
    void close() throws Exception {
        if (harness != null) {
            harness.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aTeamProjectOpensInTheWorkbenchWithItsServerInTheTitle(FxRobot robot) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestServer.available(), TestServer.VARIABLE + " is not set: no PostgreSQL server");
        assertThat(harness.workbench().titleProperty().get())
            .isEqualTo("Team study — " + server.database() + " @ " + server.address().host() + " — Passage");
        var backups = harness.workbench().actions().find("backup:show");
        assertThat(backups).as("the Backups… action").isPresent();
        robot.interact(() -> backups.get().run());
        assertThat(dialogs.errors).singleElement().asString().contains("has no backups of its own in Passage");
    }
}
