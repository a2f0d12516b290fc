package dev.passage.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the times a user gives for filtering the history: an ISO date ({@code 2026-12-01}, the start of that day in the given
 * zone), a local date-time ({@code 2026-12-01T14:30}) or one with an offset or Z ({@code 2026-12-01T14:30:00Z}).
 */
public final class HistoryTimes {
    private HistoryTimes() {
    }

    public static Optional<Instant> parse(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return Optional.of(LocalDateTime.parse(t).atZone(zone).toInstant());
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return Optional.of(LocalDate.parse(t).atStartOfDay(zone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
