package dev.passage.model;

/** A person who codes. Codings record the coder by name. */
public record Coder(long id, String name) {
}
