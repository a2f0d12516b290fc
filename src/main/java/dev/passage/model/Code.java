package dev.passage.model;

/** A code in the hierarchical codebook. {@code parentId} is null for a top-level code; {@code colour} is #RRGGBB. */
public record Code(long id, Long parentId, String name, String colour, CodeDescription description, int sortOrder) {
}
