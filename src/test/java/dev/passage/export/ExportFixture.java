package dev.passage.export;

import dev.passage.TestProjects;
import dev.passage.model.CodeDescription;
import dev.passage.model.DocumentFormat;
import dev.passage.model.Language;
import dev.passage.model.NewDocument;
import dev.passage.model.SpeakerTurn;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;
import dev.passage.model.VariableValue;
import dev.passage.session.ProjectSession;
import dev.passage.session.SessionStores;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A small project with the texts that break exports: quotes, commas, line breaks, emoji (two UTF-16 units), Danish
 * letters, markup; two interviews in two units, a survey answer, typed variables of all three scopes and a document
 * attribute; codes with sub-codes; two coders, memos.
 */
final class ExportFixture implements AutoCloseable {
    static final String Q = "Hvad sker der, når nogen laver en fejl?";
    static final String A = "Vi siger \"undskyld\", og så går vi videre.\nNy linje med æøå ÆØÅ og 🎉 emoji, komma; slut.";
    static final String B = "<script>alert('x')</script> & mere tekst her om at sige fra.";
    static final String C = "Kollegerne hjælper, når jeg spørger.";

    final ProjectSession session;
    final long interviewNorth;
    final long interviewSouth;
    final long answer;
    final long fear;
    final long safety;
    final long speakingUp;

    ExportFixture(Path dir) throws IOException {
        session = TestProjects.create(dir, Language.DA);
        var codes = session.codebook();
        fear = codes.addPath("Barriers/Fear of blame", null, new CodeDescription("Fear of being blamed", "Staff hide mistakes",
                                                                                  "Mere worry about workload", "\"Man bliver hængt ud\"")).id();
        safety = codes.addPath("Psychological safety", null, CodeDescription.of("Feeling safe to take interpersonal risks")).id();
        speakingUp = codes.addPath("Psychological safety/Speaking up", null, CodeDescription.of("Voicing concerns")).id();
        String textA = Q + A;
        long[] ids = SessionStores.of(session).database().write(tx -> {
            long north = tx.units().ensure("North", "Home care north");
            long south = tx.units().ensure("South", null);
            long a = tx.documents().insert(new NewDocument("Interview 01", textA, DocumentFormat.TXT, null, Instant.parse("2026-01-01T00:00:00Z"),
                                                           Map.of("role", "leader"),
                                                           List.of(new SpeakerTurn(0, Q.length(), "Interviewer", 0L),
                                                                   new SpeakerTurn(Q.length(), textA.length(), "Leder", 12_500L))));
            long b = tx.documents().insert(new NewDocument("Interview 02", B, DocumentFormat.TXT, null, Instant.parse("2026-01-02T00:00:00Z"),
                                                           Map.of(), List.of(new SpeakerTurn(0, B.length(), "Medarbejder", null))));
            long c = tx.documents().insert(new NewDocument("R001 · Q1", C, DocumentFormat.TXT, null, Instant.parse("2026-01-03T00:00:00Z"),
                                                           Map.of(), List.of()));
            tx.documents().setUnit(a, north);
            tx.documents().setUnit(b, south);
            long r = tx.respondents().ensure("R001", north);
            tx.respondents().linkAnswer(c, r, "Q1 What helps you learn?");
            long psych = tx.variables().ensure(VariableScope.UNIT, "psych_safety", VariableType.NUMBER);
            long sector = tx.variables().ensure(VariableScope.UNIT, "sector", VariableType.CATEGORY);
            long tenure = tx.variables().ensure(VariableScope.DOCUMENT, "tenure", VariableType.NUMBER);
            long age = tx.variables().ensure(VariableScope.RESPONDENT, "age", VariableType.NUMBER);
            long sectorDoc = tx.variables().ensure(VariableScope.DOCUMENT, "sector", VariableType.CATEGORY);
            tx.variables().setAll(List.of(VariableValue.ofNumber(psych, north, 4.5), VariableValue.ofText(sector, north, "Eldercare"),
                                          VariableValue.ofText(sector, south, "Schools"), VariableValue.ofNumber(tenure, a, 12),
                                          VariableValue.ofNumber(age, r, 34), VariableValue.ofText(sectorDoc, b, "Private")));
            return new long[] {a, b, c};
        });
        interviewNorth = ids[0];
        interviewSouth = ids[1];
        answer = ids[2];
        var coding = session.coding();
        coding.setCoder("anna");
        coding.apply(interviewNorth, Q.length(), textA.length(), fear, "Memo, with \"quotes\"\nand a second line");
        coding.setCoder("jonas");
        int emoji = textA.indexOf("emoji");
        coding.apply(interviewNorth, emoji, emoji + "emoji, komma".length(), safety);
        coding.setCoder("anna");
        coding.apply(interviewSouth, 0, B.indexOf(" & mere"), speakingUp);
        coding.apply(answer, 0, C.length(), safety);
    }

    ExportService service() {
        return session.exports();
    }

    @Override
    public void close() {
        session.close();
    }
}
