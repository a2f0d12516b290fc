package dev.passage.ui.backup;

import dev.passage.backup.BackupInfo;
import dev.passage.backup.BackupText;

/** One line of a backup list: what a user reads (time, data version, size, checked) and the backup behind it. */
public record BackupRow(BackupInfo backup, String time, long dataVersion, String size, boolean verified) {
    static BackupRow of(BackupInfo b) {
        return new BackupRow(b, BackupText.time(b.time()), b.dataVersion(), BackupText.size(b.size()), b.verified());
    }

    @Override
    public String toString() {
        return time + " · v" + dataVersion + " · " + size + (verified ? "" : " · ?");
    }
}
