package dev.passage.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs every task at once on the calling thread: for ViewModel tests without a JavaFX toolkit. Records titles. */
public final class SynchronousTasks implements BackgroundTasks {
    private final List<String> titles = new ArrayList<>();

    public List<String> titles() {
        return titles;
    }

    @Override
    public <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        titles.add(title);
        TaskHandle handle = new TaskHandle(title);
        T result;
        try {
            result = work.run(new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    handle.update(total > 0 ? (double) done / total : -1, message);
                }

                @Override
                public boolean isCancelled() {
                    return handle.isCancelled();
                }
            });
        } catch (Throwable e) {
            onFailure.accept(e);
            return handle;
        }
        onSuccess.accept(result);
        return handle;
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }
}
