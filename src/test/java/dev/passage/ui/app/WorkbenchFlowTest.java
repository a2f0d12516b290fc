package dev.passage.ui.app;

import dev.passage.model.Code;
import dev.passage.model.Coding;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.Messages;
import dev.passage.session.SessionStores;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import static dev.passage.ui.app.WorkbenchHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main flows through the whole workbench, as a researcher does them: the real composition root, the real background
 * worker, keyboard and mouse through the robot, and the project's data checked in the core.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchFlowTest {
    @TempDir
    static Path tmp;

    private ProjectSession session;
    private WorkbenchHarness harness;
    private Workbench workbench;
    private final UiFixtures.ScriptedDialogs dialogs = new UiFixtures.ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        session = UiFixtures.sample(tmp.resolve("run-" + System.nanoTime()));
        harness = WorkbenchHarness.show(stage, session, dialogs, Messages.english());
        workbench = harness.workbench();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private StyleClassedTextArea transcript(FxRobot robot) {
        return robot.lookup(".transcript-text").queryAs(StyleClassedTextArea.class);
    }

    private List<Coding> codings() {
        return SessionStores.of(session).database().read(a -> a.codings().all());
    }

    private Code code(String path) {
        return session.codebook().resolve(path);
    }

    @Test
    void opensOnADocumentThenCodesWithThePickerAndUndoes(FxRobot robot) throws Exception {
        waitUntil(() -> !transcript(robot).getText().isEmpty());
        StyleClassedTextArea area = transcript(robot);
        String text = area.getText();
        int start = text.indexOf("Det lærte vi i går");
        assertThat(start).isPositive();
        int end = start + "Det lærte vi i går".length();
        int before = codings().size();

        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(start, end);
        });
        robot.type(KeyCode.C);
        waitUntil(() -> robot.lookup(".code-picker-field").tryQuery().isPresent());
        robot.write("learning pract").type(KeyCode.ENTER);

        long learning = code("Organisational learning practices").id();
        waitUntil(() -> codings().size() == before + 1);
        assertThat(codings()).anySatisfy(c -> {
            assertThat(c.codeId()).isEqualTo(learning);
            assertThat(text.substring(c.start(), c.end())).isEqualTo("Det lærte vi i går");
            assertThat(c.coder()).isEqualTo("anna");
        });
        waitUntil(() -> area.getStyleOfChar(start + 2).stream().anyMatch(s -> s.startsWith("code-")));

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> codings().size() == before);
        assertThat(codings()).noneMatch(c -> c.codeId() == learning && c.start() == start && c.end() == end);
    }

    @Test
    void dragsACodeOntoTheSelectedText(FxRobot robot) throws Exception {
        waitUntil(() -> !transcript(robot).getText().isEmpty());
        StyleClassedTextArea area = transcript(robot);
        String text = area.getText();
        int start = text.indexOf("Hvad står der typisk i det felt?");
        int end = start + "Hvad står der typisk i det felt?".length();
        robot.interact(() -> area.selectRange(start, end));
        long peer = code("Peer coaching").id();

        robot.drag(robot.lookup(".code-name").match((javafx.scene.Node n) -> n instanceof javafx.scene.control.Label l
                                                                           && l.getText().equals("Peer coaching")).queryAs(javafx.scene.Node.class))
             .dropTo(".transcript-text");

        waitUntil(() -> codings().stream().anyMatch(c -> c.codeId() == peer && c.start() == start && c.end() == end));
    }

    @Test
    void searchesEverythingAndCodesAllHits(FxRobot robot) throws Exception {
        waitUntil(() -> !transcript(robot).getText().isEmpty());
        robot.clickOn(".global-search").write("tavlen").type(KeyCode.ENTER);
        TabPane dock = robot.lookup(".dock").queryAs(TabPane.class);
        waitUntil(() -> dock.getSelectionModel().getSelectedItem().getText().contains("hits"));
        Tab searchTab = dock.getSelectionModel().getSelectedItem();
        assertThat(searchTab.getText()).startsWith("Search");

        int before = codings().size();
        robot.clickOn(".search-code-all");
        robot.clickOn(".code-all-field").write("Organisational learning practices");
        robot.clickOn(".scope-turn");
        robot.clickOn("Code them");
        waitUntil(() -> codings().size() > before);
        int added = codings().size() - before;
        assertThat(added).isPositive();

        robot.clickOn(".transcript-text"); // in a text field Ctrl+Z undoes typing, as everywhere
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> codings().size() == before); // all hits coded in one step, undone in one step
    }

    @Test
    void theTopSearchBoxAndTheSearchTabShowTheSameQuery(FxRobot robot) throws Exception {
        waitUntil(() -> !transcript(robot).getText().isEmpty());
        robot.clickOn(".global-search").write("tavlen").type(KeyCode.ENTER);
        javafx.scene.control.TextField tab = robot.lookup(".search-query").queryAs(javafx.scene.control.TextField.class);
        javafx.scene.control.TextField top = robot.lookup(".global-search").queryAs(javafx.scene.control.TextField.class);
        waitUntil(() -> tab.getText().equals("tavlen"));

        robot.interact(() -> tab.setText("fejl"));

        assertThat(top.getText()).isEqualTo("fejl");
    }

    @Test
    void opensASegmentFromTheSegmentsBrowser(FxRobot robot) throws Exception {
        waitUntil(() -> !transcript(robot).getText().isEmpty());
        // the codebook's row (the transcript's stripes name their codes too)
        robot.clickOn(robot.lookup(".code-name").match((javafx.scene.Node n) -> n instanceof javafx.scene.control.Label l
                                                                             && l.getText().equals("Peer coaching")).queryAs(javafx.scene.Node.class));
        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup(".segments-list").queryAs(ListView.class);
        waitUntil(() -> !list.getItems().isEmpty());
        long peer = code("Peer coaching").id();
        List<Coding> peerCodings = codings().stream().filter(c -> c.codeId() == peer).toList();
        assertThat(list.getItems()).hasSize(peerCodings.size());

        // the last segment is in another interview than the one open at start
        robot.interact(() -> list.getSelectionModel().selectLast());
        robot.clickOn(list).type(KeyCode.END).type(KeyCode.ENTER);
        java.util.Comparator<Coding> listOrder = java.util.Comparator
            .comparing((Coding c) -> SessionStores.of(session).database().read(a -> a.documents().name(c.documentId()).orElse("")))
            .thenComparingInt(Coding::start);
        Coding target = peerCodings.stream().max(listOrder).orElseThrow(); // the browser lists by document, then position
        String expected = SessionStores.of(session).database().read(a -> a.documents().text(target.documentId())).orElseThrow()
                                 .substring(target.start(), target.end());
        waitUntil(() -> transcript(robot).getSelectedText().equals(expected));
    }
}
