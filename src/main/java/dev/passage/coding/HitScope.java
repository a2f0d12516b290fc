package dev.passage.coding;

import java.util.Locale;

/** What "code all hits" codes: the matched words, the sentence around them, or the whole speaker turn. */
public enum HitScope {
    HIT, SENTENCE, TURN;

    public static HitScope parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown scope '" + s + "': use hit, sentence or turn", e);
        }
    }
}
