package dev.passage.ui.segments;

import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class SegmentsViewTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    SegmentsViewModel vm;
    SegmentsView view;
    Stage stage;

    @BeforeAll
    static void buildSample(@TempDir Path warm) throws Exception {
        UiFixtures.sample(warm).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
        vm = new SegmentsViewModel(context, new UiFixtures.ScriptedDialogs());
        view = new SegmentsView(vm, context.messages());
        stage.setScene(new Scene((Parent) view.root(), 1000, 420));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        context.detach();
        session.close();
    }

    private long code(String path) {
        return session.codebook().resolve(path).id();
    }

    @SuppressWarnings("unchecked")
    private ListView<SegmentRow> list(FxRobot robot) {
        return robot.lookup(".segments-list").queryAs(ListView.class);
    }

    @Test
    void showsTheSelectedCodesSegmentsWithACount(FxRobot robot) {
        assertThat(robot.lookup(".segments-placeholder").queryAs(Label.class).getText()).startsWith("Select a code in the codebook");

        robot.interact(() -> context.selectedCodeProperty().set(code("Psychological safety/Speaking up")));

        assertThat(robot.lookup(".segments-header").queryAs(Label.class).getText()).isEqualTo("Segments of \"Speaking up\" (15)");
        assertThat(list(robot).getItems()).hasSize(15);
        assertThat(robot.lookup(".segment-code").queryAs(Label.class).getText()).isEqualTo("Psychological safety/Speaking up");
        Label firstText = robot.lookup(".segment-text").queryAs(Label.class);
        assertThat(firstText.getText()).isEqualTo(list(robot).getItems().getFirst().text().strip());
        assertThat(firstText.isWrapText()).isTrue();
    }

    @Test
    void doubleClickingASegmentNavigatesToIt(FxRobot robot) {
        robot.interact(() -> context.selectedCodeProperty().set(code("Peer coaching")));
        SegmentRow second = list(robot).getItems().get(1);
        Node cell = robot.lookup(".segment-cell").nth(1).query();

        robot.doubleClickOn(cell, MouseButton.PRIMARY);

        assertThat(context.revealProperty().get()).isEqualTo(second.location());
        assertThat(context.openDocumentProperty().get()).isEqualTo(second.documentId());
    }

    @Test
    void singleClickSelectsWithoutNavigatingAndEnterNavigates(FxRobot robot) {
        robot.interact(() -> context.selectedCodeProperty().set(code("Peer coaching")));
        robot.clickOn(robot.lookup(".segment-cell").nth(0).queryAs(Node.class));
        assertThat(context.revealProperty().get()).isNull();

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        assertThat(context.revealProperty().get()).isEqualTo(list(robot).getItems().get(1).location());
    }

    @Test
    void typingInTheFilterNarrowsTheList(FxRobot robot) {
        robot.interact(() -> context.selectedCodeProperty().set(code("Psychological safety")));
        assertThat(list(robot).getItems()).hasSize(58);

        robot.clickOn(robot.lookup(".segment-cell").nth(0).queryAs(Node.class));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(robot.lookup(".segments-filter").queryAs(TextField.class).isFocused()).isTrue();
        robot.write("jonas");

        assertThat(list(robot).getItems()).isNotEmpty().hasSizeLessThan(58).allMatch(r -> r.coder().equals("jonas"));
        assertThat(robot.lookup(".segments-header").queryAs(Label.class).getText())
            .isEqualTo("Segments of \"Psychological safety\" (" + list(robot).getItems().size() + " of 58)");

        robot.type(KeyCode.ESCAPE);
        assertThat(list(robot).getItems()).hasSize(58);
    }

    @Test
    void subCodesToggleByCheckBoxAndShortcut(FxRobot robot) {
        robot.interact(() -> context.selectedCodeProperty().set(code("Psychological safety")));

        robot.clickOn(".segments-subcodes");
        assertThat(list(robot).getItems()).hasSize(4);
        assertThat(robot.lookup(".segments-subcodes").queryAs(CheckBox.class).isSelected()).isFalse();

        robot.clickOn(".segments-filter");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U).release(KeyCode.U, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(list(robot).getItems()).hasSize(58);
    }

    @Test
    void popOutOpensAWindowThatFollowsTheSelectedCode(FxRobot robot) {
        robot.interact(() -> context.selectedCodeProperty().set(code("Peer coaching")));

        robot.clickOn(".segments-pop-out");

        Stage popped = (Stage) Window.getWindows().stream().filter(w -> w != stage).findFirst().orElseThrow();
        assertThat(popped.isShowing()).isTrue();
        assertThat(popped.getTitle()).isEqualTo("Segments – Passage");
        assertThat(popped.getOwner()).isSameAs(stage);
        assertThat(popped.getModality()).isEqualTo(javafx.stage.Modality.NONE);
        assertThat(robot.from(popped.getScene().getRoot()).lookup(".segments-pop-out").tryQuery()).isEmpty();
        Label poppedHeader = robot.from(popped.getScene().getRoot()).lookup(".segments-header").queryAs(Label.class);
        assertThat(poppedHeader.getText()).isEqualTo("Segments of \"Peer coaching\" (17)");

        robot.interact(() -> context.selectedCodeProperty().set(code("Barriers/Silo work")));
        assertThat(poppedHeader.getText()).isEqualTo("Segments of \"Silo work\" (11)");

        // it stays usable while the main window works on: double-click in it navigates
        @SuppressWarnings("unchecked")
        ListView<SegmentRow> poppedList = robot.from(popped.getScene().getRoot()).lookup(".segments-list").queryAs(ListView.class);
        SegmentRow first = poppedList.getItems().getFirst();
        robot.doubleClickOn(robot.from(popped.getScene().getRoot()).lookup(".segment-cell").nth(0).queryAs(Node.class));
        assertThat(context.revealProperty().get()).isEqualTo(first.location());

        robot.interact(popped::close);
        robot.interact(() -> context.selectedCodeProperty().set(code("Peer coaching")));
        assertThat(poppedHeader.getText()).isEqualTo("Segments of \"Silo work\" (11)");
    }
}
