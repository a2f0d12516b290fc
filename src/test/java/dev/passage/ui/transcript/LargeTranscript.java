package dev.passage.ui.transcript;

import dev.passage.coding.TextRange;
import dev.passage.importer.ImportOutcome;
import dev.passage.model.Code;
import dev.passage.model.Language;
import dev.passage.session.ProjectSession;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Random;

/** A project with one long interview (about 300,000 characters) carrying about 2,000 codings of 24 codes, for the performance test and benchmark. */
final class LargeTranscript {
    static final String[] ANSWERS = {
        "Vi taler åbent om fejlene på morgenmødet, og det er blevet helt normalt.",
        "Jeg tror, at de fleste kan lære det, hvis de får tid og den rigtige støtte.",
        "Nogle gange holder man det for sig selv, fordi man ikke vil hænges ud.",
        "Vores leder siger selv højt, når hun har taget fejl, og det smitter.",
        "Vi har sparring i makkerpar hver anden uge, hvor vi gennemgår en konkret sag.",
        "Det er svært at nå, når vi er så få på vagt og telefonen ringer hele tiden.",
        "Vi prøvede en ny måde at planlægge ruterne på og samlede data i fire uger.",
        "På teammødet reflekterede vi over, hvad der virkede, og hvad vi skulle ændre.",
        "Der er meget silotænkning mellem dag- og aftenvagten, vi kender ikke hinandens udfordringer.",
        "Når en kollega spørger om hjælp, stopper vi op og tager det alvorligt.",
        "Feedback handler hos os om at se på opgaven, ikke på personen.",
        "Det tog tid, før folk turde sige, at de ikke forstod den nye plan. 😀"};
    static final String[] QUESTIONS = {
        "Hvad sker der, når nogen laver en fejl?", "Hvordan giver I hinanden feedback?",
        "Fortæl om sidste gang I prøvede noget nyt.", "Hvad står i vejen for, at I lærer af hinanden?"};

    record Generated(ProjectSession session, long documentId, int length, int codings, List<Code> codes) {
    }

    private LargeTranscript() {
    }

    static Generated create(Path dir, int targetChars, int codingCount) throws Exception {
        ProjectSession session = ProjectSession.create(dir.resolve("large.passage"), "Large", Language.DA, "anna");
        Random random = new Random(7);
        StringBuilder sb = new StringBuilder(targetChars + 1000);
        int labels = 0;   // the speaker labels are not part of the stored text
        while (sb.length() - labels < targetChars) {
            labels += "Interviewer: ".length() + "Leder: ".length();
            sb.append("Interviewer: ").append(QUESTIONS[random.nextInt(QUESTIONS.length)]).append("\n\n");
            sb.append("Leder: ");
            int paragraphs = 1 + random.nextInt(3);
            for (int p = 0; p < paragraphs; p++) {
                int sentences = 2 + random.nextInt(6);
                for (int k = 0; k < sentences; k++) {
                    sb.append(ANSWERS[random.nextInt(ANSWERS.length)]).append(k + 1 < sentences ? " " : "");
                }
                sb.append(p + 1 < paragraphs ? "\n" : "");
            }
            sb.append("\n\n");
        }
        Path file = dir.resolve("long-interview.txt");
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        ImportOutcome outcome = session.imports().importFile(file, "Long interview", Map.of("role", "leader"));
        if (outcome.status() != ImportOutcome.Status.IMPORTED) {
            throw new IllegalStateException(outcome.message());
        }
        long docId = outcome.documentId();
        String text = session.documents().text(docId).orElseThrow();
        int length = text.length();
        List<Code> codes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Code parent = session.codebook().add(null, "Theme " + (i + 1), null, null);
            codes.add(parent);
            for (int k = 0; k < 3; k++) {
                codes.add(session.codebook().add(parent.id(), "Aspect " + (i + 1) + "." + (k + 1), null, null));
            }
        }
        Map<Long, List<TextRange>> byCode = new HashMap<>();
        for (int i = 0; i < codingCount; i++) {
            int start = random.nextInt(length - 2000);
            int len = 20 + random.nextInt(i % 10 == 0 ? 1500 : 300);
            if (Character.isLowSurrogate(text.charAt(start))) {
                start--;
            }
            if (Character.isLowSurrogate(text.charAt(start + len))) {
                len++;
            }
            byCode.computeIfAbsent(codes.get(random.nextInt(codes.size())).id(), k -> new ArrayList<>())
                  .add(new TextRange(docId, start, start + len));
        }
        int total = 0;
        for (Entry<Long, List<TextRange>> e : byCode.entrySet()) {
            total += session.coding().applyAll(e.getValue(), e.getKey(), dev.passage.errors.Text.plain("generate")).size();
        }
        session.history().clear();
        return new Generated(session, docId, length, total, codes);
    }
}
