package dev.passage.ui.mixed;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.passage.session.ProjectSession;
import dev.passage.ui.PngSnapshots;
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

/** Writes PNGs of every joint display tab in Primer Light and Dark when -Dpassage.snapshots=DIR is set (to look at, by a person). */
@ExtendWith(ApplicationExtension.class)
class JointDisplaysLookTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    JointDisplaysViewModel vm;
    JointDisplaysView view;
    JointDisplaysStage displays;

    @BeforeAll
    static void buildSample(@TempDir Path warm) throws Exception {
        UiFixtures.sample(warm).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        displays = JointDisplaysStage.show(stage, dir, 1280, 640);
        session = displays.session();
        context = displays.context();
        vm = displays.vm();
        view = displays.view();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        displays.close();
    }

    @Test
    void lookAtIt(FxRobot robot) {
        File out = Snapshots.folder();
        assumeTrue(out != null, "set -Dpassage.snapshots=DIR to write PNGs");
        robot.interact(() -> {
            vm.matrix().measureProperty().set(Measure.CODED_SHARE);
            vm.matrix().select(vm.matrix().lines().get(1), 0);
            vm.score().codeProperty().set(vm.codes().stream().filter(c -> c.path().equals("Psychological safety/Speaking up"))
                                                .findFirst().orElseThrow());
            vm.crosstab().variableProperty().set(session.mixed().variable("sector"));
        });
        for (String theme : new String[] {"light", "dark"}) {
            robot.interact(() -> Application.setUserAgentStylesheet(theme.equals("light") ? new PrimerLight().getUserAgentStylesheet()
                                                                                          : new PrimerDark().getUserAgentStylesheet()));
            for (JointDisplaysViewModel.Display d : JointDisplaysViewModel.Display.values()) {
                robot.interact(() -> view.show(d));
                if (d == JointDisplaysViewModel.Display.SCORE) {
                    robot.interact(() -> {
                        ScorePoint p = vm.score().points().getFirst();
                        vm.score().selectUnit(p.unitId(), p.unitName());
                    });
                }
                if (d == JointDisplaysViewModel.Display.CROSSTAB) {
                    robot.interact(() -> view.crosstab().table().getSelectionModel().selectIndices(1, 2, 5));
                }
                File f = new File(out, "mixed-" + d.name().toLowerCase() + "-" + theme + ".png");
                robot.interact(() -> Snapshots.write(view.root(), f));
                assertThat(f).exists();
            }
        }
        for (String theme : new String[] {"light", "dark"}) {
            // the score tab's searchable code box, open with a search typed: the bar and the popup list
            robot.interact(() -> Application.setUserAgentStylesheet(theme.equals("light") ? new PrimerLight().getUserAgentStylesheet()
                                                                                          : new PrimerDark().getUserAgentStylesheet()));
            robot.interact(() -> view.show(JointDisplaysViewModel.Display.SCORE));
            robot.clickOn(robot.lookup(".mixed-score .mixed-code-combo").match(n -> n instanceof org.controlsfx.control.SearchableComboBox<?>)
                               .queryAs(javafx.scene.Node.class)).write("safety");
            File bar = new File(out, "mixed-code-search-" + theme + ".png");
            File list = new File(out, "mixed-code-search-list-" + theme + ".png");
            robot.interact(() -> {
                Snapshots.write(view.root(), bar);
                javafx.stage.Window popup = javafx.stage.Window.getWindows().stream()
                    .filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing()).findFirst().orElseThrow();
                Snapshots.write(popup.getScene().getRoot(), list);
            });
            robot.type(javafx.scene.input.KeyCode.ESCAPE);
            assertThat(bar).exists();
            assertThat(list).exists();
        }
        double[] luminance = new double[1];
        robot.interact(() -> luminance[0] = PngSnapshots.meanLuminance(PngSnapshots.image(view.root())));
        assertThat(luminance[0]).as("dark theme").isLessThan(0.5);
    }
}
