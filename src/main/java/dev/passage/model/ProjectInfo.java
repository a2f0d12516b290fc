package dev.passage.model;

import java.time.Instant;

/** A project's own facts. {@code dataVersion} grows with every committed change; the search index records the one it reflects. */
public record ProjectInfo(String name, Language language, Instant created, long dataVersion) {
}
