package dev.passage.ui.mixed;

import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;

/**
 * The joint displays on their own in a TestFX stage: a copy of the sample with {@link MixedUiFixture}'s scores, synchronous
 * tasks, the light theme.
 */
record JointDisplaysStage(ProjectSession session, ProjectContext context, JointDisplaysViewModel vm, JointDisplaysView view) {

    /** Builds the displays on a sample copy in {@code dir} and shows them in {@code stage}; call from {@code @Start}. */
    static JointDisplaysStage show(Stage stage, Path dir, int width, int height) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        ProjectSession session = UiFixtures.sample(dir);
        MixedUiFixture.addScores(session);
        ProjectContext context = UiFixtures.context(session, new SynchronousTasks());
        JointDisplaysViewModel vm = new JointDisplaysViewModel(context, new UiFixtures.ScriptedDialogs());
        JointDisplaysView view = new JointDisplaysView(vm, context.messages());
        stage.setScene(new Scene((Parent) view.root(), width, height));
        stage.show();
        return new JointDisplaysStage(session, context, vm, view);
    }

    /** Stops the displays and closes the project; call from {@code @AfterEach}. */
    void close() {
        vm.dispose();
        context.detach();
        session.close();
    }
}
