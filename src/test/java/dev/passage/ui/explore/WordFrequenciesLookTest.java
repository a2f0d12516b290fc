package dev.passage.ui.explore;

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

/** Writes PNGs of the word frequencies in Primer Light and Dark when -Dpassage.snapshots=DIR is set (to look at, by a person). */
@ExtendWith(ApplicationExtension.class)
class WordFrequenciesLookTest {
    static ProjectSession session;
    static ProjectContext context;
    WordFrequenciesViewModel vm;
    WordFrequenciesView view;

    @BeforeAll
    static void sample(@TempDir Path dir) throws Exception {
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        vm = new WordFrequenciesViewModel(context, w -> { });
        view = new WordFrequenciesView(vm, context.messages());
        stage.setScene(new Scene((Parent) view.root(), 980, 560));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        vm.dispose();
    }

    @Test
    void lookAtIt(FxRobot robot) {
        File out = Snapshots.folder();
        assumeTrue(out != null, "set -Dpassage.snapshots=DIR to write PNGs");
        robot.interact(vm::refresh);
        for (String theme : new String[] {"light", "dark"}) {
            robot.interact(() -> Application.setUserAgentStylesheet(theme.equals("light") ? new PrimerLight().getUserAgentStylesheet()
                                                                                          : new PrimerDark().getUserAgentStylesheet()));
            File f = new File(out, "explore-words-" + theme + ".png");
            robot.interact(() -> Snapshots.write(view.root(), f));
            assertThat(f).exists();
        }
    }
}
