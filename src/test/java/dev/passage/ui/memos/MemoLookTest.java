package dev.passage.ui.memos;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.passage.model.Memo.MemoTarget;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.ui.search.Snapshots;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Writes PNGs of the memo view in Primer Light and Dark when -Dpassage.snapshots=DIR is set (to look at, by a person). */
@ExtendWith(ApplicationExtension.class)
class MemoLookTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    MemoViewModel vm;
    MemoView view;

    @BeforeAll
    static void buildSample(@TempDir Path warm) throws Exception {
        UiFixtures.sample(warm).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
        vm = new MemoViewModel(context, new UiFixtures.ScriptedDialogs());
        view = new MemoView(vm, context.messages());
        stage.setScene(new Scene((Parent) view.root(), 1280, 360));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        context.detach();
        session.close();
    }

    @Test
    void lookAtIt(FxRobot robot) {
        File out = Snapshots.folder();
        assumeTrue(out != null, "set -Dpassage.snapshots=DIR to write PNGs");
        robot.interact(() -> {
            context.openDocumentProperty().set(4L);
            context.selectedCodeProperty().set(session.codebook().resolve("Psychological safety/Speaking up").id());
        });
        robot.interact(() -> Snapshots.write(view.root(), new File(out, "memos-idle-light.png")));
        robot.interact(() -> vm.select(vm.entries().getFirst()));
        robot.interact(() -> vm.textProperty().set(vm.textProperty().get() + " (edited)"));
        robot.interact(() -> Snapshots.write(view.root(), new File(out, "memos-light.png")));
        robot.interact(() -> vm.targetProperty().set(MemoTarget.CODE));
        robot.interact(() -> Snapshots.write(view.root(), new File(out, "memos-code-empty-light.png")));
        robot.interact(() -> {
            context.selectedCodingProperty().set(session.coding().forDocument(1).getFirst().id());
            vm.targetProperty().set(MemoTarget.CODING);
        });
        robot.interact(() -> vm.select(vm.entries().getFirst()));
        robot.interact(() -> Snapshots.write(view.root(), new File(out, "memos-coding-light.png")));
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
            vm.targetProperty().set(MemoTarget.PROJECT);
        });
        robot.interact(() -> vm.select(vm.entries().get(1)));
        robot.interact(() -> Snapshots.write(view.root(), new File(out, "memos-dark.png")));
        assertThat(new File(out, "memos-dark.png")).exists();
    }
}
