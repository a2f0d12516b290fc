package dev.passage.model;

/** An organisational unit (a case): documents and survey respondents belong to one. {@code version}: its row version as read. */
public record Unit(long id, String name, String description, int version) {
    public Unit(long id, String name, String description) {
        this(id, name, description, 0);
    }
}
