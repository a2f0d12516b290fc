package dev.passage.ui.mixed;

/**
 * A correlation as the display shows it. When it cannot be computed {@code coefficient} is null and {@code notComputable}
 * says why; {@code ciLow}/{@code ciHigh} are null when there is no interval ({@code ciNote} says why).
 */
public record Stat(String method, int n, Double coefficient, Double pValue, Double ciLow, Double ciHigh, int resamples,
                   String notComputable, String ciNote, String definition) {
    public boolean computable() {
        return coefficient != null;
    }

    public boolean hasInterval() {
        return ciLow != null && ciHigh != null;
    }
}
