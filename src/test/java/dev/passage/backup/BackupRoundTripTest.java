package dev.passage.backup;

import dev.passage.sample.SampleStudy;
import dev.passage.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A backup of the sample study (interviews, survey, units, codes, codings, memos) restores to an identical project. */
class BackupRoundTripTest {
    @TempDir
    Path tmp;

    @Test
    void everyEntityComesBackIdentical() throws Exception {
        Path project = tmp.resolve("study.passage");
        SampleStudy.build(project, true);
        StoreContent before;
        BackupInfo backup;
        try (ProjectStore store = ProjectStore.open(project)) {
            before = StoreContent.of(store.database());
            backup = new BackupService(store).backUp();
        }
        assertThat(before.codings()).isNotEmpty();
        assertThat(before.memos()).isNotEmpty();
        assertThat(before.respondents()).isNotEmpty();
        assertThat(before.variables()).isNotEmpty();
        assertThat(before.units()).isNotEmpty();
        assertThat(backup.verified()).isTrue();
        assertThat(backup.dataVersion()).isEqualTo(before.dataVersion());
        assertThat(backup.sha256()).hasSize(64);
        assertThat(backup.file().getParent()).isEqualTo(project.resolve("backups").toAbsolutePath());
        assertThat(backup.name()).matches("project-\\d{8}-\\d{6}Z-v\\d+\\.zip");
        assertThat(new BackupCatalog(project).list()).containsExactly(backup);

        Path restored = tmp.resolve("restored.passage");
        RestoreResult r = new Restorer().restoreInto(backup.file(), restored);
        assertThat(r.backup().dataVersion()).isEqualTo(before.dataVersion());
        assertThat(Files.exists(restored.resolve("index"))).isFalse();
        try (ProjectStore store = ProjectStore.open(restored)) {
            assertThat(StoreContent.of(store.database())).isEqualTo(before);
        }
    }

    @Test
    void aBackupThatChangedAfterItWasMadeIsRefused() throws Exception {
        Path project = tmp.resolve("p.passage");
        BackupInfo backup;
        try (ProjectStore store = ProjectStore.create(project, "P", dev.passage.model.Language.EN)) {
            backup = new BackupService(store).backUp();
        }
        byte[] bytes = Files.readAllBytes(backup.file());
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(backup.file(), bytes);
        assertThatThrownBy(() -> new Restorer().restoreInto(backup.file(), tmp.resolve("new.passage")))
            .hasMessageContaining("SHA-256");
        assertThat(tmp.resolve("new.passage")).doesNotExist();
    }

    @Test
    void theNextBackupRemovesWhatAKilledBackupLeft() throws Exception {
        Path project = tmp.resolve("p.passage");
        try (ProjectStore store = ProjectStore.create(project, "P", dev.passage.model.Language.EN)) {
            Path folder = Files.createDirectories(BackupCatalog.folderOf(project));
            Files.writeString(folder.resolve(".backup-1f2e3d.zip.part"), "half a backup of a killed process");
            BackupInfo b = new BackupService(store).backUp();
            try (var files = Files.list(folder)) {
                assertThat(files.map(f -> f.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".part"))
                    .contains(b.file().getFileName().toString());
            }
        }
    }

    @Test
    void backUpToAFileOutsideTheProject() throws Exception {
        Path project = tmp.resolve("p.passage");
        Path out = tmp.resolve("elsewhere.zip");
        try (ProjectStore store = ProjectStore.create(project, "P", dev.passage.model.Language.EN)) {
            BackupInfo b = new BackupService(store).backUpTo(out);
            assertThat(b.verified()).isTrue();
            assertThatThrownBy(() -> new BackupService(store).backUpTo(out)).hasMessageContaining("already exists");
        }
        assertThat(out).exists();
        assertThat(BackupCatalog.read(out).verified()).isTrue();
        assertThat(new BackupCatalog(project).list()).isEmpty();
    }
}
