package dev.passage.ui.documents;

import atlantafx.base.theme.PrimerLight;
import dev.passage.model.Language;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class DocumentsEmptyViewTest {
    private Path dir;
    private ProjectSession session;
    private ProjectContext context;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        dir = Files.createTempDirectory("documents-empty");
        session = ProjectSession.create(dir.resolve("empty.passage"), "Empty", Language.DA, "anna");
        context = UiFixtures.context(session, new SynchronousTasks());
        DocumentsView view = new DocumentsView(new DocumentsViewModel(context, dialogs), Messages.english());
        stage.setScene(new Scene((Parent) view.root(), 320, 600));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        context.detach();
        session.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void theEmptyProjectTeachesImportingAndItsButtonImports(FxRobot robot) throws Exception {
        var hint = robot.lookup(LabeledMatchers.hasText("Import transcripts (Ctrl+I) or drop files here")).queryAs(Label.class);
        assertThat(hint.isVisible()).isTrue();
        assertThat(robot.lookup("#documents-empty").query().isVisible()).isTrue();
        assertThat(robot.lookup("#documents-tree").query().isVisible()).isFalse();
        assertThat(robot.lookup(".documents-filter-box").query().isVisible()).as("nothing to filter yet").isFalse();

        Path file = Files.writeString(dir.resolve("Leder 1.txt"), "I: Hvordan går det?\nL: Godt.\nI: Og fejl?\nL: Vi taler om dem.\n");
        dialogs.fileAnswers.push(List.of(file));
        robot.clickOn("#documents-empty-import");

        assertThat(robot.lookup("#documents-empty").query().isVisible()).isFalse();
        assertThat(robot.lookup("#documents-tree").query().isVisible()).isTrue();
        assertThat(robot.lookup(LabeledMatchers.hasText("Leder 1")).tryQuery()).isPresent();
        assertThat(robot.lookup(LabeledMatchers.hasText("Name")).tryQuery()).as("no units: a flat list").isPresent();
        assertThat(context.openDocumentProperty().get())
            .isEqualTo(session.documents().idByName("Leder 1").orElseThrow());
    }
}
