package dev.passage.ui.documents;

import atlantafx.base.theme.PrimerLight;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.common.FxBackgroundTasks;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
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
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** With the workbench's real background worker: loading and importing run off the JavaFX thread and the pane follows. */
@ExtendWith(ApplicationExtension.class)
class DocumentsBackgroundTest {
    private Path dir;
    private ProjectSession session;
    private ProjectContext context;
    private FxBackgroundTasks tasks;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private DocumentsViewModel vm;
    private final List<String> uiThreadViolations = new ArrayList<>();

    @BeforeAll
    static void buildTheSampleOnce(@TempDir Path tmp) throws Exception {
        UiFixtures.sample(tmp).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        dir = Files.createTempDirectory("documents-background");
        session = UiFixtures.sample(dir);
        tasks = new FxBackgroundTasks();
        context = new ProjectContext(session, tasks, Messages.english());
        vm = new DocumentsViewModel(context, dialogs);
        vm.allDocuments().addListener((javafx.collections.ListChangeListener<DocumentRow>) c -> {
            if (!javafx.application.Platform.isFxApplicationThread()) {
                uiThreadViolations.add("documents changed on " + Thread.currentThread().getName());
            }
        });
        vm.importProgressProperty().addListener((o, a, b) -> {
            if (!javafx.application.Platform.isFxApplicationThread()) {
                uiThreadViolations.add("progress changed on " + Thread.currentThread().getName());
            }
        });
        DocumentsView view = new DocumentsView(vm, Messages.english());
        stage.setScene(new Scene((Parent) view.root(), 320, 600));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        context.detach();
        session.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void loadingAndImportingRunInTheBackground(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.allDocuments().size() == 16);
        Path folder = Files.createDirectories(dir.resolve("batch"));
        for (int i = 1; i <= 5; i++) {
            Files.writeString(folder.resolve("Batch " + i + ".txt"), "I: Spørgsmål " + i + "\nR: Svar\nI: Mere\nR: Ja\n");
        }
        dialogs.folderAnswers.push(folder);
        robot.interact(vm::importFolder);
        // the folder's files are listed first (in the background), all five checked; Import takes them
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#import-preview-import").tryQuery()
                                                                   .map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#import-preview-import");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.importingProperty().get() && vm.allDocuments().size() == 21);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.importSummaryProperty().get()).isEqualTo("Imported 5 documents.");
        assertThat(uiThreadViolations).isEmpty();
        assertThat(dialogs.errors).isEmpty();

        // a coding made elsewhere (on the worker, as the other panes do) shows in the coded share
        DocumentRow first = vm.allDocuments().stream().filter(r -> r.name().equals("Batch 1")).findFirst().orElseThrow();
        long codeId = session.codebook().codebook().all().getFirst().id();
        tasks.submit("code", p -> session.coding().apply(first.id(), 0, first.length(), codeId), c -> { }, e -> { });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.allDocuments().stream()
            .anyMatch(r -> r.id() == first.id() && r.codedShare() == 1.0));
        assertThat(uiThreadViolations).isEmpty();
    }
}
