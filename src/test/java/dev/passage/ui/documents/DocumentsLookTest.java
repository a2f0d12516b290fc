package dev.passage.ui.documents;

import atlantafx.base.theme.PrimerDark;
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
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Renders the pane in its states, in Primer Light and Primer Dark, to PNGs (see {@link PngSnapshot#folder()}) to look at. */
@ExtendWith(ApplicationExtension.class)
class DocumentsLookTest {
    private Path dir;
    private Stage stage;
    private final List<AutoCloseable> closing = new ArrayList<>();

    /** The sample template is built once per JVM; not on the JavaFX thread, where it would hold up the set-up. */
    @BeforeAll
    static void buildTheSampleOnce(@TempDir Path tmp) throws Exception {
        UiFixtures.sample(tmp).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        dir = Files.createTempDirectory("documents-look");
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : closing.reversed()) {
            c.close();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private DocumentsView show(FxRobot robot, ProjectSession session, ScriptedDialogs dialogs, Messages messages) {
        ProjectContext context = new ProjectContext(session, new SynchronousTasks(), messages);
        closing.add(session);
        closing.add(context::detach);
        DocumentsView[] view = new DocumentsView[1];
        robot.interact(() -> {
            view[0] = new DocumentsView(new DocumentsViewModel(context, dialogs), messages);
            stage.setScene(new Scene((Parent) view[0].root(), 330, 700));
            stage.sizeToScene();
            stage.show();
        });
        return view[0];
    }

    private static void theme(FxRobot robot, boolean dark) {
        robot.interact(() -> Application.setUserAgentStylesheet(
            dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet()));
    }

    private static BufferedImage shot(FxRobot robot, DocumentsView view, String name) {
        BufferedImage[] img = new BufferedImage[1];
        robot.interact(() -> img[0] = PngSnapshot.write(view.root(), name));
        return img[0];
    }

    @Test
    void theSampleStudyInBothThemes(FxRobot robot) throws Exception {
        ProjectSession session = UiFixtures.sample(dir);
        DocumentsView view = show(robot, session, new ScriptedDialogs(), Messages.english());
        robot.clickOn(org.testfx.matcher.control.LabeledMatchers.hasText("Interview 05 \u2013 nurse"));
        for (boolean dark : new boolean[] {false, true}) {
            theme(robot, dark);
            BufferedImage img = shot(robot, view, "documents-" + (dark ? "dark" : "light"));
            assertThat(img.getWidth()).isEqualTo(330);
            double lum = PngSnapshot.meanLuminance(img);
            if (dark) {
                assertThat(lum).as("dark theme is dark").isLessThan(0.35);
            } else {
                assertThat(lum).as("light theme is light").isGreaterThan(0.7);
            }
        }
        theme(robot, false);
        robot.interact(() -> view.showDropTarget(true));
        shot(robot, view, "documents-drop-light");
        theme(robot, true);
        shot(robot, view, "documents-drop-dark");
        theme(robot, false);
        robot.interact(() -> view.showDropTarget(false));
        robot.interact(() -> stage.setWidth(520));
        shot(robot, view, "documents-wide-light");
        robot.clickOn("#documents-filter").write("zzz");
        shot(robot, view, "documents-nomatch-light");
    }

    @Test
    void emptyAndImportingInBothThemes(FxRobot robot) throws Exception {
        ProjectSession session = ProjectSession.create(dir.resolve("e.passage"), "E", Language.DA, "anna");
        ScriptedDialogs dialogs = new ScriptedDialogs();
        DocumentsView view = show(robot, session, dialogs, new Messages(Locale.of("da")));
        for (boolean dark : new boolean[] {false, true}) {
            theme(robot, dark);
            BufferedImage img = shot(robot, view, "documents-empty-" + (dark ? "dark" : "light"));
            assertThat(PngSnapshot.meanLuminance(img)).isBetween(dark ? 0.0 : 0.7, dark ? 0.35 : 1.0);
        }
        theme(robot, false);
        Path folder = Files.createDirectories(dir.resolve("in"));
        for (int i = 1; i <= 3; i++) {
            Files.writeString(folder.resolve("Interview " + i + ".txt"), "I: Spørgsmål\nR: Svar\nI: Mere\nR: Ja\n");
        }
        Files.writeString(folder.resolve("tal.xlsx"), "x");
        List<BufferedImage> during = new ArrayList<>();
        dialogs.folderAnswers.push(folder);
        javafx.beans.value.ChangeListener<Number> snap = (o, a, b) -> {
            if (b.doubleValue() > 0.3 && during.isEmpty()) {
                during.add(PngSnapshot.write(view.root(), "documents-importing-light"));
            }
        };
        robot.interact(() -> {
            var bar = (javafx.scene.control.ProgressBar) view.root().lookup(".import-bar .progress-bar");
            bar.progressProperty().addListener(snap);
            view.importFolder();
        });
        robot.clickOn("#import-preview-import"); // the folder's files are shown first
        assertThat(during).hasSize(1);
        shot(robot, view, "documents-imported-light");
        theme(robot, true);
        shot(robot, view, "documents-imported-dark");
        theme(robot, false);
    }
}
