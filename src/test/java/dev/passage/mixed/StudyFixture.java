package dev.passage.mixed;

import dev.passage.TestProjects;
import dev.passage.model.CodeDescription;
import dev.passage.model.DocumentFormat;
import dev.passage.model.Language;
import dev.passage.model.NewDocument;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;
import dev.passage.model.VariableValue;
import dev.passage.session.ProjectSession;
import dev.passage.store.Tx;
import dev.passage.session.SessionStores;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The small hand-checked study most mixed-methods tests count on. Codes: Safety (A) with the sub-code Safety/Speaking up
 * (A1), and Learning (B). Units and their texts (lengths in characters):
 * <pre>
 *   North  interviews d1 (100: A[0,20) A[10,30) A1[50,60) B[0,100)) and d2 (50: A1[0,10))
 *   South  interview  d3 (200: B[0,50) B[25,75) A[100,110))
 *   East   no documents ("no text")
 *   West   respondent r1: answers d4 "R1 · Q1" (40: A[0,10)) and d5 "R1 · Q2" (60: A[0,60));
 *          respondent r2: answer d6 "R2 · Q1" (100: B[0,50))
 *   (none) interview d7 (30: A[0,30)): in no unit
 * </pre>
 */
public final class StudyFixture implements AutoCloseable {
    public final ProjectSession session;
    public long a;
    public long a1;
    public long b;
    public long north;
    public long south;
    public long east;
    public long west;
    public long r1;
    public long r2;
    public final long[] doc = new long[8];

    public StudyFixture(Path tmp) throws IOException {
        session = TestProjects.create(tmp, Language.EN);
        SessionStores.of(session).database().write(tx -> {
            a = tx.codes().insert(null, "Safety", "#E69F00", CodeDescription.EMPTY, 0);
            a1 = tx.codes().insert(a, "Speaking up", "#56B4E9", CodeDescription.EMPTY, 0);
            b = tx.codes().insert(null, "Learning", "#009E73", CodeDescription.EMPTY, 1);
            north = tx.units().ensure("North", null);
            south = tx.units().ensure("South", null);
            east = tx.units().ensure("East", null);
            west = tx.units().ensure("West", null);
            doc[1] = document(tx, "Interview North 1", 100, north);
            doc[2] = document(tx, "Interview North 2", 50, north);
            doc[3] = document(tx, "Interview South", 200, south);
            r1 = tx.respondents().ensure("R1", west);
            r2 = tx.respondents().ensure("R2", west);
            doc[4] = answer(tx, "R1 · Q1", 40, r1, "Q1");
            doc[5] = answer(tx, "R1 · Q2", 60, r1, "Q2");
            doc[6] = answer(tx, "R2 · Q1", 100, r2, "Q1");
            doc[7] = document(tx, "Interview elsewhere", 30, null);
            code(tx, 1, 0, 20, a);
            code(tx, 1, 10, 30, a);
            code(tx, 1, 50, 60, a1);
            code(tx, 1, 0, 100, b);
            code(tx, 2, 0, 10, a1);
            code(tx, 3, 0, 50, b);
            code(tx, 3, 25, 75, b);
            code(tx, 3, 100, 110, a);
            code(tx, 4, 0, 10, a);
            code(tx, 5, 0, 60, a);
            code(tx, 6, 0, 50, b);
            code(tx, 7, 0, 30, a);
            return null;
        });
    }

    MixedMethods mixed() {
        return session.mixed();
    }

    /** A NUMBER unit variable with the given values (units not in the map stay missing). */
    public long unitNumber(String name, Map<Long, Double> values) {
        return variable(VariableScope.UNIT, name, VariableType.NUMBER, values);
    }

    public long variable(VariableScope scope, String name, VariableType type, Map<Long, ?> values) {
        return SessionStores.of(session).database().write(tx -> {
            long id = tx.variables().ensure(scope, name, type);
            values.forEach((owner, v) -> tx.variables().set(v instanceof Double d ? VariableValue.ofNumber(id, owner, d)
                                                                : v instanceof java.time.LocalDate day ? VariableValue.ofDate(id, owner, day)
                                                                : VariableValue.ofText(id, owner, (String) v)));
            return id;
        });
    }

    dev.passage.model.Variable variable(String spec) {
        return mixed().variable(spec);
    }

    private static long document(Tx tx, String name, int length, Long unit) {
        long id = tx.documents().insert(new NewDocument(name, text(name, length), DocumentFormat.TXT, null, Instant.EPOCH, Map.of(), List.of()));
        tx.documents().setUnit(id, unit);
        return id;
    }

    private static long answer(Tx tx, String name, int length, long respondent, String question) {
        long id = document(tx, name, length, null);
        tx.respondents().linkAnswer(id, respondent, question);
        return id;
    }

    private void code(Tx tx, int d, int start, int end, long code) {
        tx.codings().insert(doc[d], start, end, code, "anna", Instant.EPOCH, null);
    }

    /** A text of exactly {@code length} characters that starts with the document's name. */
    static String text(String name, int length) {
        StringBuilder sb = new StringBuilder(name).append(": ");
        while (sb.length() < length) {
            sb.append("word ");
        }
        return sb.substring(0, length);
    }

    @Override
    public void close() {
        session.close();
    }
}
