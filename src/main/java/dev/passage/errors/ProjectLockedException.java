package dev.passage.errors;

/** The project is already open in another Passage process (or window). */
public final class ProjectLockedException extends PassageException {
    public ProjectLockedException(String message) {
        super(ErrorKind.LOCKED, message);
    }

    public ProjectLockedException(Text message) {
        super(ErrorKind.LOCKED, message);
    }
}
