package dev.passage.session;

import dev.passage.TestProjects;
import dev.passage.coding.CodingException;
import dev.passage.coding.HitScope;
import dev.passage.errors.ErrorKind;
import dev.passage.errors.Text;
import dev.passage.model.Coding;
import dev.passage.model.Language;
import dev.passage.search.KwicHit;
import dev.passage.search.SearchFilterException;
import dev.passage.search.SearchFilters;
import dev.passage.search.SearchSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Search through a real project: filters resolved by name, near-real-time code filters, code-all-hits, index rebuild. */
class SearchIntegrationTest {
    @TempDir
    Path tmp;

    static final String LEADER = """
        Interviewer: Hvad sker der, når nogen laver en fejl?

        Leder: Vi taler åbent om fejlene. Sidste uge sagde en ny medarbejder højt, at hun ikke forstod planen.

        Interviewer: Og hvad så?

        Leder: Det blev en god snak på mødet. Fejl er noget, vi lærer af.""";

    static final String STAFF = """
        Medarbejder: Hos os skjuler man sine fejl. Man vil ikke hænges ud.

        Interviewer: Hvorfor tror du det?

        Medarbejder: Lederen bliver vred, når der sker fejl.""";

    private static SearchFilters codes(String... paths) {
        return new SearchFilters(List.of(paths), List.of(), List.of(), List.of());
    }

    @Test
    void searchesWithEveryFilterAndSeesNewCodingsAtOnce() throws Exception {
        try (var s = TestProjects.create(tmp, Language.DA)) {
            long leader = TestProjects.importText(s, tmp, "Leader", LEADER);
            long staff = TestProjects.importText(s, tmp, "Staff", STAFF);
            SessionStores.of(s).database().write(tx -> {
                tx.documents().setUnit(staff, tx.units().ensure("Vej og Park", null));
                return null;
            });

            var all = s.search().search("fejl", SearchFilters.NONE, 50);
            // fejl, fejlene, Fejl (leader) + fejl, fejl (staff): stemming finds the inflected forms
            assertThat(all.totalHits()).isEqualTo(5);
            assertThat(all.hits()).allSatisfy(h -> assertThat(h.hit().toLowerCase()).startsWith("fejl"));

            var bySpeaker = s.search().search("fejl", new SearchFilters(List.of(), List.of(), List.of("medarbejder"), List.of()), 50);
            assertThat(bySpeaker.hits()).extracting(KwicHit::documentName).containsOnly("Staff");
            assertThat(bySpeaker.totalHits()).isEqualTo(2);

            var byDoc = s.search().search("fejl", new SearchFilters(List.of(), List.of("Leader"), List.of(), List.of()), 50);
            assertThat(byDoc.hits()).extracting(KwicHit::documentName).containsOnly("Leader");

            var byUnit = s.search().search("fejl", new SearchFilters(List.of(), List.of(), List.of(), List.of("Vej og Park")), 50);
            assertThat(byUnit.hits()).extracting(KwicHit::documentName).containsOnly("Staff");

            // a code filter with descendants, and a coding visible to the next search without reopening
            s.codebook().addPath("Psychological safety/Admitting mistakes", null, null);
            assertThat(s.search().search("fejl", codes("Psychological safety"), 50).totalHits()).isZero();
            String text = s.documents().text(leader).orElseThrow();
            int at = text.indexOf("Vi taler åbent");
            Coding c = s.coding().apply(leader, at, at + 10, s.codebook().resolve("Psychological safety/Admitting mistakes").id());
            var coded = s.search().search("fejl", codes("Psychological safety"), 50);
            assertThat(coded.totalSegments()).isEqualTo(1);
            assertThat(coded.hits()).extracting(KwicHit::hit).containsExactly("fejlene");
            s.coding().remove(c.id());
            assertThat(s.search().search("fejl", codes("Psychological safety"), 50).totalHits()).isZero();

            assertThatThrownBy(() -> s.search().search("fejl", codes("No such code"), 50)).isInstanceOf(CodingException.class)
                                                                                          .hasMessageContaining("No such code");
            var noDocument = new SearchFilters(List.of(), List.of("Nobody"), List.of(), List.of());
            assertThatThrownBy(() -> s.search().search("fejl", noDocument, 50)).isInstanceOf(SearchFilterException.class)
                .hasMessage("There is no document named \"Nobody\"")
                .satisfies(e -> assertThat(((SearchFilterException) e).kind()).isEqualTo(ErrorKind.BAD_INPUT));
        }
    }

    @Test
    void kwicOffsetsPointIntoTheStoredText() throws Exception {
        try (var s = TestProjects.create(tmp, Language.DA)) {
            long leader = TestProjects.importText(s, tmp, "Leader", LEADER);
            String text = s.documents().text(leader).orElseThrow();
            var r = s.search().search("\"ny medarbejder\"", SearchFilters.NONE, 10);
            assertThat(r.hits()).singleElement().satisfies(h -> {
                assertThat(text.substring(h.start(), h.end())).isEqualTo("ny medarbejder");
                assertThat(h.hit()).isEqualTo("ny medarbejder");
                assertThat(h.speaker()).isEqualTo("Leder");
                assertThat(h.left()).endsWith("sagde en ");
            });
        }
    }

