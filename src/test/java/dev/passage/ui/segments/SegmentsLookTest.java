package dev.passage.ui.segments;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.ui.search.Snapshots;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.File;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Writes PNGs of the segments view in Primer Light and Dark when -Dpassage.snapshots=DIR is set (to look at, by a person). */
@ExtendWith(ApplicationExtension.class)
class SegmentsLookTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    SegmentsView view;
    Stage stage;

    @BeforeAll
    static void buildSample(@TempDir Path warm) throws Exception {
        UiFixtures.sample(warm).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
        view = new SegmentsView(new SegmentsViewModel(context, new UiFixtures.ScriptedDialogs()), context.messages());
        stage.setScene(new Scene((Parent) view.root(), 1280, 360));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        context.detach();
        session.close();
    }

    @Test
    void lookAtIt(FxRobot robot) {
        File out = Snapshots.folder();
        assumeTrue(out != null, "set -Dpassage.snapshots=DIR to write PNGs");
        robot.interact(() -> Snapshots.write(view.root(), new File(out, "segments-empty-light.png")));
        robot.interact(() -> context.selectedCodeProperty().set(session.codebook().resolve("Psychological safety").id()));
        robot.interact(() -> Snapshots.write(view.root(), new File(out, "segments-light.png")));
        robot.interact(() -> {
            Stage popped = view.popOut();
            Snapshots.write(popped.getScene().getRoot(), new File(out, "segments-popout-light.png"));
        });
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        robot.interact(() -> Snapshots.write(view.root(), new File(out, "segments-dark.png")));
        assertThat(new File(out, "segments-dark.png")).exists();
    }
}
