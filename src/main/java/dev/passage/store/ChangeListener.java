package dev.passage.store;

/** Told after every committed write, on the thread that wrote. */
@FunctionalInterface
public interface ChangeListener {
    void committed(ChangeSet changes);
}
