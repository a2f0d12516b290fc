package dev.passage.model;

/** An organisational unit (a case): documents and survey respondents belong to one. */
public record Unit(long id, String name, String description) {
}
