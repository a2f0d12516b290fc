package dev.passage.ui.backup;

import dev.passage.ui.common.actions.ActionRegistry;
import dev.passage.ui.common.actions.TopMenu;

import static dev.passage.ui.common.actions.Action.action;

/** File › Backups…: the project's backups, to make one now or restore one. */
public final class BackupActions {

    /** {@code showBackups} opens the backups dialog (built by the composition root, which owns the backup service). */
    public BackupActions(ActionRegistry registry, Runnable showBackups) {
        registry.add(action("backup:show", "backup.menu.backups", showBackups).in(TopMenu.FILE, 2, 20));
    }
}
