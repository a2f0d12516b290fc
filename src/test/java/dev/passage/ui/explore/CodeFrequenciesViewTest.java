package dev.passage.ui.explore;

import dev.passage.mixed.StudyFixture;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.ui.search.Snapshots;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import atlantafx.base.theme.PrimerLight;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The code frequencies window's content on the hand-counted study: bars, table, a click on a bar part, Where chips. */
@ExtendWith(ApplicationExtension.class)
class CodeFrequenciesViewTest {
    @TempDir
    static Path dir;
    static StudyFixture f;
    static ProjectContext context;
    CodeFrequenciesViewModel vm;
    CodeFrequenciesView view;

    @BeforeAll
    static void study() throws Exception {
        f = new StudyFixture(dir);
        f.unitNumber("size", Map.of(f.north, 10.0, f.south, 30.0));
        context = UiFixtures.context(f.session, new SynchronousTasks());
    }

    @AfterAll
    static void close() {
        context.detach();
        f.close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        vm = new CodeFrequenciesViewModel(context);
        view = new CodeFrequenciesView(vm, context.messages());
        stage.setScene(new Scene(view.root(), 1100, 640));
        stage.show();
        vm.refresh();
    }

    @Test
    void showsABarPerCodeAndAClickOnAPartListsItsSegments(FxRobot robot) {
        assertThat(view.bars().getChildren()).hasSize(3);
        HBox safety = (HBox) view.bars().getChildren().get(0);
        assertThat(((Label) safety.getChildren().get(0)).getText()).isEqualTo("Safety");
        HBox bar = (HBox) safety.getChildren().get(1);
        // North, South, West and no unit have Safety; East has none and no part
        assertThat(bar.getChildren()).hasSize(4);
        Node north = bar.getChildren().get(0);
        assertThat(north.getUserData()).isEqualTo(1);
        assertThat(north.getBoundsInLocal().getWidth()).isGreaterThan(bar.getChildren().get(1).getBoundsInLocal().getWidth());
        robot.clickOn(north);
        ListView<?> list = robot.lookup("#explore-codes-segments .list-view").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(4);
        assertThat(robot.lookup("Safety in North: 4 segments").tryQuery()).isPresent();
        Snapshot.maybe(view, "explore-codes-chart");
    }

    @Test
    void theTableHasAColumnPerGroupAndTheGroupingIsAChoice(FxRobot robot) {
        robot.clickOn("#explore-codes-table-tab");
        TableView<?> table = robot.lookup("#explore-codes-table").queryAs(TableView.class);
        // code, segments, documents + East, North, South, West, (no unit)
        assertThat(table.getColumns()).hasSize(8);
        ComboBox<?> grouping = robot.lookup("#explore-codes-grouping").queryAs(ComboBox.class);
        robot.interact(() -> vm.groupingProperty().set(CodeFrequenciesViewModel.Grouping.CODER));
        assertThat(table.getColumns()).hasSize(4);
        assertThat(grouping.getValue()).isEqualTo(CodeFrequenciesViewModel.Grouping.CODER);
        Snapshot.maybe(view, "explore-codes-table");
        robot.interact(() -> vm.groupingProperty().set(CodeFrequenciesViewModel.Grouping.UNIT));
    }

    @Test
    void aWhereConditionBecomesARemovableChip(FxRobot robot) {
        TextField where = robot.lookup("#explore-codes-where .where-input").queryAs(TextField.class);
        robot.clickOn(where).write("unit.size > 20").type(javafx.scene.input.KeyCode.ENTER);
        assertThat(robot.lookup(".filter-chip-label").queryAs(Label.class).getText()).isEqualTo("Where unit.size > 20");
        assertThat(vm.rows().get(0).total().segments()).isEqualTo(1);
        assertThat(view.bars().getChildren()).hasSize(3);
        Snapshot.maybe(view, "explore-codes-where");
        robot.clickOn(robot.lookup(".filter-chip-remove").queryAs(Button.class));
        assertThat(robot.lookup(".filter-chip-label").tryQuery()).isEmpty();
        assertThat(vm.rows().get(0).total().segments()).isEqualTo(8);
    }

    /** Writes a PNG when -Dpassage.snapshots=DIR is set (to look at). */
    static final class Snapshot {
        static void maybe(CodeFrequenciesView view, String name) {
            File out = Snapshots.folder();
            if (out != null) {
                javafx.application.Platform.runLater(() -> Snapshots.write(view.root(), new File(out, name + ".png")));
                org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            }
        }
    }
}
