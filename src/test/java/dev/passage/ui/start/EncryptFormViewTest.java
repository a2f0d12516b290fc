package dev.passage.ui.start;

import atlantafx.base.theme.PrimerLight;
import dev.passage.store.ProjectCipher;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.SynchronousTasks;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The new-project form's "Encrypt with a password": fields appear when ticked, Create waits for two equal passwords. */
@ExtendWith(ApplicationExtension.class)
class EncryptFormViewTest {
    private Path home;
    private final List<Path> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path dir = Files.createTempDirectory("encrypt-form");
        home = dir.resolve("home");
        StartViewModel vm = new StartViewModel(new SynchronousTasks(), new ScriptedDialogs(), Messages.english(),
                                               new RecentProjects(dir.resolve("settings")), home, opened::add);
        StartView view = new StartView(vm, Messages.english());
        stage.setScene(new Scene((Parent) view.root(), 960, 720));
        stage.show();
        view.newProject();
    }

    @Test
    void encryptingNeedsTheSamePasswordTwice(FxRobot robot) {
        robot.clickOn("#start-name").write("Fortrolig studie");
        assertThat(robot.lookup("#start-password").queryAs(PasswordField.class).getParent().isVisible()).isFalse();
        robot.clickOn("#start-encrypt");
        assertThat(robot.lookup("#start-password").queryAs(PasswordField.class).getParent().isVisible()).isTrue();
        Button create = robot.lookup("#start-create").queryButton();
        assertThat(create.isDisabled()).isTrue();

        robot.clickOn("#start-password").write("en lang adgangskode");
        robot.clickOn("#start-password-repeat").write("en lang adgangskod");
        assertThat(robot.lookup("#start-password-problem").queryAs(Label.class).getText()).isEqualTo("The two passwords differ.");
        assertThat(create.isDisabled()).isTrue();
        robot.write("e");
        assertThat(create.isDisabled()).isFalse();

        robot.clickOn(create);
        Path folder = home.resolve("fortrolig-studie.passage");
        assertThat(opened).containsExactly(folder);
        assertThat(ProjectCipher.isEncrypted(folder)).isTrue();
    }
}
