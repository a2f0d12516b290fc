package dev.passage.backup;

import dev.passage.errors.DamagedProjectException;

import java.nio.file.Path;
import java.util.Optional;

/** What to tell a user whose project is damaged: which backup would be restored, from when, and the command that does it. */
public final class RecoveryAdvice {
    private RecoveryAdvice() {
    }

    /** {@code e} with advice that names the newest good backup of its project (or says there is none). */
    public static DamagedProjectException withBackups(DamagedProjectException e) {
        return e.withAdvice(advice(e.folder()));
    }

    public static String advice(Path folder) {
        Optional<BackupInfo> newest;
        try {
            newest = new BackupCatalog(folder).newestGood();
        } catch (RuntimeException e) {
            newest = Optional.empty();
        }
        if (newest.isEmpty()) {
            return "Nothing was changed. There is no backup of this project in " + BackupCatalog.folderOf(folder)
                   + "; if you have a copy of the project elsewhere, open that instead.";
        }
        BackupInfo b = newest.get();
        return "Nothing was changed. The newest good backup is " + b.name() + " (" + BackupText.time(b.time()) + ", data version "
               + b.dataVersion() + "); to restore it, keeping the damaged files aside, run: passage restore " + folder + " --latest";
    }
}
