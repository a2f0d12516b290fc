package dev.passage.ui.start;

import dev.passage.model.Language;
import dev.passage.session.ProjectSession;
import dev.passage.store.ProjectCipher;
import dev.passage.security.ProjectKey;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** New project › Encrypt with a password, and opening an encrypted project through the password dialog. */
class EncryptedProjectStartTest {
    private static final String PASSWORD = "lang og hemmelig sætning";

    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final SynchronousTasks tasks = new SynchronousTasks();
    private final ProjectUnlocker unlocker = new ProjectUnlocker(tasks, dialogs, Messages.english());
    private final List<Path> handed = new ArrayList<>();
    private final List<ProjectSession> sessions = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private int cancels;

    private StartViewModel vm() {
        return new StartViewModel(tasks, dialogs, Messages.english(), new RecentProjects(dir.resolve("settings")), dir.resolve("home"),
                                  handed::add, unlocker);
    }

    private void open(Path folder) {
        unlocker.open(folder, "anna", sessions::add, failures::add, () -> cancels++);
    }

    @AfterEach
    void closeSessions() {
        sessions.forEach(ProjectSession::close);
    }

    @Test
    void aNewProjectEncryptedWithAPasswordOpensWithoutAskingAgain() {
        StartViewModel vm = vm();
        vm.showNewProjectForm();
        vm.newNameProperty().set("Fortrolig");
        vm.newPassword().encrypt().set(true);
        assertThat(vm.canCreateProperty().get()).as("no password yet").isFalse();
        vm.newPassword().password().set(PASSWORD);
        vm.newPassword().repeat().set(PASSWORD + "x");
        assertThat(vm.newPassword().problem().get()).isEqualTo(NewProjectPassword.Problem.DIFFER);
        assertThat(vm.canCreateProperty().get()).isFalse();
        vm.newPassword().repeat().set(PASSWORD);
        assertThat(vm.newPassword().problem().get()).isEqualTo(NewProjectPassword.Problem.NONE);
        assertThat(vm.canCreateProperty().get()).isTrue();

        vm.createProject();

        assertThat(dialogs.errors).isEmpty();
        Path folder = dir.resolve("home/fortrolig.passage");
        assertThat(handed).containsExactly(folder);
        assertThat(ProjectCipher.isEncrypted(folder)).isTrue();
        assertThat(vm.newPassword().password().get()).isEmpty();
        open(folder);
        assertThat(dialogs.passwordQuestions).as("the creator handed its key over").isEmpty();
        assertThat(sessions).singleElement().satisfies(s -> assertThat(s.info().name()).isEqualTo("Fortrolig"));
        assertThat(vm.recentProjects()).extracting(StartViewModel.RecentRow::name).containsExactly("fortrolig");
    }

    @Test
    void aShortPasswordIsAcceptedWithAHint() {
        StartViewModel vm = vm();
        vm.showNewProjectForm();
        vm.newNameProperty().set("S");
        vm.newPassword().encrypt().set(true);
        vm.newPassword().password().set("kort");
        vm.newPassword().repeat().set("kort");
        assertThat(vm.newPassword().problem().get()).isEqualTo(NewProjectPassword.Problem.SHORT);
        assertThat(vm.canCreateProperty().get()).isTrue();
    }

    @Test
    void aWrongPasswordSaysSoAndAsksAgainAndCancellingOpensNothing() throws Exception {
        Path folder = dir.resolve("secret.passage");
        try (ProjectKey key = ProjectKey.fromPassword(PASSWORD.toCharArray());
             ProjectSession s = ProjectSession.create(folder, "Secret", Language.DA, "anna", key)) {
            s.info();
        }

        dialogs.passwordAnswers.add("forkert");
        dialogs.passwordAnswers.add(PASSWORD);
        open(folder);
        assertThat(dialogs.errors).containsExactly("Wrong password: That is not the password of \u201csecret.passage\u201d. Try again.");
        assertThat(dialogs.passwordQuestions).hasSize(2);
        assertThat(sessions).singleElement().satisfies(s -> assertThat(s.info().name()).isEqualTo("Secret"));
        sessions.removeFirst().close();

        dialogs.passwordAnswers.add("forkert");
        open(folder); // wrong, then the dialog is cancelled
        assertThat(cancels).isEqualTo(1);
        assertThat(sessions).isEmpty();
        assertThat(failures).isEmpty();
    }
}
