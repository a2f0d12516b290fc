package dev.passage.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the clock times transcripts and subtitles use: {@code M:SS}, {@code MM:SS.mmm}, {@code H:MM:SS}, {@code HH:MM:SS,mmm}. */
final class Timestamps {
    /** A clock time with optional hours and optional 1–3 digit fraction (dot or comma). */
    static final String CLOCK = "(?:\\d{1,3}:)?\\d{1,2}:\\d{2}(?:[.,]\\d{1,3})?";

    private static final Pattern PARTS = Pattern.compile("(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{2})(?:[.,](\\d{1,3}))?");

    private Timestamps() {
    }

    /** Milliseconds from the start for a clock time, or null if {@code clock} is not one (or has minutes/seconds over 59). */
    static Long parseMillis(String clock) {
        Matcher m = PARTS.matcher(clock.strip());
        if (!m.matches()) {
            return null;
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long minutes = Long.parseLong(m.group(2));
        long seconds = Long.parseLong(m.group(3));
        if (seconds > 59 || (m.group(1) != null && minutes > 59)) {
            return null;
        }
        long millis = 0;
        if (m.group(4) != null) {
            String fraction = (m.group(4) + "00").substring(0, 3);
            millis = Long.parseLong(fraction);
        }
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
    }
}
