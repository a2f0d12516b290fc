package dev.passage.ui.transcript;

import java.util.Optional;

/** Turns selected words into an in-vivo code name: one line, trimmed of quotes and punctuation, at most about 60 characters. */
public final class InVivoName {
    public static final int MAX_LENGTH = 60;
    private static final String TRIM = "\"'«»“”„‘’‚`´.,;:!?()[]{}<>-–—…*_#";

    private InVivoName() {
    }

    public static Optional<String> from(String selected) {
        if (selected == null) {
            return Optional.empty();
        }
        String s = selected.replaceAll("\\s+", " ").replace('/', '-').strip();
        int a = 0;
        int b = s.length();
        while (a < b && (TRIM.indexOf(s.charAt(a)) >= 0 || Character.isWhitespace(s.charAt(a)))) {
            a++;
        }
        while (b > a && (TRIM.indexOf(s.charAt(b - 1)) >= 0 || Character.isWhitespace(s.charAt(b - 1)))) {
            b--;
        }
        s = s.substring(a, b);
        if (s.length() > MAX_LENGTH) {
            int cut = s.lastIndexOf(' ', MAX_LENGTH);
            if (cut < MAX_LENGTH / 2) {
                cut = MAX_LENGTH;
            }
            if (Character.isHighSurrogate(s.charAt(cut - 1))) {
                cut--;
            }
            s = s.substring(0, cut).strip();
            while (!s.isEmpty() && TRIM.indexOf(s.charAt(s.length() - 1)) >= 0) {
                s = s.substring(0, s.length() - 1).strip();
            }
            s = s + "…";
        }
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }
}
