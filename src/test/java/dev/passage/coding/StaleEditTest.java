package dev.passage.coding;

import dev.passage.TestProjects;
import dev.passage.errors.StaleEditException;
import dev.passage.model.Code;
import dev.passage.model.CodeDescription;
import dev.passage.model.HistoryFilter;
import dev.passage.model.Language;
import dev.passage.model.Memo;
import dev.passage.model.Memo.MemoTarget;
import dev.passage.model.Unit;
import dev.passage.session.ProjectSession;
import dev.passage.session.SessionStores;
import dev.passage.store.Database;
import dev.passage.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Shared objects carry a row version: an edit made on a stale one is refused with who changed it and how, and undo never
 * overwrites a colleague's later edit. The colleague here is a second set of services (their own undo history) on the same
 * database, writing as "ann" while this session's coder is "ben".
 */
class StaleEditTest {
    @TempDir
    Path tmp;
    ProjectSession s;
    Database db;
    CommandHistory annHistory;
    CodebookService ann;
    MemoService annMemos;
    long doc;

    @BeforeEach
    void setUp() throws Exception {
        s = TestProjects.create(tmp, Language.EN);
        s.coding().setCoder("ben");
        db = SessionStores.of(s).database();
        annHistory = new CommandHistory(db);
        ann = new CodebookService(db, annHistory);
        annMemos = new MemoService(db, annHistory, s.coding());
        doc = TestProjects.importText(s, tmp, "Interview", "We talk about mistakes openly. Nobody is blamed. We try again.");
    }

    @AfterEach
    void tearDown() {
        s.close();
    }

    /** Runs {@code edit} as ann (the history's coder is the session's). */
    private <T> T asAnn(Supplier<T> edit) {
        s.coding().setCoder("ann");
        try {
            return edit.get();
        } finally {
            s.coding().setCoder("ben");
        }
    }

    @Test
    void aDescriptionSavedOnTheVersionTheDialogOpenedWithIsRefusedAfterAnnRenamedTheCode() {
        Code opened = s.codebook().addPath("Openness", null, null);
        asAnn(() -> ann.rename(opened.id(), "Candour"));

        StaleEditException e = catchThrowableOfType(StaleEditException.class,
            () -> s.codebook().describe(opened, CodeDescription.of("Speaking freely")));

        assertThat(e.getMessage()).contains("Code \"Openness\"").contains("ann renamed it to \"Candour\"").contains("not saved");
        assertThat(e.change()).hasValueSatisfying(c -> assertThat(c.who()).isEqualTo("ann"));
        assertThat(e.gone()).isFalse();
        assertThat(e.yours()).isPresent();
        assertThat(s.codebook().codebook().get(opened.id()).description().definition()).as("nothing of ben's written").isNullOrEmpty();

        e.reapply().orElseThrow().run();
        Code now = s.codebook().codebook().get(opened.id());
        assertThat(now.name()).as("ann's rename kept").isEqualTo("Candour");
        assertThat(now.description().definition()).as("ben's description re-applied").isEqualTo("Speaking freely");
        assertThat(now.version()).isEqualTo(opened.version() + 2);
    }

    @Test
    void everyCodeEditBumpsTheVersionAndAnEditorThatKeptAnOlderOneIsRefusedEvenForTheUsersOwnEdit() {
        Code v0 = s.codebook().addPath("Blame", null, null);
        Code v1 = s.codebook().recolour(v0, "#aa0000");
        assertThat(v1.version()).isEqualTo(1);
        assertThat(s.codebook().codebook().get(v0.id())).isEqualTo(v1);
        assertThatThrownBy(() -> s.codebook().rename(v0, "Fault")).isInstanceOf(StaleEditException.class);
        assertThat(s.codebook().rename(v1, "Fault").version()).isEqualTo(2);
        assertThat(s.codebook().move(s.codebook().codebook().get(v0.id()), null).version()).isEqualTo(3);
    }

    @Test
    void anEditOfACodeAnnDeletedSaysSoAndOffersNothingToReapply() {
        Code opened = s.codebook().addPath("Gone soon", null, null);
        asAnn(() -> ann.delete(opened.id()));
        StaleEditException e = catchThrowableOfType(StaleEditException.class, () -> s.codebook().recolour(opened, "#123456"));
        assertThat(e.gone()).isTrue();
        assertThat(e.getMessage()).contains("is gone").contains("ann deleted it");
        assertThat(e.reapply()).isEmpty();
    }

    @Test
    void undoTakesBackTheUsersOwnEditsAcrossTheirLaterOnes() {
        Code code = s.codebook().addPath("Trust", null, null);
        s.codebook().rename(code.id(), "Faith");
        s.codebook().recolour(code.id(), "#00aa00");
        s.history().undo();
        s.history().undo();
        assertThat(s.codebook().codebook().get(code.id()).name()).isEqualTo("Trust");
        s.history().undo();
        assertThat(s.codebook().codebook().find(code.id())).isEmpty();
        s.history().redo();
        s.history().redo();
        assertThat(s.codebook().codebook().get(code.id()).name()).isEqualTo("Faith");
        s.history().undo();
        assertThat(s.codebook().codebook().get(code.id()).name()).isEqualTo("Trust");
    }

