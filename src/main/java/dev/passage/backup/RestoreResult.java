package dev.passage.backup;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a restore did: the project folder it (re)made, the backup it used, where the replaced files were put aside (for
 * {@code restore --latest}), and the data version the project had before, when it could be read (edits between the backup's
 * version and that one are lost).
 */
public record RestoreResult(Path projectFolder, BackupInfo backup, Optional<Path> keptAside, Optional<Long> previousVersion) {
    /** One or two sentences for the user. */
    public String describe() {
        StringBuilder s = new StringBuilder("Restored ").append(projectFolder).append(" from the backup ").append(backup.name())
            .append(" (").append(BackupText.time(backup.time())).append(", data version ").append(backup.dataVersion()).append(").");
        keptAside.ifPresent(p -> s.append(" The replaced files are kept in ").append(p).append('.'));
        s.append(" Edits made after ").append(BackupText.time(backup.time())).append(" are not in it");
        previousVersion.filter(v -> v > backup.dataVersion())
                       .ifPresent(v -> s.append(" (the project had reached data version ").append(v).append(')'));
        s.append("; the search index is rebuilt when the project is next opened.");
        return s.toString();
    }
}
