package dev.passage.ui.explore;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.ui.search.Snapshots;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
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

/** Writes PNGs of code frequencies and co-occurrence on the sample, light and dark, when -Dpassage.snapshots=DIR is set. */
@ExtendWith(ApplicationExtension.class)
class ExploreLookTest {
    static ProjectSession session;
    static ProjectContext context;
    final StackPane holder = new StackPane();

    @BeforeAll
    static void sample(@TempDir Path dir) throws Exception {
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(holder, 1200, 700));
        stage.show();
    }

    @Test
    void lookAtThem(FxRobot robot) {
        File out = Snapshots.folder();
        assumeTrue(out != null, "set -Dpassage.snapshots=DIR to write PNGs");
        CodeFrequenciesViewModel codes = new CodeFrequenciesViewModel(context);
        CodeFrequenciesView codesView = new CodeFrequenciesView(codes, context.messages());
        CoOccurrenceViewModel pairs = new CoOccurrenceViewModel(context);
        CoOccurrenceView pairsView = new CoOccurrenceView(pairs, context.messages());
        robot.interact(() -> {
            holder.getChildren().setAll(codesView.root());
            codes.refresh();
            codes.open(codes.rows().get(0), 0);
        });
        write(robot, codesView.root(), out, "explore-codes-sample");
        robot.interact(() -> {
            codes.groupingProperty().set(CodeFrequenciesViewModel.Grouping.CODER);
            codes.where().inputProperty().set("psych_safety >= 3");
            codes.where().add();
        });
        write(robot, codesView.root(), out, "explore-codes-sample-coder-where");
        robot.interact(() -> {
            holder.getChildren().setAll(pairsView.root());
            pairs.count();
            pairs.open(pairs.pairs().get(0));
        });
        write(robot, pairsView.root(), out, "explore-pairs-sample");
        robot.interact(() -> pairsView.table().getScene());
        assertThat(pairs.pairs()).isNotEmpty();
        codes.dispose();
        pairs.dispose();
    }

    private static void write(FxRobot robot, javafx.scene.Parent root, File out, String name) {
        for (String theme : new String[] {"light", "dark"}) {
            robot.interact(() -> Application.setUserAgentStylesheet(theme.equals("light") ? new PrimerLight().getUserAgentStylesheet()
                                                                                          : new PrimerDark().getUserAgentStylesheet()));
            robot.interact(() -> Snapshots.write(root, new File(out, name + "-" + theme + ".png")));
        }
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }
}
