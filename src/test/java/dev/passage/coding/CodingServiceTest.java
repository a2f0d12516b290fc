package dev.passage.coding;

import dev.passage.TestProjects;
import dev.passage.errors.Text;
import dev.passage.model.Coding;
import dev.passage.model.Language;
import dev.passage.model.Memo.MemoTarget;
import dev.passage.session.ProjectSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodingServiceTest {
    @TempDir
    Path tmp;
    ProjectSession s;
    long doc;
    long safety;
    long speakingUp;

    static final String TEXT = "Interviewer: Hvad sker der, når nogen laver en fejl?\n\n"
                               + "Leder: Vi taler åbent om det 😀 og lærer af det. Ingen bliver hængt ud.";

    @BeforeEach
    void setUp() throws Exception {
        s = TestProjects.create(tmp, Language.DA);
        doc = TestProjects.importText(s, tmp, "Interview 07", TEXT);
        safety = s.codebook().addPath("Psychological safety", null, null).id();
        speakingUp = s.codebook().addPath("Psychological safety/Speaking up", null, null).id();
    }

    @AfterEach
    void tearDown() {
        s.close();
    }

    private String stored() {
        return s.documents().text(doc).orElseThrow();
    }

    @Test
    void applyRecordsRangeCoderAndOffsetsPastEmoji() {
        String text = stored();
        int start = text.indexOf("og lærer");
        Coding c = s.coding().apply(doc, start, start + "og lærer af det".length(), speakingUp);
        assertThat(c.coder()).isEqualTo("anna");
        assertThat(text.substring(c.start(), c.end())).isEqualTo("og lærer af det");
        assertThat(s.coding().forDocument(doc)).containsExactly(c);
    }

    @Test
    void overlappingAndNestedCodingsAreAllowed() {
        String text = stored();
        int a = text.indexOf("Vi taler");
        Coding outer = s.coding().apply(doc, a, text.length(), safety);
        Coding inner = s.coding().apply(doc, a, a + 8, speakingUp);
        Coding same = s.coding().apply(doc, a + 3, a + 20, speakingUp);
        assertThat(s.coding().forDocument(doc)).containsExactlyInAnyOrder(outer, inner, same);
    }

    @Test
    void undoAndRedoRestoreTheSameCoding() {
        Coding c = s.coding().apply(doc, 0, 5, speakingUp);
        assertThat(s.history().undoLabel().map(Text::english)).contains("apply Speaking up to Interview 07");
        assertThat(s.history().undo().map(Text::english)).contains("apply Speaking up to Interview 07");
        assertThat(s.coding().forDocument(doc)).isEmpty();
        assertThat(s.history().redo().map(Text::english)).isPresent();
        assertThat(s.coding().forDocument(doc)).containsExactly(c);
        assertThat(s.history().redo().map(Text::english)).isEmpty();
    }

    @Test
    void removeRecodeAdjustAndMemoAreUndoable() {
        Coding c = s.coding().apply(doc, 0, 5, speakingUp);
        s.memos().add(MemoTarget.CODING, c.id(), "why", "a first reading");

        s.coding().recode(c.id(), safety);
        assertThat(s.coding().find(c.id()).codeId()).isEqualTo(safety);
        s.coding().adjust(c.id(), 2, 9);
        assertThat(s.coding().find(c.id())).extracting(Coding::start, Coding::end).containsExactly(2, 9);
        s.coding().setMemo(c.id(), "inline note");
        s.coding().remove(c.id());
        assertThat(s.coding().forDocument(doc)).isEmpty();
        assertThat(s.memos().forTarget(MemoTarget.CODING, c.id())).isEmpty();

        s.history().undo(); // remove (memo comes back too)
        assertThat(s.memos().forTarget(MemoTarget.CODING, c.id())).extracting(m -> m.text()).containsExactly("a first reading");
        s.history().undo(); // memo
        assertThat(s.coding().find(c.id()).memo()).isNull();
        s.history().undo(); // adjust
        assertThat(s.coding().find(c.id())).extracting(Coding::start, Coding::end).containsExactly(0, 5);
        s.history().undo(); // recode
        assertThat(s.coding().find(c.id()).codeId()).isEqualTo(speakingUp);
    }

    @Test
    void aNewEditClearsTheRedoStack() {
        s.coding().apply(doc, 0, 5, speakingUp);
        s.history().undo();
        s.coding().apply(doc, 1, 6, speakingUp);
        assertThat(s.history().redoLabel().map(Text::english)).isEmpty();
    }

    @Test
    void rangesOutsideTheDocumentAreRefused() {
        int len = stored().length();
        assertThatThrownBy(() -> s.coding().apply(doc, 5, len + 1, speakingUp)).isInstanceOf(CodingException.class)
                                                                               .hasMessageContaining("Interview 07");
        assertThatThrownBy(() -> s.coding().apply(doc, 5, 5, speakingUp)).isInstanceOf(CodingException.class);
        assertThatThrownBy(() -> s.coding().apply(doc, -1, 3, speakingUp)).isInstanceOf(CodingException.class);
        assertThatThrownBy(() -> s.coding().apply(doc, 0, 3, 9999)).isInstanceOf(CodingException.class)
                                                                   .hasMessageContaining("9999");
        assertThat(s.coding().forDocument(doc)).isEmpty();
        assertThat(s.history().undoLabel().map(Text::english)).hasValueSatisfying(l -> assertThat(l).startsWith("add code"));
    }

    @Test
    void applyAllIsOneUndoableStepAndSkipsExactDuplicates() {
        s.coding().apply(doc, 0, 5, speakingUp);
        List<Coding> made = s.coding().applyAll(List.of(new TextRange(doc, 0, 5), new TextRange(doc, 10, 15),
                                                        new TextRange(doc, 20, 25)), speakingUp, null);
        assertThat(made).hasSize(2);
        assertThat(s.coding().forDocument(doc)).hasSize(3);
        s.history().undo();
        assertThat(s.coding().forDocument(doc)).hasSize(1);
        s.history().redo();
        assertThat(s.coding().forDocument(doc)).extracting(Coding::id).containsAll(made.stream().map(Coding::id).toList());
    }

    @Test
    void applyNewCodeCreatesAndAppliesInOneUndoStepAndTheHistoryRecordsBoth() {
        String text = stored();
        int start = text.indexOf("lærer af det");
        long rowsBefore = s.editHistory().list(dev.passage.model.HistoryFilter.ALL).size();

        Coding c = s.coding().applyNewCode(doc, start, start + "lærer af det".length(), safety, "Learning");

        var learning = s.codebook().codebook().findByPath("Psychological safety/Learning").orElseThrow();
        assertThat(c.codeId()).isEqualTo(learning.id());
        assertThat(learning.colour()).isEqualTo(s.codebook().codebook().get(safety).colour());
        var rows = s.editHistory().list(dev.passage.model.HistoryFilter.ALL);
        assertThat(rows).hasSize((int) rowsBefore + 2);
        assertThat(rows.subList(0, 2)).extracting(dev.passage.model.HistoryEntry::action).containsExactlyInAnyOrder("code.add", "coding.add");
        assertThat(s.history().undoLabel().map(Text::english)).hasValue("add code Learning and apply it to Interview 07");

        s.history().undo();   // ONE undo: both the coding and the new code go
        assertThat(s.coding().forDocument(doc)).isEmpty();
        assertThat(s.codebook().codebook().findByPath("Psychological safety/Learning")).isEmpty();
        assertThat(s.editHistory().list(dev.passage.model.HistoryFilter.ALL).subList(0, 2))
            .extracting(dev.passage.model.HistoryEntry::action).containsExactlyInAnyOrder("undo:code.add", "undo:coding.add");

        s.history().redo();   // the same code and coding (same ids) come back
        assertThat(s.coding().forDocument(doc)).containsExactly(c);
        assertThat(s.codebook().codebook().get(learning.id()).name()).isEqualTo("Learning");
    }

    @Test
    void applyNewCodeCreatesMissingParentsOfAPathAndReusesAnExistingCode() {
        String text = stored();
        int start = text.indexOf("Ingen");
        Coding c = s.coding().applyNewCode(doc, start, start + 5, null, "Blame/Public shaming");
        assertThat(s.codebook().codebook().path(c.codeId())).isEqualTo("Blame/Public shaming");
        s.history().undo();
        assertThat(s.codebook().codebook().findByPath("Blame")).isEmpty();
        assertThat(s.coding().forDocument(doc)).isEmpty();

        Coding again = s.coding().applyNewCode(doc, start, start + 5, null, "Psychological safety");
        assertThat(again.codeId()).isEqualTo(safety);
        assertThat(s.history().undoLabel().map(Text::english)).hasValue("apply Psychological safety to Interview 07");
    }

    @Test
    void aMemoIsCreditedToWhoWroteItAndWhenAndUndoPutsTheOldCreditBack() throws Exception {
        Coding c = s.coding().apply(doc, 0, 5, speakingUp); // anna codes
        java.time.Instant before = java.time.Instant.now();
        Thread.sleep(5);
        s.coding().setCoder("ben");
        s.coding().setMemo(c.id(), "ben's first thought");
        Coding first = s.coding().find(c.id());
        assertThat(first.coder()).isEqualTo("anna");
        assertThat(first.created()).isEqualTo(c.created());
        assertThat(first.memoAuthor()).isEqualTo("ben");
        assertThat(first.memoUpdated()).isAfter(before).isAfter(c.created());

        Thread.sleep(5);
        s.coding().setCoder("carl");
        s.coding().setMemo(c.id(), "carl rewrites it");
        Coding second = s.coding().find(c.id());
        assertThat(second.memoAuthor()).isEqualTo("carl");
        assertThat(second.memoUpdated()).isAfter(first.memoUpdated());

        s.history().undo();
        assertThat(s.coding().find(c.id())).isEqualTo(first); // text, author and time exactly as before
        s.history().redo();
        assertThat(s.coding().find(c.id())).isEqualTo(second);

        s.coding().setMemo(c.id(), "  ");
        Coding cleared = s.coding().find(c.id());
        assertThat(cleared.memo()).isNull();
        assertThat(cleared.memoAuthor()).isNull();
        assertThat(cleared.memoUpdated()).isNull();
        s.history().undo();
        assertThat(s.coding().find(c.id())).isEqualTo(second);
    }

    @Test
    void recodingAndAdjustingKeepTheMemosCredit() {
        Coding c = s.coding().apply(doc, 0, 5, speakingUp);
        s.coding().setCoder("ben");
        s.coding().setMemo(c.id(), "a note");
        Coding noted = s.coding().find(c.id());
        s.coding().setCoder("anna");
        s.coding().recode(c.id(), safety);
        s.coding().adjust(c.id(), 1, 6);
        Coding moved = s.coding().find(c.id());
        assertThat(moved.memoAuthor()).isEqualTo("ben");
        assertThat(moved.memoUpdated()).isEqualTo(noted.memoUpdated());
    }
}
