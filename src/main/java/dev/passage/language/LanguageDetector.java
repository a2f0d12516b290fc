package dev.passage.language;

import dev.passage.model.Language;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Guesses which of the supported languages (Danish, Swedish, English) a text is written in, from how many of its words are
 * each language's most frequent function words, and from the letters only one of the Scandinavian languages uses (æ, ø for
 * Danish; ä, ö for Swedish). Honest about doubt: a text with too few such words, or where two languages score nearly the same,
 * is {@linkplain Optional#empty() undetermined} and the caller keeps the project's language. See ADR 0017.
 */
public final class LanguageDetector {
    /** Enough text to decide; a long transcript says nothing more after its first pages. */
    static final int READ_CHARS = 40_000;
    /** Fewer function-word hits than this: too little text to tell. */
    static final double MIN_SCORE = 4;
    /** The best language must score this much more than the next one. */
    static final double MARGIN = 1.25;
    /** What one word with a letter only one language has (æ, ø or ä, ö) adds. */
    private static final double LETTER_WEIGHT = 0.5;

    private static final Map<Language, Set<String>> WORDS = new EnumMap<>(Map.of(
        Language.DA, Set.of(
            "og", "i", "jeg", "det", "at", "en", "den", "til", "er", "som", "på", "de", "med", "han", "af", "for", "ikke",
            "der", "var", "mig", "sig", "men", "et", "har", "om", "vi", "min", "havde", "ham", "hun", "nu", "over", "da",
            "fra", "du", "ud", "sin", "dem", "os", "op", "man", "hans", "hvor", "eller", "hvad", "skal", "selv", "her",
            "alle", "vil", "blev", "kunne", "ind", "når", "være", "noget", "ville", "jo", "deres", "efter", "skulle",
            "denne", "end", "dette", "også", "have", "dig", "hende", "meget", "hvis", "nogle", "hos", "blive", "mange",
            "bliver", "været", "jer", "sådan", "hvordan", "fordi", "så", "lidt", "ja", "nej", "godt", "altså"),
        Language.SV, Set.of(
            "och", "det", "att", "i", "en", "jag", "hon", "som", "han", "på", "den", "med", "var", "sig", "för", "så",
            "till", "är", "men", "ett", "om", "hade", "de", "av", "mig", "du", "henne", "då", "sin", "nu", "har", "inte",
            "hans", "honom", "skulle", "hennes", "där", "min", "man", "vid", "kunde", "något", "från", "ut", "när",
            "efter", "upp", "vi", "dem", "vara", "vad", "över", "än", "dig", "kan", "här", "ha", "mot", "alla", "någon",
            "eller", "allt", "mycket", "sedan", "ju", "detta", "själv", "utan", "varit", "hur", "ingen", "ni", "bli",
            "blev", "oss", "några", "deras", "blir", "också", "eftersom", "lite", "ja", "nej", "bra", "alltså"),
        Language.EN, Set.of(
            "the", "and", "to", "of", "a", "i", "in", "that", "is", "it", "you", "was", "for", "on", "with", "we", "they",
            "but", "be", "have", "this", "are", "not", "at", "as", "he", "she", "what", "so", "there", "or", "do", "if",
            "my", "me", "our", "about", "from", "all", "one", "can", "would", "just", "like", "when", "were", "them",
            "their", "been", "because", "really", "think", "know", "had", "has", "which", "who", "how", "an", "by",
            "your", "us", "then", "more", "some", "very", "yes", "no", "well", "it's", "don't", "i'm")));

    private LanguageDetector() {
    }

    /** The language {@code text} is written in, or empty when the text does not say clearly enough. */
    public static Optional<Language> detect(String text) {
        Map<Language, Double> scores = scores(text);
        Language best = null;
        double bestScore = 0;
        double second = 0;
        for (Map.Entry<Language, Double> e : scores.entrySet()) {
            double s = e.getValue();
            if (s > bestScore) {
                second = bestScore;
                bestScore = s;
                best = e.getKey();
            } else if (s > second) {
                second = s;
            }
        }
        if (best == null || bestScore < MIN_SCORE || bestScore < second * MARGIN) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /** {@link #detect}, or {@code fallback} when the text does not say. */
    public static Language detectOr(String text, Language fallback) {
        return detect(text).orElse(fallback);
    }

    /** Each language's score: its function words among the text's words, plus the letters only it uses. */
    static Map<Language, Double> scores(String text) {
        Map<Language, Double> scores = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            scores.put(l, 0.0);
        }
        if (text == null) {
            return scores;
        }
        String sample = text.length() > READ_CHARS ? text.substring(0, READ_CHARS) : text;
        int i = 0;
        int n = sample.length();
        while (i < n) {
            while (i < n && !isWordChar(sample.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isWordChar(sample.charAt(i))) {
                i++;
            }
            if (i > start) {
                score(sample.substring(start, i).toLowerCase(Locale.ROOT).replace('\u2019', '\''), scores);
            }
        }
        return scores;
    }

    private static void score(String word, Map<Language, Double> scores) {
        for (Map.Entry<Language, Set<String>> e : WORDS.entrySet()) {
            if (e.getValue().contains(word)) {
                scores.merge(e.getKey(), 1.0, Double::sum);
            }
        }
        if (word.indexOf('æ') >= 0 || word.indexOf('ø') >= 0) {
            scores.merge(Language.DA, LETTER_WEIGHT, Double::sum);
        } else if (word.indexOf('ä') >= 0 || word.indexOf('ö') >= 0) {
            scores.merge(Language.SV, LETTER_WEIGHT, Double::sum);
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '\'' || c == '\u2019';
    }
}
