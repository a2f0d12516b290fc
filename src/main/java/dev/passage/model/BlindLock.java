package dev.passage.model;

import java.time.Instant;
import java.util.Objects;

/** A project in blind mode: the coder who locked it (the only one who may lift it) and when. */
public record BlindLock(String lead, Instant since) {
    public BlindLock {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(since, "since");
    }
}
