package dev.passage.errors;

/**
 * What kind of failure a {@link PassageException} is; the command line turns each into its exit code and the workbench into
 * its dialog.
 */
public enum ErrorKind {
    /** A file, name, option or value the user gave cannot be used as asked (exit 3). */
    BAD_INPUT(3),
    /** The project's files are damaged: the database or its history cannot be trusted (exit 4). */
    DAMAGED(4),
    /** The project is open elsewhere, or needs a password that was not given or is wrong (exit 4). */
    LOCKED(4),
    /** The disk or the operating system refused: no permission, disk full, folder gone (exit 5). */
    DISK(5),
    /** A fault in Passage itself (exit 1). */
    INTERNAL(1);

    private final int exitCode;

    ErrorKind(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
