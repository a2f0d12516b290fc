package dev.passage.ui.mixed;

/**
 * The counts of one code in one unit or group, as the displays show them (a copy of the core's tally, so views need not
 * know the core).
 *
 * @param shareChars    coded characters / text characters, null without text
 * @param shareCarriers carrying documents and respondents / all of them, null when there are none
 */
public record Counts(int segments, long codedChars, long textChars, Double shareChars, int carriers, int carrierTotal,
                     Double shareCarriers) {

    public boolean hasText() {
        return textChars > 0;
    }

    /** The value of {@code measure}: segments as a number, shares as 0..1; null when the unit has no text. */
    public Double value(Measure measure) {
        if (!hasText()) {
            return null;
        }
        return switch (measure) {
            case SEGMENTS -> (double) segments;
            case CODED_SHARE -> shareChars;
            case CARRIER_SHARE -> shareCarriers;
        };
    }
}
