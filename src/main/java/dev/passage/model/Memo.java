package dev.passage.model;

import java.time.Instant;

/**
 * A memo attached to the project (targetId null), a document, a code or a coding; {@code version} is the row version it was
 * read at (an edit states it, and one made on a stale version is refused).
 */
public record Memo(long id, MemoTarget target, Long targetId, String title, String text, String author, Instant created,
                   Instant updated, int version) {
    public enum MemoTarget { PROJECT, DOCUMENT, CODE, CODING }

    /** A memo at row version 0 (new, or where the version does not matter). */
    public Memo(long id, MemoTarget target, Long targetId, String title, String text, String author, Instant created, Instant updated) {
        this(id, target, targetId, title, text, author, created, updated, 0);
    }
}
