package dev.passage.ui.backup;

import dev.passage.backup.BackupInfo;
import dev.passage.backup.BackupService;
import dev.passage.backup.RestoreResult;
import dev.passage.backup.Restorer;
import dev.passage.ui.common.BackgroundTasks;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * File &gt; Backups…: the open project's backups (time, data version, size, verified), "Back up now", "Restore into a new
 * folder…" (then offers to open it) and "Open a copy": the backup restored into a temporary folder and opened there, so
 * nothing done in it touches the project (the window's title names the copy's folder).
 */
public final class BackupsViewModel {
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages m;
    private final BackupService service;
    private final Consumer<Path> openProject;
    private final ObservableList<BackupRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    /** {@code openProject} closes the current project and opens another (a restored one). */
    public BackupsViewModel(BackgroundTasks tasks, DialogService dialogs, Messages messages, BackupService service, Consumer<Path> openProject) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.m = messages;
        this.service = service;
        this.openProject = openProject;
    }

    public Messages messages() {
        return m;
    }

    public ObservableList<BackupRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void refresh() {
        run("backup.task.list", () -> service.catalog().list(), this::show);
    }

    public void backUpNow() {
        run("backup.task.backup", () -> {
            service.backUp();
            return service.catalog().list();
        }, this::show);
    }

    /** Asks for a new folder, restores {@code row} into it, and offers to open it. */
    public void restoreIntoNewFolder(BackupRow row) {
        if (row == null) {
            return;
        }
        dialogs.chooseNewProjectFolder().ifPresent(folder -> run("backup.task.restore", () -> service.restorer().restoreInto(row.backup().file(), folder),
            (RestoreResult r) -> {
                if (dialogs.confirm(m.get("backup.restored.title"), r.describe(), m.get("backup.restored.open"))) {
                    openProject.accept(r.projectFolder());
                }
            }));
    }

    /** Restores {@code row} into a new temporary folder and opens that copy (the project itself is closed, untouched). */
    public void openCopy(BackupRow row) {
        if (row == null) {
            return;
        }
        run("backup.task.restore", () -> {
            Path tmp = Files.createTempDirectory("passage-backup-").resolve(copyName(row.backup()));
            return service.restorer().restoreInto(row.backup().file(), tmp);
        }, (RestoreResult r) -> {
            dialogs.showInfo(m.get("backup.copy.title"), m.get("backup.copy.message", row.time(), r.projectFolder()));
            openProject.accept(r.projectFolder());
        });
    }

    private static String copyName(BackupInfo b) {
        String n = b.name();
        return (n.endsWith(".zip") ? n.substring(0, n.length() - 4) : n) + ".passage";
    }

    private void show(List<BackupInfo> list) {
        rows.setAll(list.stream().map(BackupRow::of).toList());
    }

    private interface Job<T> {
        T run() throws IOException;
    }

    private <T> void run(String titleKey, Job<T> job, Consumer<T> done) {
        busy.set(true);
        tasks.submit(m.get(titleKey), p -> job.run(), r -> {
            busy.set(false);
            done.accept(r);
        }, e -> {
            busy.set(false);
            dialogs.showError(m.get("backup.error.title"), e.getMessage() == null ? e.toString() : m.message(e));
        });
    }
}
