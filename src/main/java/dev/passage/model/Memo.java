package dev.passage.model;

import java.time.Instant;

/** A memo attached to the project (targetId null), a document, a code or a coding. */
public record Memo(long id, MemoTarget target, Long targetId, String title, String text, String author, Instant created,
                   Instant updated) {
    public enum MemoTarget { PROJECT, DOCUMENT, CODE, CODING }
}
