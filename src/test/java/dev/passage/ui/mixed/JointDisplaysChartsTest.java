package dev.passage.ui.mixed;

import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.ui.segments.SegmentRow;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import java.nio.file.Path;
import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;

/** The crosstab's chart and the scatter read whole: bars for every group, labels that do not overlap, the y title uncut. */
@ExtendWith(ApplicationExtension.class)
class JointDisplaysChartsTest {
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
        displays = JointDisplaysStage.show(stage, dir, 1280, 760);
        session = displays.session();
        context = displays.context();
        vm = displays.vm();
        view = displays.view();
    }

    @AfterEach
    void close() {
        displays.close();
    }

    @Test
    void theCrosstabChartDrawsABarForEveryGroupWithItsLabelOnOneLine(FxRobot robot) {
        robot.interact(() -> view.show(JointDisplaysViewModel.Display.CROSSTAB));
        robot.interact(() -> vm.crosstab().variableProperty().set(session.mixed().variable("sector")));
        robot.interact(() -> vm.crosstab().variableProperty().set(session.mixed().variable("psych_safety")));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        var chart = view.crosstab().chart();
        assertThat(((javafx.scene.chart.CategoryAxis) chart.getYAxis()).getCategories())
            .containsExactlyInAnyOrderElementsOf(vm.crosstab().groups().stream().map(GroupColumn::label).toList());
        var bars = chart.getData().getFirst().getData();
        assertThat(bars).hasSize(vm.crosstab().groups().size());
        assertThat(bars).filteredOn(d -> d.getXValue().doubleValue() > 0)
            .isNotEmpty().allMatch(d -> d.getNode() != null && d.getNode().isVisible() && d.getNode().getBoundsInParent().getWidth() > 1);
    }

    @Test
    void theScatterNamesNoPointOverAnotherAndShowsItsYTitleWhole(FxRobot robot) {
        robot.interact(() -> view.show(JointDisplaysViewModel.Display.SCORE));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        var chart = view.score().chart();
        assertThat(chart.getTitle()).isEqualTo(vm.score().yTitleProperty().get()).isNotBlank();
        java.util.List<javafx.geometry.Bounds> shown = robot.lookup(".mixed-point-label").queryAll().stream()
            .filter(Node::isVisible).map(n -> n.localToScene(n.getLayoutBounds())).toList();
        for (int i = 0; i < shown.size(); i++) {
            for (int j = i + 1; j < shown.size(); j++) {
                assertThat(shown.get(i).intersects(shown.get(j))).as("labels %d and %d overlap", i, j).isFalse();
            }
        }
    }
}
