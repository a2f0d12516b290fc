package dev.passage.store;

import dev.passage.errors.Text;

/** The project is already open in another Passage process (or window). */
public final class ProjectLockedException extends StoreException {
    public ProjectLockedException(String message) {
        super(dev.passage.errors.ErrorKind.LOCKED, message);
    }

    public ProjectLockedException(Text message) {
        super(dev.passage.errors.ErrorKind.LOCKED, message);
    }
}
