package dev.passage.interop;

/**
 * Converts Passage's UTF-16 offsets into a text to REFI-QDA positions (Unicode code points). For text without characters
 * outside the Basic Multilingual Plane (no emoji, no rare CJK) both are equal and nothing is allocated.
 */
final class CodePointOffsets {
    private final int[] codePointAt;

    private CodePointOffsets(int[] codePointAt) {
        this.codePointAt = codePointAt;
    }

    static CodePointOffsets of(String text) {
        boolean astral = false;
        for (int i = 0; i < text.length() && !astral; i++) {
            astral = Character.isSurrogate(text.charAt(i));
        }
        if (!astral) {
            return new CodePointOffsets(null);
        }
        int[] map = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            map[i] = cp;
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                cp++;
            } else {
                map[i] = cp - 1; // inside a pair: the pair's own position
            }
        }
        map[text.length()] = cp;
        return new CodePointOffsets(map);
    }

    /** The code point position of UTF-16 offset {@code utf16}. */
    int at(int utf16) {
        return codePointAt == null ? utf16 : codePointAt[utf16];
    }
}
