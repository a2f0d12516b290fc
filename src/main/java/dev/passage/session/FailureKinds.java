package dev.passage.session;

import dev.passage.errors.ErrorKind;
import dev.passage.store.StoreFailure;

/** The kind of a failure that may come from the database or the disk, for a front end that must say what went wrong. */
public final class FailureKinds {
    private FailureKinds() {
    }

    /** The kind of {@code failure}, found by walking its causes (database and file errors included); {@code otherwise} when none says. */
    public static ErrorKind of(Throwable failure, ErrorKind otherwise) {
        return StoreFailure.kindOf(failure, otherwise);
    }
}
