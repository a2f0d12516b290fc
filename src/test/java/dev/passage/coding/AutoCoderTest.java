package dev.passage.coding;

import dev.passage.errors.Text;
import dev.passage.TestProjects;
import dev.passage.model.Coding;
import dev.passage.model.HistoryEntry;
import dev.passage.model.HistoryFilter;
import dev.passage.model.HitRange;
import dev.passage.model.Language;
import dev.passage.search.SearchFilters;
import dev.passage.session.ProjectSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "Code all hits" in coding: the hit, its sentence or its turn, one undoable edit, already coded ranges skipped. */
class AutoCoderTest {
    @TempDir
    Path tmp;
    ProjectSession s;
    long doc;
    long speakingUp;
    long other;
    String text;
    int turnStart;

    static final String TEXT = "Interviewer: Hvad sker der, når nogen laver en fejl?\n\n"
                               + "Leder: Vi taler åbent om det 😀 og lærer af det. Ingen bliver hængt ud for en fejl.";

    @BeforeEach
    void setUp() throws Exception {
        s = TestProjects.create(tmp, Language.DA);
        doc = TestProjects.importText(s, tmp, "Interview 07", TEXT);
        speakingUp = s.codebook().addPath("Psychological safety/Speaking up", null, null).id();
        other = s.codebook().addPath("Learning", null, null).id();
        text = s.documents().text(doc).orElseThrow();
        turnStart = text.indexOf("Vi taler");
    }

    @AfterEach
    void tearDown() {
        s.close();
    }

    /** A hit on {@code word} (its n-th occurrence from {@code from}) inside the leader's turn. */
    private HitRange hit(String word, int from) {
        int at = text.indexOf(word, from);
        return new HitRange(doc, at, at + word.length(), turnStart, text.length());
    }

    private List<Coding> codings() {
        return s.coding().forDocument(doc).stream().sorted(Comparator.comparingLong(Coding::id)).toList();
    }

    private String covered(Coding c) {
        return text.substring(c.start(), c.end());
    }

    @Test
    void codesTheHitItsSentenceOrItsTurn() {
        HitRange lærer = hit("lærer", turnStart);
        assertThat(s.autoCoder().codeHits("lærer", List.of(lærer), speakingUp, HitScope.HIT)).extracting(this::covered)
            .containsExactly("lærer");
        s.history().undo();
        assertThat(s.autoCoder().codeHits("lærer", List.of(lærer), speakingUp, HitScope.SENTENCE)).extracting(this::covered)
            .containsExactly("Vi taler åbent om det 😀 og lærer af det.");
        s.history().undo();
        assertThat(s.autoCoder().codeHits("lærer", List.of(lærer), speakingUp, HitScope.TURN)).extracting(this::covered)
            .containsExactly(text.substring(turnStart));
    }

    @Test
    void twoHitsInOneSentenceCodeItOnce() {
        List<HitRange> hits = List.of(hit("taler", turnStart), hit("lærer", turnStart));
        List<Coding> made = s.autoCoder().codeHits("taler OR lærer", hits, speakingUp, HitScope.SENTENCE);
        assertThat(made).extracting(this::covered).containsExactly("Vi taler åbent om det 😀 og lærer af det.");
        assertThat(s.history().undoLabel().map(Text::english)).hasValue("code 1 hits of \"taler OR lærer\" as Speaking up");
    }

    @Test
    void codeAllHitsIsOneUndoStepAndUndoRestoresExactlyThePreviousCodings() {
        HitRange first = hit("fejl", 0);
        HitRange second = hit("fejl", first.end());
        HitRange taler = hit("taler", turnStart);
        // before: this coder already coded the first hit with the code, another code sits on the second, another coder on "taler"
        s.coding().apply(doc, first.start(), first.end(), speakingUp);
        s.coding().apply(doc, second.start(), second.end(), other);
        String me = s.coding().coder();
        s.coding().setCoder("bo");
        s.coding().apply(doc, taler.start(), taler.end(), speakingUp);
        s.coding().setCoder(me);
        List<Coding> before = codings();
        String labelBefore = s.history().undoLabel().map(Text::english).orElseThrow();
        int historyBefore = s.editHistory().list(HistoryFilter.ALL).size();

        List<Coding> made = s.autoCoder().codeHits("fejl OR taler", List.of(first, second, taler), speakingUp, HitScope.HIT);

        assertThat(made).extracting(this::covered).containsExactly("fejl", "taler"); // the first hit was coded already
        assertThat(made).extracting(Coding::coder).containsOnly(me);
        assertThat(codings()).hasSize(before.size() + 2);
        assertThat(s.history().undoLabel().map(Text::english)).hasValue("code 3 hits of \"fejl OR taler\" as Speaking up");
        List<HistoryEntry> history = s.editHistory().list(HistoryFilter.ALL);
        assertThat(history).hasSize(historyBefore + 1);
        assertThat(history.getFirst().action()).isEqualTo("coding.add");
        assertThat(history.getFirst().count()).isEqualTo(2);
        assertThat(history.getFirst().summary()).isEqualTo("code 3 hits of \"fejl OR taler\" as Speaking up");

        assertThat(s.history().undo().map(Text::english)).hasValue("code 3 hits of \"fejl OR taler\" as Speaking up");
        assertThat(codings()).isEqualTo(before);
        assertThat(s.history().undoLabel().map(Text::english)).hasValue(labelBefore);

        s.history().redo();
        assertThat(codings()).hasSize(before.size() + 2).containsAll(before);
    }

    @Test
    void hitsAlreadyCodedMakeNoEdit() {
        List<HitRange> hits = List.of(hit("fejl", 0));
        assertThat(s.autoCoder().codeHits("fejl", hits, speakingUp, HitScope.HIT)).hasSize(1);
        String label = s.history().undoLabel().map(Text::english).orElseThrow();
        assertThat(s.autoCoder().codeHits("fejl", hits, speakingUp, HitScope.HIT)).isEmpty();
        assertThat(s.history().undoLabel().map(Text::english)).hasValue(label);
        s.history().undo();
        assertThat(codings()).isEmpty();
    }

    @Test
    void searchGivesTheRangesAndCodingCodesThem() throws Exception {
        List<HitRange> hits = s.search().hitRanges("fejl", SearchFilters.NONE);
        assertThat(hits).hasSize(2).allSatisfy(h -> {
            assertThat(text.substring(h.start(), h.end())).isEqualTo("fejl");
            assertThat(h.segmentStart()).isLessThanOrEqualTo(h.start());
            assertThat(h.segmentEnd()).isGreaterThanOrEqualTo(h.end());
        });
        assertThat(s.autoCoder().codeHits("fejl", hits, speakingUp, HitScope.TURN)).hasSize(2);
        s.history().undo();
        assertThat(codings()).isEmpty();
    }
}
