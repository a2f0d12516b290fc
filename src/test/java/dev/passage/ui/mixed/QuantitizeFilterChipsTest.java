package dev.passage.ui.mixed;

import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A joint display that leaves codes out says so as a chip; removing the chip brings every code back at once. */
@ExtendWith(ApplicationExtension.class)
class QuantitizeFilterChipsTest {
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

    private List<String> chips(FxRobot robot) {
        return robot.lookup(".mixed-quantitize .filter-chip .filter-chip-label").queryAllAs(Label.class).stream()
                    .filter(Node::isVisible).map(Label::getText).toList();
    }

    @Test
    void leavingCodesOutShowsAChipAndDeleteOnItBringsThemBack(FxRobot robot) {
        robot.interact(() -> view.show(JointDisplaysViewModel.Display.QUANTITIZE));
        int all = vm.codes().size();
        int full = view.quantitize().table().getItems().size();
        assertThat(full).isPositive();
        assertThat(chips(robot)).isEmpty();

        robot.interact(() -> {
            vm.quantitize().chosenProperty(vm.codes().get(0)).set(false);
            vm.quantitize().chosenProperty(vm.codes().get(1)).set(false);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.quantitize().table().getItems()).hasSizeLessThan(full);
        assertThat(chips(robot)).containsExactly("Codes: " + (all - 2) + " of " + all);

        robot.clickOn(".mixed-quantitize .filter-chip .filter-chip-label").type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(chips(robot)).isEmpty();
        assertThat(vm.quantitize().chosenIds()).hasSize(all);
        assertThat(view.quantitize().table().getItems()).hasSize(full);
    }
}
