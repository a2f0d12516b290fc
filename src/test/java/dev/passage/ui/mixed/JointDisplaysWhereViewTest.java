package dev.passage.ui.mixed;

import atlantafx.base.theme.PrimerLight;
import dev.passage.mixed.StudyFixture;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.ui.search.Snapshots;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The joint displays' Where field: a typed condition becomes a chip the matrix counts under; Quantitize says it does not take it. */
@ExtendWith(ApplicationExtension.class)
class JointDisplaysWhereViewTest {
    @TempDir
    static Path dir;
    static StudyFixture f;
    static ProjectContext context;
    JointDisplaysViewModel vm;
    JointDisplaysView view;

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
        vm = new JointDisplaysViewModel(context, new UiFixtures.ScriptedDialogs());
        view = new JointDisplaysView(vm, context.messages());
        stage.setScene(new Scene((Parent) view.root(), 1200, 640));
        stage.show();
    }

    @Test
    void aTypedConditionIsAChipAndQuantitizeSaysItDoesNotApply(FxRobot robot) {
        TextField where = robot.lookup(".mixed-where .where-input").queryAs(TextField.class);
        robot.clickOn(where).write("unit.size > 20").type(KeyCode.ENTER);
        assertThat(robot.lookup(".mixed-where .filter-chip-label").queryAs(Label.class).getText()).isEqualTo("Where unit.size > 20");
        assertThat(view.matrix().table().getItems().getLast().total().segments()).isEqualTo(3); // any code in South: 1 + 2
        @SuppressWarnings("unchecked")
        ComboBox<Boolean> columns = robot.lookup(".mixed-matrix-columns").queryAs(ComboBox.class);
        robot.interact(() -> columns.setValue(true));
        assertThat(vm.matrix().columns()).extracting(MatrixColumn::name).containsExactly("Interview South");
        snapshot(robot, "mixed-matrix-where-documents");
        robot.clickOn("#mixed-tab-quantitize");
        Label note = robot.lookup(".mixed-where-note").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).contains("do not apply");
        snapshot(robot, "mixed-quantitize-where-note");
        robot.clickOn(".mixed-where .filter-chip-remove");
        assertThat(note.isVisible()).isFalse();
    }

    private void snapshot(FxRobot robot, String name) {
        File out = Snapshots.folder();
        if (out != null) {
            robot.interact(() -> Snapshots.write(view.root(), new File(out, name + ".png")));
        }
    }
}
