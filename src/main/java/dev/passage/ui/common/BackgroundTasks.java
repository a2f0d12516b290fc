package dev.passage.ui.common;

import java.util.function.Consumer;

/**
 * The one way the workbench runs work off the JavaFX thread. Results and errors come back on the UI thread.
 * The workbench uses {@link FxBackgroundTasks}; tests use SynchronousTasks (in the test code), which runs everything at once.
 */
public interface BackgroundTasks {

    /** The work itself; it may report progress and should stop early when cancelled. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    interface Progress {
        /** {@code total <= 0} means "unknown". */
        void update(long done, long total, String message);

        boolean isCancelled();
    }

    /**
     * Runs {@code work} in the background under a title the status bar shows; {@code onSuccess} or {@code onFailure}
     * then runs on the UI thread.
     */
    <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Runs {@code action} on the UI thread (at once if already there). */
    void onUiThread(Runnable action);
}
