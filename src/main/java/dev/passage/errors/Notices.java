package dev.passage.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Things the user must be told that are not failures: the search index was damaged and rebuilt, a backup was restored.
 * The core adds them; a front end either listens (the workbench's status bar) or takes what was added so far (the command
 * line prints them to stderr). Nothing the core heals by itself goes unsaid.
 */
public final class Notices {
    private final List<String> pending = new ArrayList<>();
    private Consumer<String> listener;

    public synchronized void add(String notice) {
        if (listener != null) {
            listener.accept(notice);
        } else {
            pending.add(notice);
        }
    }

    /** Hands every notice so far, and every later one, to {@code listener} (replacing any listener before it). */
    public synchronized void listen(Consumer<String> listener) {
        this.listener = listener;
        pending.forEach(listener);
        pending.clear();
    }

    /** The notices nobody has heard yet, removed from here. */
    public synchronized List<String> drain() {
        List<String> out = List.copyOf(pending);
        pending.clear();
        return out;
    }
}
