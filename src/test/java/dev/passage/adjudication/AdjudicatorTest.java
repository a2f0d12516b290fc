package dev.passage.adjudication;

import dev.passage.TestProjects;
import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.model.Adjudication;
import dev.passage.model.CodeDescription;
import dev.passage.model.Coding;
import dev.passage.model.Language;
import dev.passage.model.Verdict;
import dev.passage.session.ProjectSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A hand-built project with known overlaps: anna and ben code "Trust" and "Voice" in two interviews; where they agree no
 * passage is listed, where they differ each passage comes with both coders' codings, and each decision is one undoable edit.
 */
class AdjudicatorTest {
    //                       0         1         2         3         4         5         6         7
    //                       0123456789012345678901234567890123456789012345678901234567890123456789012345678
    static final String ONE = "We trust the manager. She listens to us. Nobody speaks up in meetings though. ";
    static final String TWO = "I said it once and was heard. Then I kept quiet for a year. ";

    @TempDir
    Path tmp;
    ProjectSession s;
    long one;
    long two;
    long trust;
    long voice;

    @BeforeEach
    void setUp() throws Exception {
        s = TestProjects.create(tmp, Language.EN);
        one = TestProjects.importText(s, tmp, "Interview 1", ONE);
        two = TestProjects.importText(s, tmp, "Interview 2", TWO);
        trust = s.codebook().addPath("Trust", "#0055cc", CodeDescription.EMPTY).id();
        voice = s.codebook().addPath("Climate/Voice", "#cc5500", CodeDescription.EMPTY).id();
        s.coding().setCoder("anna");
        s.coding().apply(one, 3, 20, trust);          // "trust the manager"
        s.coding().apply(one, 22, 40, trust);         // "She listens to us." (ben: nothing)
        s.coding().apply(one, 41, 77, voice);         // "Nobody speaks up in meetings though."
        s.coding().apply(two, 0, 29, voice);          // identical to ben's: agreement
        s.coding().setCoder("ben");
        s.coding().apply(one, 3, 11, trust);          // "trust th" ⊂ anna's: differs
        s.coding().apply(one, 12, 20, trust);         // two codings of ben, gap 11-12
        s.coding().apply(one, 41, 60, voice);         // half of anna's
        s.coding().apply(one, 60, 77, voice);         // the other half, touching: together the same as anna's
        s.coding().apply(two, 0, 29, voice);
        s.coding().apply(two, 30, 59, voice);         // only ben
        s.coding().setCoder("lead");
    }

    @AfterEach
    void tearDown() {
        s.close();
    }

    @Test
    void findsEachPassageWhereTheCodersDifferWithBothVersions() {
        Disagreements d = s.adjudication().find("anna", "ben", null, null);
        assertThat(d.consensus()).isEqualTo("consensus");
        assertThat(d.code()).isNull();
        assertThat(d.passages()).extracting(p -> p.document() + " " + p.code() + " " + p.start() + "-" + p.end())
                                .containsExactly("Interview 1 Trust 3-20", "Interview 1 Trust 22-40", "Interview 2 Climate/Voice 30-59");
        assertThat(d.passages()).extracting(Disagreement::number).containsExactly(1, 2, 3);
        Disagreement first = d.passages().getFirst();
        assertThat(first.text()).isEqualTo("trust the manager");
        assertThat(first.a().coder()).isEqualTo("anna");
        assertThat(first.a().codings()).extracting(Disagreement.Stretch::text).containsExactly("trust the manager");
        assertThat(first.b().codings()).extracting(Disagreement.Stretch::text).containsExactly("trust th", " manager");
        assertThat(first.resolved()).isFalse();
        assertThat(d.passages().get(1).b().codings()).isEmpty();
        assertThat(d.passages().get(2).a().codings()).isEmpty();
    }

    @Test
    void sharedDocumentsOnlyLeavesOutADocumentOneCoderHasNotCoded() throws Exception {
        s.coding().setCoder("anna");
        long three = TestProjects.importText(s, tmp, "Interview 3", "Only anna has read this one so far.");
        s.coding().apply(three, 0, 4, trust);
        assertThat(s.adjudication().find("anna", "ben", null, null).passages()).extracting(Disagreement::document).contains("Interview 3");
        Disagreements shared = s.adjudication().find("anna", "ben", null, null, true);
        assertThat(shared.sharedDocumentsOnly()).isTrue();
        assertThat(shared.passages()).extracting(Disagreement::document).doesNotContain("Interview 3").hasSize(3);
    }

