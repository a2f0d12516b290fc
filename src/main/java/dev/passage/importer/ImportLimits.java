package dev.passage.importer;

import java.util.Locale;

/**
 * How much Passage is willing to read in one import. {@code maxFileBytes} is the largest file size accepted; {@code maxTurns}
 * the most speaker turns / paragraphs one document may have (each is a stored row and a search segment, so this bounds the
 * time and memory of storing and indexing a document whatever its shape).
 */
public record ImportLimits(long maxFileBytes, int maxTurns) {
    /** 50 MB: far above any interview transcript, low enough to keep a mistaken import (a video, a disk image) quick to refuse. */
    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;
    /**
     * 20,000 turns: a ten-hour recording with a subtitle cue every two seconds has 18,000; a long focus group a few thousand.
     * A file of more lines than this (a log export of a million lines) is read as plain text in paragraphs of several lines.
     */
    public static final int DEFAULT_MAX_TURNS = 20_000;

    public ImportLimits {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive, was " + maxFileBytes);
        }
        if (maxTurns <= 0) {
            throw new IllegalArgumentException("maxTurns must be positive, was " + maxTurns);
        }
    }

    public ImportLimits(long maxFileBytes) {
        this(maxFileBytes, DEFAULT_MAX_TURNS);
    }

    public static ImportLimits defaults() {
        return new ImportLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_TURNS);
    }

    /** A byte count in megabytes (1 MB = 1024 × 1024 bytes) for messages: "50 MB", "1.5 MB". */
    static String megabytes(long bytes) {
        return format(bytes / (1024.0 * 1024.0));
    }

    /** As {@link #megabytes}, rounded up to the next tenth, so a file just over a limit never reads as equal to it. */
    static String megabytesRoundedUp(long bytes) {
        return format(Math.ceil(bytes / (1024.0 * 1024.0) * 10) / 10);
    }

    /** A count with thousands separators for messages: "20,000". */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String format(double mb) {
        String s = String.format(Locale.ROOT, "%.1f", mb);
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        return s + " MB";
    }
}
