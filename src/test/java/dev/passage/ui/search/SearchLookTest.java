package dev.passage.ui.search;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
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

/** Writes PNGs of the search view in Primer Light and Dark when -Dpassage.snapshots=DIR is set (to look at, by a person). */
@ExtendWith(ApplicationExtension.class)
class SearchLookTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    SearchView view;
    Stage stage;

    /** Builds the sample study once before the toolkit's set-up timer runs. */
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
        view = new SearchView(new SearchViewModel(context, new UiFixtures.ScriptedDialogs()), context.messages());
        stage.setScene(new Scene((Parent) view.root(), 1280, 360));
        stage.show();
    }

    @AfterEach
    void close() {
        context.detach();
        session.close();
    }

    @Test
    void lookAtIt(FxRobot robot) {
        File out = Snapshots.folder();
        assumeTrue(out != null, "set -Dpassage.snapshots=DIR to write PNGs");
        robot.interact(() -> Snapshots.write(view.root(), new File(out, "search-empty-light.png")));
        robot.interact(() -> view.search("fejl*"));
        robot.interact(() -> Snapshots.write(view.root(), new File(out, "search-light.png")));
        robot.clickOn(".filter-code .filter-button").write("speak");
        robot.interact(() -> {
            javafx.scene.Node popup = robot.lookup(".filter-popup").query();
            Snapshots.write(popup, new File(out, "search-filter-popup-light.png"));
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        robot.interact(() -> Snapshots.write(view.root(), new File(out, "search-filtered-light.png")));
        robot.interact(view::clearFilters);
        robot.interact(() -> {
            view.toggleSyntaxHelp();
            Snapshots.write(view.root(), new File(out, "search-help-light.png"));
            view.toggleSyntaxHelp();
        });
        robot.interact(() -> {
            CodeAllHitsDialog d = new CodeAllHitsDialog(context.messages(), java.util.List.of("Barriers", "Barriers/Fear of blame",
                "Barriers/Silo work", "Barriers/Time pressure", "Psychological safety/Speaking up"), null, "fejl*", 27, 26, p -> false);
            d.initOwner(stage);
            d.show();
            d.getDialogPane().lookup(".code-all-field").getClass();
            ((javafx.scene.control.TextField) d.getDialogPane().lookup(".code-all-field")).setText("Barriers/Mistakes");
            d.getDialogPane().applyCss();
            d.getDialogPane().layout();
            Snapshots.write(d.getDialogPane(), new File(out, "search-dialog-light.png"));
            d.close();
        });
        robot.interact(() -> view.search("\"tale åbent"));
        robot.interact(() -> Snapshots.write(view.root(), new File(out, "search-error-light.png")));
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
            view.search("fejl*");
        });
        robot.interact(() -> Snapshots.write(view.root(), new File(out, "search-dark.png")));
        robot.interact(() -> {
            view.toggleSyntaxHelp();
            Snapshots.write(view.root(), new File(out, "search-help-dark.png"));
        });
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        assertThat(new File(out, "search-dark.png")).exists();
    }
}
