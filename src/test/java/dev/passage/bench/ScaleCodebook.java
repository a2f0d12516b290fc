package dev.passage.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The scale benchmark's codebook (61 codes in three levels) and where its codings go: every interview gets
 * {@value #HOT_PER_INTERVIEW} sentences coded with {@link #HOT} (so size M has a code with 10,000 segments) and
 * {@value #OTHER_PER_INTERVIEW} more spread over the other codes with Zipf-like weights; about a third of the survey answers
 * get one coding. Ranges are whole sentences of the stored text, chosen by a seeded random per document.
 */
final class ScaleCodebook {
    static final String HOT = "Læring/Fejl som læring";
    static final String PROBE = "Benchmark/Probe";
    static final int HOT_PER_INTERVIEW = 10;
    static final int OTHER_PER_INTERVIEW = 30;

    /** Code paths, parents before children. */
    static final List<String> PATHS = paths();

    private ScaleCodebook() {
    }

    private static List<String> paths() {
        Map<String, List<String>> themes = new LinkedHashMap<>();
        themes.put("Læring", List.of("Fejl som læring", "Fejl som læring/Små fejl", "Fejl som læring/Alvorlige hændelser", "Refleksion",
                                     "Refleksion/Teammøder", "Eksperimenter", "Vidensdeling", "Opfølgning", "Læring på tværs"));
        themes.put("Psykologisk tryghed", List.of("Tale åbent", "Tale åbent/På møder", "Tale åbent/Én-til-én", "Frygt for kritik",
                                                  "Bede om hjælp", "Bede om hjælp/Nye medarbejdere", "Tillid", "Tavshed"));
        themes.put("Ledelse", List.of("Leder som rollemodel", "Støtte fra leder", "Kontrol", "Tilgængelighed", "Beslutninger"));
        themes.put("Feedback", List.of("Ærlig feedback", "Ærlig feedback/Fra kolleger", "Ærlig feedback/Fra leder", "Sparring",
                                       "Anerkendelse", "Kritik af personen"));
        themes.put("Samarbejde", List.of("Silotænkning", "Koordinering", "Makkerpar", "Vagtskifte", "Tværfagligt"));
        themes.put("Organisation", List.of("Travlhed", "Travlhed/Bemanding", "Travlhed/Telefoner", "Ressourcer", "Forandringer",
                                           "Kultur", "Kultur/Normer", "Kultur/Historik", "Perfektionisme"));
        themes.put("Borgere", List.of("Borgerens oplevelse", "Pårørende", "Kvalitet"));
        themes.put("Teknologi", List.of("IT-kompetencer", "Systemer", "Systemer/Journalsystem", "Systemer/Planlægning", "Digitale værktøjer"));
        List<String> out = new ArrayList<>();
        themes.forEach((theme, children) -> {
            out.add(theme);
            children.forEach(c -> out.add(theme + "/" + c));
        });
        return List.copyOf(out);
    }

    /** A planned coding: a sentence [start, end) and the code path. */
    record Planned(int start, int end, String path) {
    }

    /** The codings of interview number {@code index} over its stored {@code text}. */
    static List<Planned> forInterview(int index, String text, long seed) {
        List<int[]> sentences = ScaleCorpus.sentences(text);
        SplittableRandom r = new SplittableRandom(seed * 31 + index);
        List<String> others = PATHS.stream().filter(p -> !p.equals(HOT)).toList();
        ScaleCorpus.Zipf pick = new ScaleCorpus.Zipf(others.toArray(String[]::new), 0.9);
        List<Planned> out = new ArrayList<>();
        Set<Integer> hot = new HashSet<>();
        while (hot.size() < Math.min(HOT_PER_INTERVIEW, sentences.size())) {
            int s = r.nextInt(sentences.size());
            if (hot.add(s)) {
                out.add(new Planned(sentences.get(s)[0], sentences.get(s)[1], HOT));
            }
        }
        Set<String> taken = new HashSet<>();
        for (int k = 0; k < OTHER_PER_INTERVIEW; k++) {
            int s = r.nextInt(sentences.size());
            // one to three sentences, so that codings overlap each other now and then
            int last = Math.min(sentences.size() - 1, s + r.nextInt(3));
            String path = pick.draw(r);
            if (taken.add(s + "/" + last + "/" + path)) {
                out.add(new Planned(sentences.get(s)[0], sentences.get(last)[1], path));
            }
        }
        return out;
    }

    /** One coding of a whole survey answer for about a third of them; none otherwise. */
    static List<Planned> forSurveyAnswer(long documentId, String text, long seed) {
        SplittableRandom r = new SplittableRandom(seed * 17 + documentId);
        if (text.isEmpty() || r.nextInt(3) != 0) {
            return List.of();
        }
        List<String> survey = List.of("Læring/Fejl som læring/Små fejl", "Psykologisk tryghed/Frygt for kritik", "Feedback/Ærlig feedback",
                                      "Organisation/Travlhed", "Ledelse/Støtte fra leder", "Psykologisk tryghed/Tale åbent");
        return List.of(new Planned(0, text.length(), survey.get(r.nextInt(survey.size()))));
    }
}
