package dev.passage.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic corpus of interview transcripts (Danish, speaker turns) for benchmarks: sentences are drawn from a
 * pool of realistic utterances, so the vocabulary, stemming and hit rates resemble real fieldwork.
 */
final class CorpusGenerator {
    private static final List<String> QUESTIONS = List.of(
        "Hvad sker der, når nogen laver en fejl?", "Kan du give et eksempel på en situation, hvor du bad om hjælp?",
        "Hvordan giver I hinanden feedback?", "Hvad gør jeres leder, når der opstår problemer?",
        "Hvordan arbejder I med læring på tværs af teams?", "Fortæl om sidste gang I prøvede noget nyt.",
        "Hvordan følger I op på jeres forsøg?", "Hvad står i vejen for, at I lærer af hinanden?");
    private static final List<String> ANSWERS = List.of(
        "Vi taler åbent om fejlene på morgenmødet, og det er blevet helt normalt.",
        "Jeg tror, at de fleste kan lære det, hvis de får tid og den rigtige støtte.",
        "Nogle gange holder man det for sig selv, fordi man ikke vil hænges ud.",
        "Vores leder siger selv højt, når hun har taget fejl, og det smitter.",
        "Vi har sparring i makkerpar hver anden uge, hvor vi gennemgår en konkret sag.",
        "Det er svært at nå, når vi er så få på vagt og telefonen ringer hele tiden.",
        "Vi prøvede en ny måde at planlægge ruterne på og samlede data i fire uger.",
        "På teammødet reflekterede vi over, hvad der virkede, og hvad vi skulle ændre.",
        "Bagefter besluttede vi at gøre det til fast praksis i hele afdelingen.",
        "Der er meget silotænkning mellem dag- og aftenvagten, vi kender ikke hinandens udfordringer.",
        "Jeg er bare ikke typen, der er god til it, sådan har det altid været.",
        "Når en kollega spørger om hjælp, stopper vi op og tager det alvorligt.",
        "Feedback handler hos os om at se på opgaven, ikke på personen.",
        "Man kan godt mærke, at der er frygt for at blive kritiseret af ledelsen.",
        "Vi skriver læringspunkter ned og deler dem med de andre teams hver måned.",
        "Det tog tid, før folk turde sige, at de ikke forstod den nye plan.",
        "Borgerne mærker forskel, når vi koordinerer bedre på tværs.",
        "Jeg savner, at nogen spørger ind til, hvordan vi egentlig har det med forandringerne.",
        "Min makker gav mig en ærlig tilbagemelding, som jeg lærte meget af.",
        "Organisationen har ikke rigtig en kultur for at eksperimentere, alt skal være perfekt første gang.");

    private CorpusGenerator() {
    }

    /** Writes {@code count} transcripts of roughly {@code targetChars} characters each into {@code dir}. */
    static long write(Path dir, int count, int targetChars, long seed) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        long total = 0;
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder(targetChars + 500);
            String respondent = random.nextBoolean() ? "Leder" : "Medarbejder";
            while (sb.length() < targetChars) {
                sb.append("Interviewer: ").append(QUESTIONS.get(random.nextInt(QUESTIONS.size()))).append("\n\n");
                sb.append(respondent).append(": ");
                int sentences = 3 + random.nextInt(8);
                for (int k = 0; k < sentences; k++) {
                    sb.append(ANSWERS.get(random.nextInt(ANSWERS.size()))).append(k + 1 < sentences ? " " : "");
                }
                sb.append("\n\n");
            }
            Files.writeString(dir.resolve(String.format("interview-%03d.txt", i)), sb);
            total += sb.length();
        }
        return total;
    }
}
