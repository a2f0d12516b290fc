package dev.passage.importer;

import java.util.Locale;

/** How much Passage is willing to read in one import. {@code maxFileBytes} is the largest file size accepted. */
public record ImportLimits(long maxFileBytes) {
    /** 50 MB: far above any interview transcript, low enough to keep a mistaken import (a video, a disk image) quick to refuse. */
    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;

    public ImportLimits {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive, was " + maxFileBytes);
        }
    }

    public static ImportLimits defaults() {
        return new ImportLimits(DEFAULT_MAX_FILE_BYTES);
    }

    /** A byte count in megabytes (1 MB = 1024 × 1024 bytes) for messages: "50 MB", "1.5 MB". */
    static String megabytes(long bytes) {
        return format(bytes / (1024.0 * 1024.0));
    }

    /** As {@link #megabytes}, rounded up to the next tenth, so a file just over a limit never reads as equal to it. */
    static String megabytesRoundedUp(long bytes) {
        return format(Math.ceil(bytes / (1024.0 * 1024.0) * 10) / 10);
    }

    private static String format(double mb) {
        String s = String.format(Locale.ROOT, "%.1f", mb);
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        return s + " MB";
    }
}
