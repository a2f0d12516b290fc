package dev.passage.mixed;

/**
 * The counts of one code (or the union of listed codes) in one group of texts: a unit, a crosstab group or all units.
 *
 * @param segments      codings of the code (with sub-codes when aggregated) in the group's documents
 * @param codedChars    characters covered, overlapping codings of the code in one document merged first
 * @param textChars     characters of all the group's documents
 * @param shareChars    codedChars / textChars, null when the group has no text
 * @param carriers      documents (interviews) and respondents (survey answers) that carry the code
 * @param carrierTotal  documents and respondents in the group
 * @param shareCarriers carriers / carrierTotal, null when the group has none
 * @param note          "no text" when the group has no text, otherwise ""
 */
public record Tally(int segments, long codedChars, long textChars, Double shareChars, int carriers, int carrierTotal,
                    Double shareCarriers, String note) {
    public static final String NO_TEXT = "no text";

    /** Derives the shares; a group without text or carriers gets null shares and the note "no text". */
    public static Tally of(int segments, long codedChars, long textChars, int carriers, int carrierTotal) {
        Double shareChars = textChars > 0 ? (double) codedChars / textChars : null;
        Double shareCarriers = carrierTotal > 0 ? (double) carriers / carrierTotal : null;
        return new Tally(segments, codedChars, textChars, shareChars, carriers, carrierTotal, shareCarriers,
                         textChars > 0 ? "" : NO_TEXT);
    }

    public boolean hasText() {
        return textChars > 0;
    }

    /** The sum of two disjoint groups. */
    public Tally plus(Tally other) {
        return of(segments + other.segments, codedChars + other.codedChars, textChars + other.textChars, carriers + other.carriers,
                  carrierTotal + other.carrierTotal);
    }
}
