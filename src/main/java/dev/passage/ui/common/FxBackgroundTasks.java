package dev.passage.ui.common;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.ErrorLog;
import dev.passage.errors.PassageException;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Background work for the workbench: one worker thread (the project's writes are serialised anyway, and edits must stay in
 * order), results on the JavaFX thread. Running tasks are listed for the status bar; progress updates are coalesced.
 */
public final class FxBackgroundTasks implements BackgroundTasks, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxBackgroundTasks.class);
    /** Stack traces of failed tasks go here, never into a dialog. */
    private final ErrorLog errorLog = ErrorLog.inUserDataFolder();

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "passage-worker");
        t.setDaemon(true);
        return t;
    });
    private final ObservableList<TaskHandle> running = FXCollections.observableArrayList();

    public ObservableList<TaskHandle> running() {
        return running;
    }

    @Override
    public <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        TaskHandle handle = new TaskHandle(title);
        onUiThread(() -> running.add(handle));
        worker.execute(() -> {
            AtomicLong lastUpdate = new AtomicLong();
            Progress progress = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    long now = System.nanoTime();
                    if (now - lastUpdate.get() < 30_000_000L && done < total) {
                        return; // at most ~30 updates a second reach the UI
                    }
                    lastUpdate.set(now);
                    double fraction = total > 0 ? (double) done / total : -1;
                    Platform.runLater(() -> handle.update(fraction, message));
                }

                @Override
                public boolean isCancelled() {
                    return handle.isCancelled();
                }
            };
            try {
                T result = work.run(progress);
                Platform.runLater(() -> {
                    finish(handle);
                    onSuccess.accept(result);
                });
            } catch (Throwable e) {
                LOG.warn("task '{}' failed", title, e);
                if (!(e instanceof PassageException p && p.kind() == ErrorKind.BAD_INPUT)) {
                    errorLog.record("workbench task '" + title + "'", e);
                }
                Platform.runLater(() -> {
                    finish(handle);
                    onFailure.accept(e);
                });
            }
        });
        return handle;
    }

    private void finish(TaskHandle handle) {
        running.remove(handle);
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void close() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
