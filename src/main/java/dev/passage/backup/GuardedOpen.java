package dev.passage.backup;

import dev.passage.errors.DamagedProjectException;
import dev.passage.errors.Text;
import dev.passage.store.ProjectStore;

import java.nio.file.Path;

/**
 * Opens a project's store so that damage never goes unnoticed: the store's own checks (an unreadable or empty file, a
 * database behind its data-version mark), then a comparison with the newest good backup (a database older than its own
 * backup went back in time). A refusal names the newest good backup and how to restore it.
 */
public final class GuardedOpen {
    private GuardedOpen() {
    }

    public static ProjectStore open(Path folder) {
        return open(folder, null);
    }

    /** As {@link #open(Path)}, for a project that may be encrypted ({@code key} may be null for a plain one). */
    public static ProjectStore open(Path folder, dev.passage.security.ProjectKey key) {
        ProjectStore store;
        try {
            store = ProjectStore.open(folder, key);
        } catch (DamagedProjectException e) {
            throw RecoveryAdvice.withBackups(e);
        }
        try {
            long version = store.database().dataVersion();
            // backups made before the last restore belong to the history that was replaced: only later ones count
            var restored = RestoreRecord.time(store.folder());
            var newest = new BackupCatalog(store.folder()).list().stream()
                .filter(b -> b.verified() && restored.map(b.time()::isAfter).orElse(true))
                .max(java.util.Comparator.comparingLong(BackupInfo::dataVersion));
            if (newest.isPresent() && newest.get().dataVersion() > version) {
                BackupInfo b = newest.get();
                throw RecoveryAdvice.withBackups(new DamagedProjectException(
                    store.folder(), Text.of("backup.projectDatabaseWentBack", store.folder(), version, b.name(), b.dataVersion()), null));
            }
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
