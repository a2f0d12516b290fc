package dev.passage.ui.history;

import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class HistoryViewTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    HistoryViewModel vm;

    @BeforeAll
    static void buildSample(@TempDir Path warm) throws Exception {
        UiFixtures.sample(warm).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
        vm = new HistoryViewModel(context, new ScriptedDialogs());
        stage.setScene(new Scene((javafx.scene.Parent) new HistoryView(vm, context.messages()).root(), 1000, 420));
        stage.show();
    }

    @AfterEach
    void close() {
        vm.dispose();
        context.detach();
        session.close();
    }

    @Test
    void showsANewEditAtTheTopAndFiltersByCoder(FxRobot robot) {
        robot.interact(() -> {
            session.coding().setCoder("ben");
            session.codebook().addPath("Shown in history", null, null);
        });
        TableView<HistoryRow> table = robot.lookup("#history-table").queryTableView();
        assertThat(table.getItems().getFirst().object()).isEqualTo("Shown in history");
        assertThat(robot.lookup(".table-cell").queryAll().stream().map(n -> ((javafx.scene.control.TableCell<?, ?>) n).getText()))
            .contains("Add code", "Shown in history", "ben");

        ComboBox<String> coder = robot.lookup("#history-coder").queryComboBox();
        robot.interact(() -> coder.setValue("ben"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).singleElement().extracting(HistoryRow::coder).isEqualTo("ben");
        assertThat(robot.lookup("#history-status").queryAs(Label.class).getText()).isEqualTo("1 edit by ben");
    }
}