    @Test
    void undoIsRefusedAfterAColleaguesEditIsDroppedAndTheHistorySaysSo() {
        Code code = s.codebook().addPath("Trust", null, null);
        s.codebook().rename(code.id(), "Faith");
        asAnn(() -> ann.recolour(code.id(), "#0000aa"));

        StaleEditException e = catchThrowableOfType(StaleEditException.class, () -> s.history().undo());
        assertThat(e.getMessage()).contains("ann changed its colour");
        Code now = s.codebook().codebook().get(code.id());
        assertThat(now.name()).as("ann's edit stands, ben's rename too").isEqualTo("Faith");
        assertThat(now.colour()).isEqualToIgnoringCase("#0000aa");
        assertThat(s.history().undoLabel()).as("the refused undo is dropped: next is the add")
                                           .hasValueSatisfying(l -> assertThat(l.english()).contains("Trust"));
        assertThat(s.history().redoLabel()).isEmpty();
        assertThat(s.editHistory().list(HistoryFilter.ALL.withLimit(1)).getFirst())
            .satisfies(h -> {
                assertThat(h.action()).isEqualTo("undo.refused");
                assertThat(h.coder()).isEqualTo("ben");
                assertThat(h.summary()).contains("ann changed its colour");
            });
        // the add cannot be taken back either: ann changed the code since
        assertThatThrownBy(() -> s.history().undo()).isInstanceOf(StaleEditException.class);
        assertThat(s.codebook().codebook().find(code.id())).isPresent();
        assertThat(s.history().undoLabel()).isEmpty();
    }

    @Test
    void aRedoIsRefusedWhenAColleagueChangedTheRowAfterTheUndo() {
        Code code = s.codebook().addPath("Trust", null, null);
        s.codebook().describe(code.id(), CodeDescription.of("mine"));
        s.history().undo();
        asAnn(() -> ann.rename(code.id(), "Reliance"));
        assertThatThrownBy(() -> s.history().redo()).isInstanceOf(StaleEditException.class).hasMessageContaining("ann renamed it");
        assertThat(s.codebook().codebook().get(code.id()).description().definition()).isNullOrEmpty();
        assertThat(s.history().redoLabel()).isEmpty();
    }

    @Test
    void aMemoEditOnAStaleVersionIsRefusedAndCanBeReapplied() {
        Memo opened = s.memos().add(MemoTarget.PROJECT, null, "Plan", "first");
        asAnn(() -> annMemos.edit(opened.id(), "Plan", "ann's words"));
        StaleEditException e = catchThrowableOfType(StaleEditException.class, () -> s.memos().edit(opened, "Plan", "ben's words"));
        assertThat(e.objectKind()).isEqualTo("memo");
        assertThat(e.getMessage()).contains("Memo \"Plan\"").contains("ann edited it");
        assertThat(s.memos().all().getFirst().text()).isEqualTo("ann's words");
        e.reapply().orElseThrow().run();
        assertThat(s.memos().all().getFirst().text()).isEqualTo("ben's words");
        assertThatThrownBy(() -> s.memos().delete(opened)).isInstanceOf(StaleEditException.class);
    }

    @Test
    void aMergeOrDeleteAfterAColleaguesEditOfTheCodeReadsTheCurrentVersionAndWorks() {
        Code a = s.codebook().addPath("A", null, null);
        Code b = s.codebook().addPath("B", null, null);
        asAnn(() -> ann.rename(a.id(), "A2"));
        s.codebook().merge(a.id(), b.id());
        assertThat(s.codebook().codebook().find(a.id())).isEmpty();
        s.history().undo();
        assertThat(s.codebook().codebook().get(a.id()).name()).isEqualTo("A2");
    }

    @Test
    void aUnitAnUndoCreatedIsNotDeletedOverAColleaguesRename() {
        s.caseEditor().link("Interview", "Ward 3");
        Unit unit = db.read(a -> a.units().list()).getFirst();
        db.write(tx -> tx.units().rename(unit, "Ward 3 (night)"));
        assertThatThrownBy(() -> s.history().undo()).isInstanceOf(StaleEditException.class);
        assertThat(s.caseOverview().unitNames()).containsExactly("Ward 3 (night)");
    }

    @Test
    void inATeamProjectACoderRemovesOrChangesOnlyTheirOwnCodings() {
        long code = s.codebook().addPath("Trust", null, null).id();
        long annsCoding = asAnn(() -> s.coding().apply(doc, 0, 10, code)).id();
        s.coding().keepToOwnCodings();
        assertThatThrownBy(() -> s.coding().remove(annsCoding)).isInstanceOf(CodingException.class)
                                                              .hasMessageContaining("ann's, not yours (ben)");
        assertThatThrownBy(() -> s.coding().adjust(annsCoding, 0, 5)).isInstanceOf(CodingException.class);
        assertThatThrownBy(() -> s.coding().recode(annsCoding, code)).isInstanceOf(CodingException.class);
        long mine = s.coding().apply(doc, 0, 10, code).id();
        s.coding().remove(mine);
        assertThat(s.coding().forDocument(doc)).extracting(c -> c.coder()).containsExactly("ann");
    }

    @Test
    void aDocumentsTextIsFrozenOnceItHasCodings() {
        long code = s.codebook().addPath("Trust", null, null).id();
        s.coding().apply(doc, 0, 10, code);
        assertThatThrownBy(() -> db.write(tx -> {
            tx.documents().replaceText(doc, "Another text altogether");
            return null;
        })).isInstanceOf(StoreException.class).hasMessageContaining("Interview");
        assertThat(s.documents().text(doc).orElseThrow()).startsWith("We talk about mistakes");
    }
}
