package dev.passage.agreement;

import dev.passage.TestProjects;
import dev.passage.model.CodeDescription;
import dev.passage.model.DocumentFormat;
import dev.passage.model.Language;
import dev.passage.model.NewDocument;
import dev.passage.session.ProjectSession;
import dev.passage.session.SessionStores;
import dev.passage.store.Tx;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A hand-built team project whose agreement is known. Codes: Theme, Other, Mood with the sub-codes Mood/Calm (and its
 * sub-code Mood/Calm/Very) and Mood/Tense. Documents (lengths in characters) and codings:
 * <pre>
 *   Long  (1000)  Theme: ann [0,100) and [50,150) (union [0,150)), ben [100,200); cara [0,150)
 *                 → ann × ben: 50 both, 100 ann only, 50 ben only, 800 neither (PA 0.85, κ 0.318, α 0.315, BP 0.70)
 *                 Mood/Calm: ann [0,10), ben [0,10)
 *   Short (200)   Theme: ann [0,100) and [150,160), ben [5,100) (95% of the longer: a match at overlap 0.9, not at 0.96)
 *                 Mood/Tense: ann [0,10); Mood/Calm: ben [0,10)
 *   Third (100)   Other: ann [0,10); Theme: ben [0,10); Mood/Calm/Very: ann [20,30)
 * </pre>
 */
public final class AgreementFixture implements AutoCloseable {
    public final ProjectSession session;
    public long theme;
    public long other;
    public long mood;
    public long calm;
    public long very;
    public long tense;
    public long longDoc;
    public long shortDoc;
    public long third;

    public AgreementFixture(Path tmp) throws IOException {
        session = TestProjects.create(tmp, Language.EN);
        SessionStores.of(session).database().write(tx -> {
            theme = tx.codes().insert(null, "Theme", "#E69F00", CodeDescription.EMPTY, 0);
            other = tx.codes().insert(null, "Other", "#56B4E9", CodeDescription.EMPTY, 1);
            mood = tx.codes().insert(null, "Mood", "#009E73", CodeDescription.EMPTY, 2);
            calm = tx.codes().insert(mood, "Calm", "#0072B2", CodeDescription.EMPTY, 0);
            very = tx.codes().insert(calm, "Very", "#0072B2", CodeDescription.EMPTY, 0);
            tense = tx.codes().insert(mood, "Tense", "#D55E00", CodeDescription.EMPTY, 1);
            longDoc = document(tx, "Long", 1000);
            shortDoc = document(tx, "Short", 200);
            third = document(tx, "Third", 100);
            code(tx, longDoc, 0, 100, theme, "ann");
            code(tx, longDoc, 50, 150, theme, "ann");
            code(tx, longDoc, 100, 200, theme, "ben");
            code(tx, longDoc, 0, 150, theme, "cara");
            code(tx, longDoc, 0, 10, calm, "ann");
            code(tx, longDoc, 0, 10, calm, "ben");
            code(tx, shortDoc, 0, 100, theme, "ann");
            code(tx, shortDoc, 150, 160, theme, "ann");
            code(tx, shortDoc, 5, 100, theme, "ben");
            code(tx, shortDoc, 0, 10, tense, "ann");
            code(tx, shortDoc, 0, 10, calm, "ben");
            code(tx, third, 0, 10, other, "ann");
            code(tx, third, 0, 10, theme, "ben");
            code(tx, third, 20, 30, very, "ann");
            return null;
        });
    }

    AgreementService agreement() {
        return session.agreement();
    }

    private static long document(Tx tx, String name, int length) {
        StringBuilder sb = new StringBuilder(name).append(": ");
        while (sb.length() < length) {
            sb.append("word ");
        }
        return tx.documents().insert(new NewDocument(name, sb.substring(0, length), DocumentFormat.TXT, null, Instant.EPOCH, Map.of(),
                                                     List.of()));
    }

    private static void code(Tx tx, long doc, int start, int end, long code, String coder) {
        tx.codings().insert(doc, start, end, code, coder, Instant.EPOCH, null);
    }

    @Override
    public void close() {
        session.close();
    }
}
