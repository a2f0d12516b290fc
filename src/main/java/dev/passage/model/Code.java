package dev.passage.model;

/**
 * A code in the hierarchical codebook. {@code parentId} is null for a top-level code; {@code colour} is #RRGGBB;
 * {@code version} is the row version it was read at (an edit states it, and one made on a stale version is refused).
 */
public record Code(long id, Long parentId, String name, String colour, CodeDescription description, int sortOrder, int version) {
    /** A code at row version 0 (new, or where the version does not matter). */
    public Code(long id, Long parentId, String name, String colour, CodeDescription description, int sortOrder) {
        this(id, parentId, name, colour, description, sortOrder, 0);
    }
}
