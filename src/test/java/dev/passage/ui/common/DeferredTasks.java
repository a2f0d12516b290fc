package dev.passage.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Keeps every task until the test runs it (in any order): for checking that late results of superseded work are dropped. */
public final class DeferredTasks implements BackgroundTasks {
    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        TaskHandle handle = new TaskHandle(title);
        pending.add(() -> {
            T result;
            try {
                result = work.run(new Progress() {
                    @Override
                    public void update(long done, long total, String message) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                });
            } catch (Throwable e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
        return handle;
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    public int pending() {
        return pending.size();
    }

    /** Runs the task submitted {@code index}-th among those still pending (0: the oldest). */
    public void run(int index) {
        pending.remove(index).run();
    }

    /** Runs every pending task, oldest first (and those they submit). */
    public void runAll() {
        while (!pending.isEmpty()) {
            run(0);
        }
    }
}
