package dev.passage.model;

/** A survey respondent: one row of an open-ended survey file, optionally placed in a unit. */
public record Respondent(long id, String externalId, Long unitId) {
}
