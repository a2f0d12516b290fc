package dev.passage.ui.start;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.passage.model.Language;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.BackgroundTasks;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.ui.common.TaskHandle;
import dev.passage.ui.documents.PngSnapshot;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Renders the start screen (with recent projects, with the form, empty; light and dark) to PNGs to look at. */
@ExtendWith(ApplicationExtension.class)
class StartLookTest {
    private Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        dir = Files.createTempDirectory("start-look");
    }

    @AfterEach
    void clean() throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private StartView show(FxRobot robot, RecentProjects recents, Messages messages) {
        StartViewModel vm = new StartViewModel(new SynchronousTasks(), new ScriptedDialogs(), messages, recents, dir.resolve("home"), p -> { });
        StartView[] view = new StartView[1];
        robot.interact(() -> {
            view[0] = new StartView(vm, messages);
            stage.setScene(new Scene((Parent) view[0].root(), 1000, 660));
            stage.sizeToScene();
            stage.show();
        });
        return view[0];
    }

    private static BufferedImage shot(FxRobot robot, StartView view, boolean dark, String name) {
        BufferedImage[] img = new BufferedImage[1];
        robot.interact(() -> {
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
            img[0] = PngSnapshot.write(view.root(), name + "-" + (dark ? "dark" : "light"));
        });
        return img[0];
    }

    @Test
    void withRecentProjectsAndTheForm(FxRobot robot) throws Exception {
        Path a = dir.resolve("learning.passage");
        ProjectSession.create(a, "Learning culture 2026", Language.DA, "anna").close();
        Path b = dir.resolve("pilot.passage");
        ProjectSession.create(b, "Pilot interviews", Language.EN, "anna").close();
        RecentProjects recents = new RecentProjects(dir.resolve("settings"));
        recents.add(dir.resolve("old/moved.passage"), "Teamwork study 2024");
        recents.add(b, "Pilot interviews");
        recents.add(a, "Learning culture 2026");
        StartView view = show(robot, recents, Messages.english());
        for (boolean dark : new boolean[] {false, true}) {
            BufferedImage img = shot(robot, view, dark, "start");
            assertThat(img.getWidth()).isEqualTo(1000);
            assertThat(PngSnapshot.meanLuminance(img)).isBetween(dark ? 0.0 : 0.7, dark ? 0.35 : 1.0);
        }
        robot.interact(view::newProject);
        robot.write("Læringskultur 2027");
        shot(robot, view, false, "start-form");
        shot(robot, view, true, "start-form");
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @Test
    void busyBuildingTheSample(FxRobot robot) {
        Messages messages = Messages.english();
        BackgroundTasks never = new BackgroundTasks() { // work that has not finished yet
            @Override
            public <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> ok, Consumer<? super Throwable> failed) {
                return new TaskHandle(title);
            }

            @Override
            public void onUiThread(Runnable action) {
                action.run();
            }
        };
        StartViewModel vm = new StartViewModel(never, new ScriptedDialogs(), messages, new RecentProjects(dir.resolve("s")), dir, p -> { });
        StartView[] view = new StartView[1];
        robot.interact(() -> {
            view[0] = new StartView(vm, messages);
            stage.setScene(new Scene((Parent) view[0].root(), 1000, 660));
            stage.show();
            vm.openSample();
        });
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(robot.lookup("#start-busy").query().isVisible()).isTrue();
        assertThat(robot.lookup("#start-sample").queryButton().isDisabled()).isTrue();
        shot(robot, view[0], false, "start-busy");
    }

    @Test
    void firstStartInDanish(FxRobot robot) {
        StartView view = show(robot, new RecentProjects(dir.resolve("settings")), new Messages(Locale.of("da")));
        shot(robot, view, false, "start-empty-da");
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }
}
