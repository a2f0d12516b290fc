package dev.passage.ui.app;

import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.TaskHandle;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static dev.passage.ui.app.WorkbenchHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Room for analysis: the dock can be enlarged, maximised and popped out, remembered per project; the transcript keeps its width. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchRoomTest {
    @TempDir
    static Path tmp;

    private ProjectSession session;
    private WorkbenchHarness harness;
    private Workbench workbench;
    private Stage stage;
    private final UiFixtures.ScriptedDialogs dialogs = new UiFixtures.ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        session = UiFixtures.sample(tmp.resolve("run-" + System.nanoTime()));
        harness = WorkbenchHarness.show(stage, session, dialogs, Messages.english());
        workbench = harness.workbench();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private Dock dock() {
        return workbench.window().dock();
    }

    private static void fx(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void layout(Node n) {
        fx(() -> {
            n.getScene().getRoot().applyCss();
            n.getScene().getRoot().layout();
        });
    }

    @Test
    void theDockCanTakeMostOfTheWindowAndStaysThere() {
        fx(() -> workbench.window().rows().setDividerPositions(0.15));
        layout(workbench.root());
        assertThat(workbench.window().rows().getDividerPositions()[0]).isCloseTo(0.15, within(0.02));
        fx(() -> workbench.window().rows().setDividerPositions(0.85));
        layout(workbench.root());
        assertThat(workbench.window().rows().getDividerPositions()[0]).isCloseTo(0.85, within(0.02));
    }

    @Test
    void doubleClickOnTheSearchTabMaximisesTheDockAndAgainRestoresIt(FxRobot robot) {
        BorderPane root = (BorderPane) workbench.root();
        Node header = searchTabHeader(robot);
        robot.doubleClickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(root.getCenter()).isSameAs(dock().node());
        assertThat(dock().selected()).isEqualTo(DockTab.SEARCH);
        assertThat(dock().node().getHeight()).isGreaterThan(500);

        robot.doubleClickOn(searchTabHeader(robot));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(root.getCenter()).isSameAs(workbench.window().rows());
        assertThat(workbench.window().rows().getItems()).contains(dock().node());
    }

    @Test
    void theMaximiseCommandIsInTheRegistry() {
        fx(() -> workbench.actions().find("view:maximiseDock").orElseThrow().run());
        assertThat(dock().isMaximised()).isTrue();
        fx(() -> workbench.actions().find("view:maximiseDock").orElseThrow().run());
        assertThat(dock().isMaximised()).isFalse();
    }

    private Node searchTabHeader(FxRobot robot) {
        Tab search = dock().tabs().stream().filter(t -> t.getContent() != null && t.getText().startsWith("Search")).findFirst().orElseThrow();
        return robot.lookup(".dock .tab-label").queryAllAs(Label.class).stream()
                    .filter(l -> l.getText().equals(search.getText())).findFirst().orElseThrow();
    }

    @Test
    void aPoppedOutTabIsInItsOwnWindowAndComesBackWhenItCloses() throws Exception {
        Node content = dock().tabs().get(1).getContent();
        fx(() -> dock().popOut(DockTab.SEARCH));
        Stage own = dock().window(DockTab.SEARCH);
        assertThat(own).isNotNull();
        assertThat(own.isShowing()).isTrue();
        assertThat(own.getTitle()).startsWith("Search");
        assertThat(content.getScene()).isSameAs(own.getScene());
        assertThat(dock().tabs()).noneMatch(t -> t.getText().startsWith("Search"));

        fx(own::close);
        waitUntil(() -> dock().window(DockTab.SEARCH) == null);
        assertThat(content.getScene()).isSameAs(workbench.root().getScene());
        assertThat(dock().tabs().get(1).getContent()).isSameAs(content);
        assertThat(dock().selected()).isEqualTo(DockTab.SEARCH);
    }

    @Test
    void theLayoutIsRememberedPerProject() {
        fx(() -> {
            workbench.window().rows().setDividerPositions(0.3);
            dock().show(DockTab.MEMOS);
            dock().popOut(DockTab.JOINT_DISPLAYS);
            dock().setMaximised(true);
        });
        fx(() -> LayoutMemory.save(session.folder(), workbench.window().columns(), dock(), 1260, 780, null));
        fx(() -> {
            dock().reset();
            workbench.window().resetLayout();
            dock().show(DockTab.SEGMENTS);
        });
        assertThat(dock().isMaximised()).isFalse();
        assertThat(dock().poppedOut()).isEmpty();

        fx(() -> {
            LayoutMemory.Layout l = LayoutMemory.restore(session.folder(), workbench.window().columns(), dock());
            LayoutMemory.poppedOut(l).forEach(dock()::popOut);
        });
        assertThat(dock().isMaximised()).isTrue();
        assertThat(dock().poppedOut()).containsExactly(DockTab.JOINT_DISPLAYS);
        assertThat(dock().selected()).isEqualTo(DockTab.MEMOS);
        fx(() -> dock().setMaximised(false));
        layout(workbench.root());
        assertThat(workbench.window().rows().getDividerPositions()[0]).isCloseTo(0.3, within(0.02));
    }

    @Test
    void theLayoutIsWrittenThroughAtomicWriteLikeEveryOtherFile() throws Exception {
        // AtomicWrite writes beside the file and moves it over; a write killed half-way leaves a ".NAME.HEX.part" it clears next time
        Path leftover = session.folder().resolve("." + LayoutMemory.FILE + ".1f2e3d.part");
        java.nio.file.Files.writeString(leftover, "{\"columns\":[0.2");
        fx(() -> LayoutMemory.save(session.folder(), workbench.window().columns(), dock(), 1260, 780, null));
        assertThat(leftover).doesNotExist();
        assertThat(java.nio.file.Files.readString(session.folder().resolve(LayoutMemory.FILE))).contains("\"width\":1260");
    }

    @Test
    void theTranscriptKeepsItsWidthWhenTheWindowNarrows() {
        fx(() -> {
            stage.setWidth(900);
            stage.setHeight(640);
        });
        layout(workbench.root());
        Region transcript = (Region) workbench.window().columns().getItems().get(1);
        assertThat(transcript.getWidth()).isGreaterThanOrEqualTo(MainWindow.TRANSCRIPT_MIN_WIDTH - 1);
    }

    @Test
    void theStatusBarKeepsItsHeightWhenATaskStarts() throws Exception {
        ObservableList<TaskHandle> running = FXCollections.observableArrayList();
        StatusBar[] bar = new StatusBar[1];
        fx(() -> {
            bar[0] = new StatusBar(new MainViewModel(workbench.context(), dialogs), running, Messages.english());
            BorderPane holder = new BorderPane();
            holder.setBottom(bar[0]);
            Stage other = new Stage();
            Scene s = new Scene(holder, 800, 200);
            s.getStylesheets().add(PassageApp.class.getResource("workbench.css").toExternalForm());
            other.setScene(s);
            other.show();
        });
        layout(bar[0]);
        double idle = bar[0].getHeight();
        fx(() -> running.add(new TaskHandle("Rebuilding the index")));
        Thread.sleep(500);
        layout(bar[0]);
        assertThat(bar[0].lookupAll(".progress-bar")).allMatch(Node::isVisible);
        assertThat(bar[0].getHeight()).isEqualTo(idle);
        fx(() -> bar[0].getScene().getWindow().hide());
    }
}
