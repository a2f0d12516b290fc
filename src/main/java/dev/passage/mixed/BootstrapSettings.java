package dev.passage.mixed;

/** The percentile bootstrap of a correlation: how many resamples of units, and the seed that makes it reproducible. */
public record BootstrapSettings(int resamples, long seed) {
    public static final BootstrapSettings DEFAULT = new BootstrapSettings(2000, 42);

    public BootstrapSettings {
        if (resamples < 100) {
            throw new IllegalArgumentException("A bootstrap needs at least 100 resamples, not " + resamples);
        }
    }
}
