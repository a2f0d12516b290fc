package dev.passage.ui.backup;

import dev.passage.backup.BackupCatalog;
import dev.passage.backup.BackupInfo;
import dev.passage.backup.RestoreResult;
import dev.passage.backup.Restorer;
import dev.passage.security.ProjectKey;
import dev.passage.security.ProjectPasswordException;
import dev.passage.errors.DamagedProjectException;
import dev.passage.ui.common.BackgroundTasks;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.Messages;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The recovery dialog shown when a damaged project is opened: what is wrong, the newest good backup, and the choices:
 * restore it (the damaged files are kept aside), restore another backup, or cancel. After a restore the project opens.
 */
public final class RecoveryViewModel {
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages m;
    private final DamagedProjectException damage;
    private final Consumer<Path> open;
    private final List<BackupRow> backups;

    public RecoveryViewModel(BackgroundTasks tasks, DialogService dialogs, Messages messages, DamagedProjectException damage,
                             Consumer<Path> open) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.m = messages;
        this.damage = damage;
        this.open = open;
        List<BackupRow> rows;
        try {
            rows = new BackupCatalog(damage.folder()).list().stream().filter(BackupInfo::verified).map(BackupRow::of).toList();
        } catch (RuntimeException e) {
            rows = List.of();
        }
        this.backups = rows;
    }

    public Messages messages() {
        return m;
    }

    public Path folder() {
        return damage.folder();
    }

    public String title() {
        return m.get("backup.recovery.title", damage.folder().getFileName());
    }

    /** What is wrong, in the core's words (without its command-line advice). */
    public String problem() {
        return m.text(damage.problemText());
    }

    /** The newest good backup (the highest data version), if there is one. */
    public Optional<BackupRow> newest() {
        return backups.stream().max(java.util.Comparator.comparingLong(BackupRow::dataVersion)
                                                        .thenComparing(r -> r.backup().time()));
    }

    public String advice() {
        return newest().map(b -> m.get("backup.recovery.newest", b.time(), b.dataVersion()))
                       .orElse(m.get("backup.recovery.none", damage.folder().resolve(BackupCatalog.FOLDER)));
    }

    /** Every good backup, newest first, for "Choose another backup…". */
    public List<BackupRow> backups() {
        return backups;
    }

    public boolean canRestore() {
        return !backups.isEmpty();
    }

    /** Restores the newest good backup (the damaged files go into damaged-&lt;time&gt;/), says what happened, opens the project. */
    public void restoreNewest() {
        newest().ifPresent(this::restore);
    }

    /** Restores {@code row} in place of the damaged database, then opens the project. */
    public void restore(BackupRow row) {
        restore(row, null);
    }

    /**
     * An encrypted project's backups are verified with its key: without a password (or with a wrong one) it is asked
     * for. The key is derived in the background task (PBKDF2 takes a noticeable moment), never on the UI thread.
     */
    private void restore(BackupRow row, char[] password) {
        Path folder = damage.folder();
        tasks.submit(m.get("backup.task.restore"), p -> {
            try (ProjectKey key = password == null ? null : ProjectKey.fromPassword(password)) {
                Restorer restorer = key == null ? new Restorer() : Restorer.withKey(key);
                return row.equals(newest().orElse(null)) ? restorer.restoreLatest(folder)
                                                         : restorer.restoreInPlace(folder, row.backup());
            } finally {
                if (password != null) {
                    java.util.Arrays.fill(password, '\0');
                }
            }
        }, (RestoreResult r) -> {
            dialogs.showInfo(m.get("backup.recovery.doneTitle"), r.describe());
            open.accept(r.projectFolder());
        }, e -> {
            if (e instanceof ProjectPasswordException refused) {
                dialogs.askPassword(m.get("start.password.title"), m.message(refused)).ifPresent(again -> restore(row, again));
            } else {
                dialogs.showError(m.get("backup.recovery.failedTitle"), m.message(e));
            }
        });
    }
}
