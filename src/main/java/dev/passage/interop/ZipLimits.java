package dev.passage.interop;

/**
 * How much a .qdpx may unpack to: at most {@code maxEntries} entries, {@code maxTotalBytes} bytes in all, and no entry
 * larger than 1 MB that unpacks to more than {@code maxRatio} times its compressed size (a zip bomb).
 */
public record ZipLimits(int maxEntries, long maxTotalBytes, int maxRatio) {
    /** Room for 20,000 sources, 4 GB and a ratio of 200 (plain text compresses about 3 to 10 times). */
    public static ZipLimits defaults() {
        return new ZipLimits(20_000, 4L * 1024 * 1024 * 1024, 200);
    }

    public ZipLimits {
        if (maxEntries <= 0 || maxTotalBytes <= 0 || maxRatio <= 0) {
            throw new IllegalArgumentException("zip limits must be positive");
        }
    }
}