    @Test
    void narrowsToOneCode() {
        Disagreements d = s.adjudication().find("ben", "anna", voice, null);
        assertThat(d.code()).isEqualTo("Climate/Voice");
        assertThat(d.passages()).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("Then I kept quiet for a year.");
            assertThat(p.a().coder()).isEqualTo("ben");
            assertThat(p.a().codings()).hasSize(1);
        });
    }

    @Test
    void theFinderJoinsOverlappingAndTouchingCodings() {
        Coding a1 = coding(1, 0, 10);
        Coding b1 = coding(2, 0, 5);
        Coding b2 = coding(3, 5, 10);
        assertThat(PassageFinder.differences(List.of(a1), List.of(b1, b2))).isEmpty();
        assertThat(PassageFinder.differences(List.of(a1), List.of(b1))).singleElement()
                                                                       .satisfies(f -> assertThat(f.start() + "-" + f.end()).isEqualTo("0-10"));
        assertThat(PassageFinder.differences(List.of(coding(4, 0, 3), coding(5, 20, 30)), List.of(coding(6, 20, 30))))
            .singleElement().satisfies(f -> assertThat(f.b()).isEmpty());
        assertThat(PassageFinder.differences(List.of(), List.of())).isEmpty();
    }

    @Test
    void acceptingAOrBCopiesThatVersionToTheConsensusCoderAndKeepsTheOriginals() {
        Disagreement first = s.adjudication().find("anna", "ben", null, null).passages().getFirst();
        int before = s.documents().counts().codings();
        Adjudication made = s.adjudication().resolve(first, Verdict.B, "ben split it; keep his", null);
        assertThat(made.verdict()).isEqualTo(Verdict.B);
        assertThat(made.note()).isEqualTo("ben split it; keep his");
        assertThat(made.decidedBy()).isEqualTo("lead");
        assertThat(consensus(one)).containsExactly("3-11 Trust", "12-20 Trust");
        assertThat(s.documents().counts().codings()).isEqualTo(before + 2);

        Disagreements after = s.adjudication().find("anna", "ben", null, null);
        assertThat(after.passages()).hasSize(3);
        Disagreement resolved = after.passages().getFirst();
        assertThat(resolved.resolved()).isTrue();
        assertThat(resolved.decision().note()).isEqualTo("ben split it; keep his");
        assertThat(resolved.consensus().codings()).extracting(Disagreement.Stretch::text).containsExactly("trust th", " manager");
        assertThat(after.resolvedCount()).isEqualTo(1);
        // the originals stay
        assertThat(resolved.a().codings()).hasSize(1);
        assertThat(resolved.b().codings()).hasSize(2);
    }

    @Test
    void bothJoinsTheVersionsAndNeitherAddsNothing() {
        List<Disagreement> p = s.adjudication().find("anna", "ben", null, null).passages();
        s.adjudication().resolve(p.get(0), Verdict.BOTH, null, "agreed");
        s.adjudication().resolve(p.get(1), Verdict.NEITHER, "not about trust", "agreed");
        assertThat(codings(one, "agreed")).containsExactly("3-20 Trust");
        List<Disagreement> again = s.adjudication().find("anna", "ben", null, "agreed").passages();
        assertThat(again.get(1).resolved()).isTrue();
        assertThat(again.get(1).decision().verdict()).isEqualTo(Verdict.NEITHER);
        assertThat(again.get(1).decision().consensus()).isEqualTo("agreed");
        assertThat(again.get(1).consensus().codings()).isEmpty();
        assertThat(again.get(2).resolved()).isFalse();
    }

    @Test
    void eachDecisionIsOneUndoableEditAndRedoPutsTheSameRowsBack() {
        Disagreement first = s.adjudication().find("anna", "ben", null, null).passages().getFirst();
        int before = s.documents().counts().codings();
        Adjudication made = s.adjudication().resolve(first, Verdict.A, "anna's", null);
        assertThat(s.history().undoLabel()).get().extracting(t -> t.english())
                                            .isEqualTo("resolve Trust in Interview 1: accept anna's version");
        List<String> resolvedCodings = consensus(one);

        s.history().undo();
        assertThat(consensus(one)).isEmpty();
        assertThat(s.documents().counts().codings()).isEqualTo(before);
        assertThat(s.adjudication().find("anna", "ben", null, null).passages().getFirst().resolved()).isFalse();

        s.history().redo();
        assertThat(consensus(one)).isEqualTo(resolvedCodings);
        Disagreement again = s.adjudication().find("anna", "ben", null, null).passages().getFirst();
        assertThat(again.decision()).isEqualTo(made);
    }

    @Test
    void decidingAgainReplacesTheEarlierDecisionAndItsCodingsAndUndoBringsThemBack() {
        Disagreement first = s.adjudication().find("anna", "ben", null, null).passages().getFirst();
        s.adjudication().resolve(first, Verdict.A, null, null);
        Disagreement shown = s.adjudication().find("anna", "ben", null, null).passages().getFirst();
        s.adjudication().resolve(shown, Verdict.B, "changed my mind", null);
        assertThat(consensus(one)).containsExactly("3-11 Trust", "12-20 Trust");
        Disagreement now = s.adjudication().find("anna", "ben", null, null).passages().getFirst();
        assertThat(now.decision().verdict()).isEqualTo(Verdict.B);

        s.history().undo();
        assertThat(consensus(one)).containsExactly("3-20 Trust");
        assertThat(s.adjudication().find("anna", "ben", null, null).passages().getFirst().decision().verdict()).isEqualTo(Verdict.A);
    }

    @Test
    void unknownOrSameCodersAreBadInputNamingThem() {
        assertThatThrownBy(() -> s.adjudication().find("anna", "carl", null, null))
            .isInstanceOf(PassageException.class).hasMessageContaining("\"carl\"").hasMessageContaining("anna, ben")
            .extracting(e -> ((PassageException) e).kind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThatThrownBy(() -> s.adjudication().find("anna", "anna", null, null)).hasMessageContaining("\"anna\"");
        assertThatThrownBy(() -> s.adjudication().find("anna", "ben", null, "ben")).hasMessageContaining("consensus");
    }

    private List<String> consensus(long doc) {
        return codings(doc, "consensus");
    }

    private List<String> codings(long doc, String coder) {
        var book = s.codebook().codebook();
        return s.coding().forDocument(doc).stream().filter(c -> c.coder().equals(coder))
                .map(c -> c.start() + "-" + c.end() + " " + book.path(c.codeId())).toList();
    }

    private static Coding coding(long id, int start, int end) {
        return new Coding(id, 1, start, end, 1, "x", java.time.Instant.EPOCH, null);
    }
}
