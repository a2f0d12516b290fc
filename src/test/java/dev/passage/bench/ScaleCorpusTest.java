package dev.passage.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScaleCorpusTest {

    @Test
    void sizeSIsDeterministicWithRealisticLengthsTurnsAndVocabulary(@TempDir Path dir) throws Exception {
        ScaleCorpus.Written a = ScaleCorpus.write(dir.resolve("a"), ScaleCorpus.Size.S, 6);
        ScaleCorpus.Written b = ScaleCorpus.write(dir.resolve("b"), ScaleCorpus.Size.S, 6);
        assertEquals(100, a.documents());
        assertEquals(a.interviewBytes(), b.interviewBytes());
        String name = ScaleCorpus.interviewFileName(ScaleCorpus.Size.S, 42);
        assertArrayEquals(Files.readAllBytes(a.interviews().resolve(name)), Files.readAllBytes(b.interviews().resolve(name)));

        Map<String, Integer> frequency = new HashMap<>();
        int english = 0;
        try (Stream<Path> files = Files.list(a.interviews())) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                long words = text.split("\\s+").length;
                // the drawn length is 3,000-15,000 words; the last turn may run over a little
                assertTrue(words >= 3_000 && words <= 15_300, f + " has " + words + " words");
                assertTrue(text.startsWith("Interviewer: "), f.toString());
                english += text.contains("Manager: ") || text.contains("Employee: ") ? 1 : 0;
                for (String w : text.toLowerCase().split("[^\\p{L}]+")) {
                    frequency.merge(w, 1, Integer::sum);
                }
            }
        }
        assertTrue(english > 10 && english < 45, english + " English interviews of 100");
        // Zipf-like: many distinct words, and the most frequent far ahead of the median one
        List<Integer> counts = frequency.values().stream().sorted((x, y) -> y - x).toList();
        assertTrue(counts.size() > 300, counts.size() + " distinct words");
        assertTrue(counts.getFirst() > 50 * counts.get(counts.size() / 2));
        assertTrue(frequency.containsKey("silotænkning") && frequency.containsKey("fejl") && frequency.containsKey("mistake"));

        List<String> survey = Files.readAllLines(a.survey());
        assertEquals(ScaleCorpus.Size.S.respondents + 1, survey.size());
        assertEquals("respondent_id,unit,role,q_mistakes,q_learning", survey.getFirst());
        assertEquals(ScaleCorpus.Size.S.units + 1, Files.readAllLines(a.units()).size());
    }

    @Test
    void sentencesAndPlannedCodingsCoverWholeSentences() {
        String text = "Vi taler åbent om fejl. Det er svært? Ja!\n\nOg så videre";
        List<int[]> s = ScaleCorpus.sentences(text);
        assertEquals(List.of("Vi taler åbent om fejl.", "Det er svært?", "Ja!", "Og så videre"),
                     s.stream().map(r -> text.substring(r[0], r[1])).toList());

        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            big.append("Sætning nummer ").append(i).append(". ");
        }
        List<ScaleCodebook.Planned> plan = ScaleCodebook.forInterview(7, big.toString(), 6);
        assertEquals(ScaleCodebook.HOT_PER_INTERVIEW, plan.stream().filter(p -> p.path().equals(ScaleCodebook.HOT)).count());
        assertTrue(plan.stream().allMatch(p -> ScaleCodebook.PATHS.contains(p.path()) && big.charAt(p.end() - 1) == '.'));
        assertEquals(plan, ScaleCodebook.forInterview(7, big.toString(), 6));
    }
}
