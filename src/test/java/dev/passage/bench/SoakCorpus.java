package dev.passage.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Small, seeded interview transcripts and case tables for the crash soak. Each interview starts with "beginmark NAME" in its
 * first turn and ends with "endmark NAME" in its last, so a document cut short by a crash is visible in its stored text.
 */
final class SoakCorpus {
    static final String UNIT_COLUMN = "unit";
    static final String RESPONDENT_COLUMN = "respondent";
    static final List<String> QUESTIONS = List.of("q_feedback", "q_change");
    private static final String[] WORDS = {
        "feedback", "team", "manager", "mistake", "learning", "meeting", "project", "customer", "trust", "time", "work", "idea",
        "colleague", "process", "change", "safety", "question", "answer", "problem", "week", "plan", "goal", "report", "tool",
        "the", "a", "we", "they", "often", "never", "sometimes", "really", "good", "hard", "new", "old", "open", "quiet"};
    private static final String[] VERBS = {"talk about", "share", "hide", "discuss", "fix", "ignore", "learn from", "give", "ask for"};

    private SoakCorpus() {
    }

    static String beginMark(String name) {
        return "beginmark " + name;
    }

    static String endMark(String name) {
        return "endmark " + name;
    }

    /** Writes {@code count} interviews named {@code prefix}0.. into {@code dir}; returns their files. */
    static List<Path> interviews(Path dir, String prefix, int count, int turns, SplittableRandom r) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = prefix + i;
            Path file = dir.resolve(name + ".txt");
            Files.writeString(file, interview(name, turns / 2 + r.nextInt(turns), r), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    static String interview(String name, int turns, SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        for (int t = 0; t < turns; t++) {
            b.append(t % 2 == 0 ? "Interviewer: " : "Respondent: ");
            if (t == 0) {
                b.append(beginMark(name)).append(". ");
            }
            int sentences = 1 + r.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                b.append(sentence(r)).append(' ');
            }
            if (t == turns - 1) {
                b.append(endMark(name)).append('.');
            }
            b.append("\n\n");
        }
        return b.toString();
    }

    static String sentence(SplittableRandom r) {
        StringBuilder b = new StringBuilder("We");
        b.append(' ').append(VERBS[r.nextInt(VERBS.length)]);
        int words = 4 + r.nextInt(10);
        for (int w = 0; w < words; w++) {
            b.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.append('.').toString();
    }

    /** Unit scores: unit, score, size. */
    static Path units(Path file, int units, SplittableRandom r) throws IOException {
        StringBuilder b = new StringBuilder(UNIT_COLUMN + ",score,size\n");
        for (int u = 0; u < units; u++) {
            b.append("Unit ").append(u).append(',').append(1 + r.nextInt(5)).append(',').append(5 + r.nextInt(50)).append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        return file;
    }

    /** A survey: respondent (prefix + i), unit, role and two open answers. */
    static Path survey(Path file, String prefix, int respondents, int units, SplittableRandom r) throws IOException {
        StringBuilder b = new StringBuilder(RESPONDENT_COLUMN + "," + UNIT_COLUMN + ",role," + String.join(",", QUESTIONS) + "\n");
        for (int i = 0; i < respondents; i++) {
            b.append(prefix).append(i).append(",Unit ").append(r.nextInt(units)).append(',').append(r.nextBoolean() ? "lead" : "staff");
            for (int q = 0; q < QUESTIONS.size(); q++) {
                b.append(",\"").append(sentence(r)).append(' ').append(sentence(r)).append('"');
            }
            b.append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        return file;
    }
}
