package dev.passage.backup;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.security.ProjectKey;
import dev.passage.errors.Text;
import dev.passage.store.ProjectStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * After a project was encrypted, decrypted or given a new password, its backups hold the old state: after an encrypt
 * they would be the last plaintext copies of the study, and after a new password they would open only with the old one.
 * So they are deleted and one fresh, verified backup of the converted project takes their place.
 */
public final class BackupsAfterEncryptionChange {
    /** How many old backups went and the one that replaces them. */
    public record Result(int removed, BackupInfo fresh) {
    }

    private BackupsAfterEncryptionChange() {
    }

    /** Replaces the backups of the project in {@code folder}, which now opens with {@code key} (null: it is plain now). */
    public static Result replace(Path folder, ProjectKey key) {
        BackupCatalog catalog = new BackupCatalog(folder);
        int removed = 0;
        for (BackupInfo b : catalog.list()) {
            try {
                Files.deleteIfExists(b.file().resolveSibling(b.file().getFileName() + BackupCatalog.MANIFEST_SUFFIX));
                if (Files.deleteIfExists(b.file())) {
                    removed++;
                }
            } catch (IOException e) {
                throw new PassageException(ErrorKind.DISK, Text.of("backup.deleteOldBackupHolds", b.file(), e.getMessage()), e);
            }
        }
        try (ProjectStore store = ProjectStore.open(folder, key)) {
            return new Result(removed, new BackupService(store).backUp());
        }
    }
}
