package dev.passage.security;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;

/** An encrypted project was opened without its password, or with a wrong one (bad input: exit 3 on the command line). */
public final class ProjectPasswordException extends PassageException {
    private final boolean missing;

    private ProjectPasswordException(Text message, boolean missing) {
        super(ErrorKind.BAD_INPUT, message);
        this.missing = missing;
    }

    public static ProjectPasswordException missing(java.nio.file.Path folder) {
        return new ProjectPasswordException(Text.of("store.password.missing", folder.getFileName()), true);
    }

    public static ProjectPasswordException wrong(java.nio.file.Path folder) {
        return new ProjectPasswordException(Text.of("store.password.wrong", folder.getFileName()), false);
    }

    /** True when no password was given at all; false when the one given was wrong. */
    public boolean missing() {
        return missing;
    }
}
