package dev.passage.ui.mixed;

/** A unit column of the code x unit matrix: its interviews, survey respondents and characters of text (0: "no text"). */
public record MatrixColumn(long unitId, String name, int interviews, int respondents, long textChars) {
    public boolean hasText() {
        return textChars > 0;
    }
}
