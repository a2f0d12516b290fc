package dev.passage.ui.search;

import dev.passage.cases.TableReader;
import dev.passage.cases.UnitImport;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every filter in force shows as a chip in the Search tab, and removing the chip (× or Delete) unfilters at once. */
@ExtendWith(ApplicationExtension.class)
class SearchFilterChipsTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    SearchViewModel vm;

    @BeforeAll
    static void buildSample(@TempDir Path warm) throws Exception {
        UiFixtures.sample(warm).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        session = UiFixtures.sample(dir);
        session.unitImport().apply(TableReader.read(Path.of("sample-projects/learning-culture/units.csv"), null),
                                   new UnitImport.Options("unit", Map.of()));
        context = UiFixtures.context(session, new SynchronousTasks());
        vm = new SearchViewModel(context, new UiFixtures.ScriptedDialogs());
        SearchView view = new SearchView(vm, context.messages());
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1200, 420));
        stage.show();
    }

    @AfterEach
    void close() {
        vm.dispose();
        context.detach();
        session.close();
    }

    private List<String> chips(FxRobot robot) {
        return robot.lookup(".filter-chip .filter-chip-label").queryAllAs(Label.class).stream()
                    .filter(Node::isVisible).map(Label::getText).toList();
    }

    @Test
    void anAppliedWhereConditionStaysVisibleAsAChipAndDeleteOnItUnfilters(FxRobot robot) {
        robot.clickOn(".search-query").write("fejl*").type(KeyCode.ENTER);
        long all = vm.totalHitsProperty().get();
        assertThat(chips(robot)).isEmpty();

        robot.clickOn(".search-where").write("psych_safety >= 4").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".search-where").queryAs(TextField.class).getText()).isEmpty();
        assertThat(vm.totalHitsProperty().get()).isPositive().isLessThan(all);
        assertThat(chips(robot)).containsExactly("Where psych_safety >= 4");

        robot.clickOn(".filter-chip .filter-chip-label").type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(chips(robot)).isEmpty();
        assertThat(vm.conditions()).isEmpty();
        assertThat(vm.totalHitsProperty().get()).isEqualTo(all);
    }

    @Test
    void everyChosenFilterIsAChipAndItsCrossRemovesIt(FxRobot robot) {
        robot.clickOn(".search-query").write("fejl").type(KeyCode.ENTER);
        long all = vm.totalHitsProperty().get();

        robot.clickOn(".filter-speaker .filter-button").write("Leder").type(KeyCode.ENTER);
        robot.interact(() -> {
            vm.unitFilterProperty().set(vm.units().getFirst());
            vm.conditionInputProperty().set("psych_safety >= 1");
            vm.addCondition();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(chips(robot)).containsExactly("Speaker: Leder", "Unit: " + vm.units().getFirst(), "Where psych_safety >= 1");

        robot.clickOn(".filter-chip .filter-chip-remove");
        robot.clickOn(".filter-chip .filter-chip-remove");
        robot.clickOn(".filter-chip .filter-chip-remove");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(chips(robot)).isEmpty();
        assertThat(vm.speakerFilterProperty().get()).isNull();
        assertThat(vm.unitFilterProperty().get()).isNull();
        assertThat(vm.totalHitsProperty().get()).isEqualTo(all);
    }

    /** Writes PNGs of the chips in Primer Light and Dark when -Dpassage.snapshots=DIR is set (to look at, by a person). */
    @Test
    void lookAtIt(FxRobot robot) {
        java.io.File out = Snapshots.folder();
        org.junit.jupiter.api.Assumptions.assumeTrue(out != null, "set -Dpassage.snapshots=DIR to write PNGs");
        robot.clickOn(".search-query").write("fejl*").type(KeyCode.ENTER);
        robot.clickOn(".filter-speaker .filter-button").write("Leder").type(KeyCode.ENTER);
        robot.clickOn(".search-where").write("psych_safety >= 4").type(KeyCode.ENTER);
        robot.clickOn(".filter-chip .filter-chip-label");
        Node root = robot.lookup(".search-view").query();
        robot.interact(() -> Snapshots.write(root, new java.io.File(out, "search-chips-light.png")));
        robot.interact(() -> {
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
            root.applyCss();
        });
        robot.interact(() -> Snapshots.write(root, new java.io.File(out, "search-chips-dark.png")));
        robot.interact(() -> javafx.application.Application.setUserAgentStylesheet(
            new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
    }
}
