package dev.passage.ui.backup;

import dev.passage.backup.BackupService;
import dev.passage.model.Language;
import dev.passage.store.ProjectStore;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.SynchronousTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** File › Backups…: the list, "Back up now", "Restore into a new folder…" and "Open a copy". */
class BackupsViewModelTest {
    @TempDir
    Path tmp;

    @Test
    void listsBacksUpRestoresAndOpensACopy() {
        UiFixtures.ScriptedDialogs dialogs = new UiFixtures.ScriptedDialogs();
        List<Path> opened = new ArrayList<>();
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p.passage"), "P", Language.EN)) {
            BackupsViewModel vm = new BackupsViewModel(new SynchronousTasks(), dialogs, Messages.english(), new BackupService(store), opened::add);
            vm.refresh();
            assertThat(vm.rows()).isEmpty();
            vm.backUpNow();
            assertThat(vm.rows()).singleElement().satisfies(r -> {
                assertThat(r.verified()).isTrue();
                assertThat(r.dataVersion()).isEqualTo(store.database().dataVersion());
                assertThat(r.size()).endsWith("KB");
            });

            Path target = tmp.resolve("restored.passage");
            dialogs.folderAnswers.add(target);
            dialogs.confirmAnswers.add(true);
            vm.restoreIntoNewFolder(vm.rows().getFirst());
            assertThat(dialogs.errors).isEmpty();
            assertThat(opened).containsExactly(target.toAbsolutePath().normalize());
            assertThat(target.resolve(ProjectStore.DATABASE_FILE)).exists();

            vm.openCopy(vm.rows().getFirst());
            assertThat(opened).hasSize(2);
            assertThat(opened.get(1).toString()).contains("passage-backup-");
            assertThat(dialogs.infos).anyMatch(s -> s.contains("Nothing you do there changes your project"));
            try (ProjectStore copy = ProjectStore.open(opened.get(1))) {
                assertThat(copy.info().name()).isEqualTo("P");
            }
        }
    }
}
