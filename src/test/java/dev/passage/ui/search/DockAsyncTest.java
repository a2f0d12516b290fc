package dev.passage.ui.search;

import dev.passage.model.Memo.MemoTarget;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.FxBackgroundTasks;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.memos.MemoView;
import dev.passage.ui.memos.MemoViewModel;
import dev.passage.ui.segments.SegmentsView;
import dev.passage.ui.segments.SegmentsViewModel;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The three dock views together with the real background worker: work runs off the FX thread and results arrive on it. */
@ExtendWith(ApplicationExtension.class)
class DockAsyncTest {
    @TempDir
    Path dir;
    ProjectSession session;
    FxBackgroundTasks tasks;
    ProjectContext context;
    SearchViewModel search;
    SegmentsViewModel segments;
    MemoViewModel memos;
    SearchView searchView;

    @BeforeAll
    static void buildSample(@TempDir Path warm) throws Exception {
        UiFixtures.sample(warm).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        session = UiFixtures.sample(dir);
        tasks = new FxBackgroundTasks();
        context = UiFixtures.context(session, tasks);
        var dialogs = new UiFixtures.ScriptedDialogs();
        search = new SearchViewModel(context, dialogs);
        segments = new SegmentsViewModel(context, dialogs);
        memos = new MemoViewModel(context, dialogs);
        searchView = new SearchView(search, context.messages());
        SegmentsView segmentsView = new SegmentsView(segments, context.messages());
        MemoView memoView = new MemoView(memos, context.messages());
        Tab t1 = new Tab();
        t1.textProperty().bind(searchView.titleProperty());
        t1.setContent(searchView.root());
        Tab t2 = new Tab();
        t2.textProperty().bind(segmentsView.titleProperty());
        t2.setContent(segmentsView.root());
        Tab t3 = new Tab();
        t3.textProperty().bind(memoView.titleProperty());
        t3.setContent(memoView.root());
        TabPane dock = new TabPane(t1, t2, t3);
        dock.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        stage.setScene(new Scene(dock, 1200, 420));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        context.detach();
        session.close();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void searchCodeAllHitsSegmentsAndMemosWorkInTheBackground(FxRobot robot) throws Exception {
        waitUntil(() -> !search.codePaths().isEmpty());

        robot.clickOn(".search-query").write("tavlen").type(KeyCode.ENTER);
        waitUntil(() -> search.rows().size() == 8);
        assertThat(robot.lookup(".tab-label").queryAll()).anyMatch(n -> ((javafx.scene.control.Label) n).getText().equals(
            "Search \"tavlen\" (8 hits)"));

        long code = session.codebook().resolve("Organisational learning practices").id();
        robot.interact(() -> context.selectedCodeProperty().set(code));
        waitUntil(() -> segments.totalProperty().get() == 10);

        robot.interact(() -> search.codeAllHits("Organisational learning practices", SearchViewModel.Scope.HIT));
        waitUntil(() -> search.statusProperty().get().startsWith("Coded 8 passages"));
        waitUntil(() -> segments.totalProperty().get() == 18);
        assertThat(segments.headerProperty().get()).isEqualTo("Segments of \"Organisational learning practices\" (18)");

        robot.interact(() -> session.history().undo());
        waitUntil(() -> segments.totalProperty().get() == 10);

        robot.interact(() -> {
            memos.newMemo();
            memos.titleProperty().set("Boards");
            memos.save();
            memos.textProperty().set("typed while saving");
        });
        waitUntil(() -> memos.entries().size() == 3);
        robot.interact(memos::save);
        waitUntil(() -> session.memos().forTarget(MemoTarget.PROJECT, null).stream()
                               .anyMatch(m -> m.title().equals("Boards") && m.text().equals("typed while saving")));
        assertThat(session.memos().forTarget(MemoTarget.PROJECT, null)).hasSize(3);
    }
}
