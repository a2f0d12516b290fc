package dev.passage.ui.explore;

import atlantafx.base.theme.PrimerLight;
import dev.passage.mixed.StudyFixture;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.ui.search.Snapshots;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The co-occurrence window's content: the pairs list and the code × code table, each opening the segments where both occur. */
@ExtendWith(ApplicationExtension.class)
class CoOccurrenceViewTest {
    @TempDir
    static Path dir;
    static StudyFixture f;
    static ProjectContext context;
    CoOccurrenceViewModel vm;
    CoOccurrenceView view;

    @BeforeAll
    static void study() throws Exception {
        f = new StudyFixture(dir);
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
        vm = new CoOccurrenceViewModel(context);
        view = new CoOccurrenceView(vm, context.messages());
        stage.setScene(new Scene(view.root(), 1100, 640));
        stage.show();
        vm.count();
    }

    @Test
    void aClickOnAPairListsItsSegments(FxRobot robot) {
        assertThat(view.list().getItems()).hasSize(2);
        robot.clickOn(robot.lookup("#explore-pairs-list .list-cell").nth(1).queryAs(javafx.scene.Node.class));
        ListView<?> segments = robot.lookup("#explore-pairs-segments .list-view").queryAs(ListView.class);
        assertThat(segments.getItems()).hasSize(2);
        snapshot(robot, "explore-pairs-list");
    }

    @Test
    void theTableIsCodesByCodesAndACellOpensItsPair(FxRobot robot) {
        robot.clickOn("#explore-pairs-table-tab");
        TableView<CoOccurrenceViewModel.CodeInfo> table = view.table();
        assertThat(table.getColumns()).hasSize(4);
        // row Safety, column Learning (the fourth column)
        robot.interact(() -> table.getSelectionModel().select(0, table.getColumns().get(3)));
        ListView<?> segments = robot.lookup("#explore-pairs-segments .list-view").queryAs(ListView.class);
        assertThat(segments.getItems()).hasSize(3);
        snapshot(robot, "explore-pairs-table");
    }

    private void snapshot(FxRobot robot, String name) {
        File out = Snapshots.folder();
        if (out != null) {
            robot.interact(() -> Snapshots.write(view.root(), new File(out, name + ".png")));
        }
    }
}