    @Test
    void codeAllHitsCodesHitSentenceOrTurnAsOneUndoableEdit() throws Exception {
        try (var s = TestProjects.create(tmp, Language.DA)) {
            long leader = TestProjects.importText(s, tmp, "Leader", LEADER);
            String text = s.documents().text(leader).orElseThrow();
            long code = s.codebook().addPath("Mistakes", null, null).id();

            List<Coding> hits = codeAll(s, "fejl*", code, HitScope.HIT);
            assertThat(hits).extracting(c -> text.substring(c.start(), c.end())).containsExactlyInAnyOrder("fejl", "fejlene", "Fejl");
            s.history().undo();
            assertThat(s.coding().forDocument(leader)).isEmpty();

            List<Coding> sentences = codeAll(s, "\"åbent om\"", code, HitScope.SENTENCE);
            assertThat(sentences).extracting(c -> text.substring(c.start(), c.end())).containsExactly("Vi taler åbent om fejlene.");
            s.history().undo();

            List<Coding> turns = codeAll(s, "snak", code, HitScope.TURN);
            assertThat(turns).extracting(c -> text.substring(c.start(), c.end()))
                             .containsExactly("Det blev en god snak på mødet. Fejl er noget, vi lærer af.");
            assertThat(s.history().undoLabel().map(Text::english)).contains("code 1 hits of \"snak\" as Mistakes");
        }
    }

    /** Search finds the hits, the auto-coder codes them: the path "code all hits" takes. */
    private static List<Coding> codeAll(ProjectSession s, String query, long code, HitScope scope) throws SearchSyntaxException {
        return s.autoCoder().codeHits(query, s.search().hitRanges(query, SearchFilters.NONE), code, scope);
    }

    @Test
    void syntaxErrorsAreReportedInWords() throws Exception {
        try (var s = TestProjects.create(tmp, Language.EN)) {
            TestProjects.importText(s, tmp, "A", "We learn from mistakes.");
            assertThatThrownBy(() -> s.search().search("mistakes AND", SearchFilters.NONE, 10))
                .isInstanceOf(SearchSyntaxException.class)
                .hasMessageContaining("mistakes AND");
        }
    }

    @Test
    void deletedOrStaleIndexIsRebuiltOnOpen() throws Exception {
        Path dir;
        try (var s = TestProjects.create(tmp, Language.DA)) {
            TestProjects.importText(s, tmp, "Leader", LEADER);
            TestProjects.importText(s, tmp, "Staff", STAFF);
            dir = s.folder();
        }
        Path index = dir.resolve("index");
        assertThat(index).isDirectory();
        try (var files = Files.walk(index)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertThat(index).doesNotExist();
        try (var s = ProjectSession.open(dir, "anna")) {
            assertThat(s.search().needsRebuild()).isFalse();
            assertThat(s.search().search("fejl", SearchFilters.NONE, 50).totalHits()).isEqualTo(5);
        }
        // the database moves on while the index does not (as after a crash): the next open rebuilds
        try (var store = dev.passage.store.ProjectStore.open(dir)) {
            store.database().write(tx -> {
                tx.documents().rename(tx.documents().findIdByName("Staff").orElseThrow(), "Staff interview");
                return null;
            });
        }
        try (var s = ProjectSession.open(dir, "anna")) {
            assertThat(s.search().search("fejl", SearchFilters.NONE, 50).hits()).extracting(KwicHit::documentName)
                                                                                   .contains("Staff interview")
                                                                                   .doesNotContain("Staff");
        }
    }

    @Test
    void aSecondSessionOnTheSameProjectIsRefused() throws IOException {
        try (var s = TestProjects.create(tmp, Language.EN)) {
            assertThatThrownBy(() -> ProjectSession.open(s.folder(), "jonas")).hasMessageContaining("already open");
        }
    }

    @Test
    void heldUpdatesAreBuiltOnceOnRelease() throws Exception {
        try (var s = TestProjects.create(tmp, Language.DA)) {
            s.search().holdUpdates();
            long leader = TestProjects.importText(s, tmp, "Leader", LEADER);
            long code = s.codebook().add(null, "Åbenhed", null, dev.passage.model.CodeDescription.EMPTY).id();
            s.coding().apply(leader, 0, 20, code);
            // nothing reached the index while held
            assertThat(s.search().search("fejl", SearchFilters.NONE, 50).totalHits()).isZero();
            s.search().releaseUpdates();
            assertThat(s.search().search("fejl", SearchFilters.NONE, 50).totalHits()).isEqualTo(3);
            assertThat(s.search().search("fejl", codes("Åbenhed"), 50).totalHits()).isEqualTo(1);
            assertThat(s.search().needsRebuild()).isFalse();
        }
    }
}
