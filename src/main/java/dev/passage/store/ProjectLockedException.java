package dev.passage.store;

/** The project is already open in another Passage process (or window). */
public final class ProjectLockedException extends StoreException {
    public ProjectLockedException(String message) {
        super(dev.passage.errors.ErrorKind.LOCKED, message);
    }
}
