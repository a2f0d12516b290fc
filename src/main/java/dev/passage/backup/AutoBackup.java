package dev.passage.backup;

import dev.passage.store.ChangeListener;
import dev.passage.store.ChangeSet;
import dev.passage.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Automatic backups of an open project, on a background thread of their own so no edit waits for one: once soon after
 * opening when the newest good backup is older than the data, and {@code everyMinutes} after the first edit that follows a
 * backup. The backup itself is H2's online {@code BACKUP TO}: writers go on while it copies.
 * Failures are logged and reported to the listener, never thrown at an edit.
 */
public final class AutoBackup implements ChangeListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AutoBackup.class);
    private final BackupService backups;
    private final Database database;
    private final long delayMillis;
    private final Consumer<String> failures;
    static final int FIRST_DELAY_SECONDS = 60;
    private final ScheduledExecutorService executor;
    private ScheduledFuture<?> pending;

    /** Watches {@code database} (the one {@code backups} copies); {@code failures} hears a message when a backup fails. */
    public AutoBackup(BackupService backups, Database database, long delayMillis, Consumer<String> failures) {
        this.backups = backups;
        this.database = database;
        this.delayMillis = delayMillis;
        this.failures = failures;
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "passage-backup");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        // at close a backup that is not yet due is dropped; a running one is waited for, never interrupted (H2 closes its
        // file when a thread using it is interrupted)
        pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.executor = pool;
    }

    /** With the project's own settings (every N minutes of edits; 0 turns the timer off). */
    public static AutoBackup start(BackupService backups, Database database, Consumer<String> failures) {
        int minutes = BackupSettings.of(backups.catalog().folder().getParent()).everyMinutes();
        AutoBackup a = new AutoBackup(backups, database, minutes * 60_000L, failures);
        a.start();
        return a;
    }

    /**
     * Listens for edits and, {@value #FIRST_DELAY_SECONDS} s after opening (so a quick look costs nothing), makes a first backup
     * if the newest one is older than the data.
     */
    public void start() {
        start(FIRST_DELAY_SECONDS * 1000L);
    }

    void start(long firstDelayMillis) {
        database.addListener(this);
        executor.schedule(this::backUp, firstDelayMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void committed(ChangeSet changes) {
        if (delayMillis <= 0 || executor.isShutdown() || (pending != null && !pending.isDone())) {
            return;
        }
        pending = executor.schedule(this::backUp, delayMillis, TimeUnit.MILLISECONDS);
    }

    /** Stops: a backup not yet due is dropped, one that is running is waited for (up to 30 s). */
    @Override
    public void close() {
        database.removeListener(this);
        synchronized (this) {
            if (pending != null) {
                pending.cancel(false);
            }
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("an automatic backup is still running at close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void backUp() {
        try {
            if (backups.isBehind()) {
                backups.backUp();
            }
        } catch (RuntimeException e) {
            LOG.warn("automatic backup failed", e);
            failures.accept(e.getMessage());
        }
    }
}
