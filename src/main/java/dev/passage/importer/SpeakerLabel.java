package dev.passage.importer;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether the text before a colon (or inside brackets, or before an Otter timestamp) can be a speaker's name:
 * "Mette Holm", "INTERVIEWER", "I", "R", "Taler 3", "P1", "id1", "Dr. Jensen", "Anne van Dijk" — but not "Det var sådan"
 * (a sentence), "Note" (a known non-speaker word) or anything with sentence punctuation.
 */
final class SpeakerLabel {
    static final int MAX_WORDS = 4;
    static final int MAX_CHARS = 40;

    /** Name particles that may be written in lower case inside a name. */
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "da", "di", "du", "af", "la", "le",
            "el", "al", "bin", "ibn", "ter", "ten", "y", "zu", "dos", "das", "del");

    /** Words that end in a colon at the start of a line but name a kind of note or metadata, not a person. */
    private static final Set<String> NOT_SPEAKERS = Set.of("note", "notes", "nb", "n.b.", "ps", "p.s.", "obs", "bemærk", "husk",
            "tip", "warning", "advarsel", "example", "eksempel", "exempel", "source", "kilde", "källa", "link", "url", "email",
            "e-mail", "tel", "phone", "telefon", "date", "dato", "datum", "time", "tid", "tidspunkt", "place", "sted", "plats",
            "location", "duration", "varighed", "subject", "emne", "ämne", "title", "titel", "re", "fwd", "cc", "to", "from",
            "til", "fra", "participants", "deltagere", "deltagare", "transcript", "transskription", "file", "fil", "project",
            "projekt", "chapter", "kapitel", "step", "trin", "summary", "resumé", "sammenfatning", "keywords", "nøgleord");

    private SpeakerLabel() {
    }

    /** The label with runs of white space collapsed, or null if it cannot be a speaker's name. */
    static String normalise(String raw) {
        String label = collapseSpaces(raw.strip());
        return isSpeaker(label) ? label : null;
    }

    /** Runs of white space ({@code \\s}: ASCII) as one space, without compiling a regular expression for every line. */
    private static String collapseSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (MarkdownText.isSpace(c)) {
                if (!inRun) {
                    out.append(' ');
                }
                inRun = true;
            } else {
                out.append(c);
                inRun = false;
            }
        }
        return out.toString();
    }

    static boolean isSpeaker(String label) {
        if (label.isEmpty() || label.length() > MAX_CHARS) {
            return false;
        }
        if (NOT_SPEAKERS.contains(label.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String[] words = label.split(" ");
        if (words.length > MAX_WORDS) {
            return false;
        }
        if (!Character.isLetter(label.codePointAt(0))) {
            return false;
        }
        for (String word : words) {
            if (!isNameWord(word)) {
                return false;
            }
        }
        // A name starts with a capital ("Mette", "I", "INTERVIEWER"); lower case is accepted for one token with a digit ("id1", "p2").
        boolean oneTokenWithDigit = words.length == 1 && label.chars().anyMatch(Character::isDigit);
        if (Character.isLowerCase(label.codePointAt(0)) && !oneTokenWithDigit) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            if (Character.isLowerCase(words[i].codePointAt(0)) && !PARTICLES.contains(words[i])) {
                return false;
            }
        }
        return true;
    }

    /** Letters, marks, digits, hyphens and apostrophes; a full stop only to end a short abbreviation ("Dr.", "J."). */
    private static boolean isNameWord(String word) {
        int end = word.length();
        if (word.endsWith(".")) {
            end--;
            if (end == 0 || end > 3) {
                return false;
            }
        }
        for (int i = 0; i < end; ) {
            int cp = word.codePointAt(i);
            boolean ok = Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK || cp == '-' || cp == '\'' || cp == '\u2019';
            if (!ok) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
