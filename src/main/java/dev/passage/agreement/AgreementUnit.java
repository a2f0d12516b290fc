package dev.passage.agreement;

import java.util.Locale;

/**
 * What one unit of analysis is (issue 12):
 * <ul>
 * <li>{@link #CHARACTER} (NVivo's): every character of the chosen documents, for each code coded or not by each coder;</li>
 * <li>{@link #SEGMENT} (MAXQDA's): every coded segment of each coder, matched or not by each other coder's segment of the
 *     same code overlapping it by at least the overlap share of the longer of the two;</li>
 * <li>{@link #DOCUMENT} (Dedoose's; survey answers): every document, for each code applied or not by each coder (with a
 *     domain: the domain's sub-code each coder applied, a nominal value);</li>
 * <li>{@link #UNITIZED}: Krippendorff's α_U over each document's text as a continuum of characters.</li>
 * </ul>
 */
public enum AgreementUnit {
    CHARACTER, SEGMENT, DOCUMENT, UNITIZED;

    /** As the command line and the JSON name it: "character", "segment", "document", "unitized". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The unit a command-line word names, or null. */
    public static AgreementUnit parse(String word) {
        String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        for (AgreementUnit u : values()) {
            if (u.key().equals(w) || (u.key() + "s").equals(w)) {
                return u;
            }
        }
        return null;
    }
}
