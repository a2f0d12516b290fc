package dev.passage.mixed;

/**
 * A column of the code x unit matrix.
 *
 * @param interviews  documents of the unit that are not survey answers
 * @param respondents survey respondents of the unit with at least one answer
 * @param textChars   characters of all the unit's documents (0: "no text")
 */
public record MatrixUnit(long unitId, String name, int documents, int interviews, int respondents, long textChars) {
    public boolean hasText() {
        return textChars > 0;
    }
}
