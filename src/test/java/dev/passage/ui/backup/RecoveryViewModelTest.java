package dev.passage.ui.backup;

import dev.passage.backup.BackupInfo;
import dev.passage.backup.BackupService;
import dev.passage.backup.GuardedOpen;
import dev.passage.model.Language;
import dev.passage.errors.DamagedProjectException;
import dev.passage.store.ProjectStore;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.SynchronousTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The recovery dialog's ViewModel: what it says about a damaged project, and the restores behind its buttons. */
class RecoveryViewModelTest {
    @TempDir
    Path tmp;
    final UiFixtures.ScriptedDialogs dialogs = new UiFixtures.ScriptedDialogs();
    final List<Path> opened = new ArrayList<>();

    /** A project with a code, backed up (at version 2), then a second code, backed up again (at version 3). */
    private List<BackupInfo> projectWithTwoBackups(Path project) {
        List<BackupInfo> made = new ArrayList<>();
        try (ProjectStore store = ProjectStore.create(project, "Study", Language.EN)) {
            BackupService first = new BackupService(store, Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
            store.database().write(tx -> tx.codes().insert(null, "First", "#E69F00", dev.passage.model.CodeDescription.EMPTY, 0));
            made.add(first.backUp());
            store.database().write(tx -> tx.codes().insert(null, "Second", "#56B4E9", dev.passage.model.CodeDescription.EMPTY, 1));
            made.add(new BackupService(store, Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC)).backUp());
        }
        return made;
    }

    private DamagedProjectException damage(Path project) throws Exception {
        Files.write(project.resolve(ProjectStore.DATABASE_FILE), new byte[0]);
        return catchThrowableOfType(DamagedProjectException.class, () -> GuardedOpen.open(project));
    }

    private static List<String> codeNames(ProjectStore store) {
        return store.database().read(a -> a.codes().list().stream().map(c -> c.name()).toList());
    }

    private RecoveryViewModel vm(DamagedProjectException e) {
        return new RecoveryViewModel(new SynchronousTasks(), dialogs, Messages.english(), e, opened::add);
    }

    @Test
    void offersTheNewestGoodBackupAndRestoresIt() throws Exception {
        Path project = tmp.resolve("study.passage");
        List<BackupInfo> backups = projectWithTwoBackups(project);
        RecoveryViewModel vm = vm(damage(project));

        assertThat(vm.title()).contains("study.passage").contains("damaged");
        assertThat(vm.problem()).contains("empty (0 bytes)").doesNotContain("passage restore");
        assertThat(vm.canRestore()).isTrue();
        assertThat(vm.backups()).hasSize(2);
        assertThat(vm.newest().orElseThrow().backup()).isEqualTo(backups.get(1));
        assertThat(vm.advice()).contains("data version " + backups.get(1).dataVersion()).contains("damaged-");

        vm.restoreNewest();
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.infos).singleElement().asString().contains("Restored").contains(backups.get(1).name());
        assertThat(opened).containsExactly(project.toAbsolutePath().normalize());
        try (ProjectStore store = GuardedOpen.open(project)) {
            assertThat(codeNames(store)).contains("First", "Second");
        }
        try (var s = Files.list(project)) {
            assertThat(s.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("damaged-"));
        }
    }

    @Test
    void anOlderBackupCanBeChosenAndTheProjectThenOpens() throws Exception {
        Path project = tmp.resolve("study.passage");
        List<BackupInfo> backups = projectWithTwoBackups(project);
        RecoveryViewModel vm = vm(damage(project));
        BackupRow older = vm.backups().stream().filter(r -> r.backup().equals(backups.get(0))).findFirst().orElseThrow();

        vm.restore(older);
        assertThat(dialogs.errors).isEmpty();
        assertThat(opened).hasSize(1);
        // the newer backup holds a higher version, but it was made before this restore: no false alarm
        try (ProjectStore store = GuardedOpen.open(project)) {
            assertThat(codeNames(store)).contains("First").doesNotContain("Second");
        }
    }

    @Test
    void withoutABackupItSaysSoAndOffersNoRestore() throws Exception {
        Path project = tmp.resolve("study.passage");
        ProjectStore.create(project, "Study", Language.EN).close();
        RecoveryViewModel vm = vm(damage(project));
        assertThat(vm.canRestore()).isFalse();
        assertThat(vm.newest()).isEmpty();
        assertThat(vm.advice()).contains("no backup");
        vm.restoreNewest();
        assertThat(opened).isEmpty();
    }

    @Test
    void anEncryptedProjectsBackupIsRestoredAfterAskingForItsPassword() throws Exception {
        Path project = tmp.resolve("secret.passage");
        try (var key = dev.passage.security.ProjectKey.fromPassword("correct horse".toCharArray());
             ProjectStore store = ProjectStore.create(project, "Secret", Language.EN, key)) {
            store.database().write(tx -> tx.codes().insert(null, "Hidden", "#E69F00", dev.passage.model.CodeDescription.EMPTY, 0));
            new BackupService(store).backUp();
        }
        Files.write(project.resolve(ProjectStore.DATABASE_FILE), new byte[0]);
        DamagedProjectException damaged = catchThrowableOfType(DamagedProjectException.class, () -> GuardedOpen.open(project));
        dialogs.passwordAnswers.add("wrong guess");
        dialogs.passwordAnswers.add("correct horse");

        vm(damaged).restoreNewest();

        assertThat(dialogs.passwordQuestions).hasSize(2);
        assertThat(dialogs.passwordQuestions.get(0)).contains("encrypted");
        assertThat(dialogs.passwordQuestions.get(1)).contains("Wrong password");
        assertThat(dialogs.errors).isEmpty();
        assertThat(opened).containsExactly(project.toAbsolutePath().normalize());
        try (var key = dev.passage.security.ProjectKey.fromPassword("correct horse".toCharArray());
             ProjectStore store = GuardedOpen.open(project, key)) {
            assertThat(codeNames(store)).contains("Hidden");
        }
    }
}
