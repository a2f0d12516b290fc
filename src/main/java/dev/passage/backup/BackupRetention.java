package dev.passage.backup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups to keep: the newest {@code keepLast} good ones, plus the newest good one of each of the last {@code keepDays}
 * days (by the local calendar). Unverified backups are dropped once a newer good one exists; nothing else is ever deleted
 * while it is one of those.
 */
public final class BackupRetention {
    private BackupRetention() {
    }

    /** The backups of {@code all} (any order) that the settings no longer keep. */
    public static List<BackupInfo> toDelete(List<BackupInfo> all, BackupSettings settings, Instant now, ZoneId zone) {
        List<BackupInfo> newestFirst = new ArrayList<>(all);
        newestFirst.sort(BackupCatalog.NEWEST_FIRST);
        Set<BackupInfo> keep = new LinkedHashSet<>();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Set<LocalDate> days = new HashSet<>();
        boolean goodSeen = false;
        int good = 0;
        for (BackupInfo b : newestFirst) {
            if (!b.verified()) {
                if (!goodSeen) {
                    keep.add(b); // the newest might still be being checked, or be the only copy there is
                }
                continue;
            }
            goodSeen = true;
            if (good++ < settings.keepLast()) {
                keep.add(b);
            }
            LocalDate day = LocalDate.ofInstant(b.time(), zone);
            if (settings.keepDays() > 0 && !day.isBefore(today.minusDays(settings.keepDays() - 1L)) && days.add(day)) {
                keep.add(b);
            }
        }
        List<BackupInfo> drop = new ArrayList<>();
        for (BackupInfo b : newestFirst) {
            if (!keep.contains(b)) {
                drop.add(b);
            }
        }
        return drop;
    }
}
