package dev.passage.ui.memos;

import dev.passage.errors.Text;
import dev.passage.model.Coding;
import dev.passage.model.Memo;
import dev.passage.model.Memo.MemoTarget;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.session.SessionStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MemoViewModelTest {
    @TempDir
    Path dir;
    ProjectSession session;
    SynchronousTasks tasks;
    ScriptedDialogs dialogs;
    ProjectContext context;
    MemoViewModel vm;

    @BeforeEach
    void open() throws Exception {
        session = UiFixtures.sample(dir);
        tasks = new SynchronousTasks();
        dialogs = new ScriptedDialogs();
        context = UiFixtures.context(session, tasks);
        vm = new MemoViewModel(context, dialogs);
    }

    @AfterEach
    void close() {
        vm.dispose();
        context.detach();
        session.close();
    }

    private List<Memo> stored(MemoTarget target, Long id) {
        return session.memos().forTarget(target, id);
    }

    private MemoEntry entryTitled(String title) {
        return vm.entries().stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void listsTheProjectsMemosFirst() {
        assertThat(vm.targetProperty().get()).isEqualTo(MemoTarget.PROJECT);
        assertThat(vm.entries()).extracting(MemoEntry::title)
                                .containsExactly("Emerging pattern across units (after first coding round)", "Coding procedure and agreement");
        assertThat(vm.entries()).allMatch(e -> e.author().equals("anna") && e.updated() != null);
        assertThat(vm.listStateProperty().get()).isEqualTo(MemoViewModel.ListState.MEMOS);
        assertThat(vm.editingProperty().get()).isFalse();
    }

    @Test
    void targetsNeedSomethingOpenOrSelected() {
        vm.targetProperty().set(MemoTarget.DOCUMENT);
        assertThat(vm.listStateProperty().get()).isEqualTo(MemoViewModel.ListState.NO_TARGET);
        assertThat(vm.documentLabelProperty().get()).isEqualTo("Document");
        assertThat(vm.availableProperty(MemoTarget.DOCUMENT).get()).isFalse();
        assertThat(vm.availableProperty(MemoTarget.PROJECT).get()).isTrue();
        vm.newMemo();
        assertThat(vm.editingProperty().get()).isFalse();

        long doc = SessionStores.of(session).database().read(a -> a.documents().findIdByName(
            "Interview 04 – Plejecenter Egebo – social and healthcare assistant")).orElseThrow();
        context.openDocumentProperty().set(doc);

        assertThat(vm.availableProperty(MemoTarget.DOCUMENT).get()).isTrue();
        assertThat(vm.documentLabelProperty().get()).isEqualTo("Document \"Interview 04 – Plejecenter Egebo – social and healthcare assistant\"");
        assertThat(vm.entries()).extracting(MemoEntry::title).containsExactly("Interview conditions");
    }

    @Test
    void codeMemosFollowTheSelectedCode() {
        vm.targetProperty().set(MemoTarget.CODE);
        context.selectedCodeProperty().set(session.codebook().resolve("Peer coaching").id());

        assertThat(vm.codeLabelProperty().get()).isEqualTo("Code \"Peer coaching\"");
        assertThat(vm.entries()).extracting(MemoEntry::title).containsExactly("Who owns the material?");

        context.selectedCodeProperty().set(session.codebook().resolve("Mindset").id());
        assertThat(vm.entries()).isEmpty();
        assertThat(vm.listStateProperty().get()).isEqualTo(MemoViewModel.ListState.EMPTY);
    }

    @Test
    void newMemoIsAddedOnSaveAndOneUndoRemovesIt() {
        vm.newMemo();
        assertThat(vm.draftProperty().get()).isTrue();
        assertThat(vm.statusProperty().get()).isEqualTo("New memo · not saved yet");

        vm.titleProperty().set("Voice and silence");
        vm.textProperty().set("Silence follows signal events.");
        vm.save();

        assertThat(stored(MemoTarget.PROJECT, null)).extracting(Memo::title).contains("Voice and silence");
        Memo memo = stored(MemoTarget.PROJECT, null).stream().filter(m -> m.title().equals("Voice and silence")).findFirst().orElseThrow();
        assertThat(memo.text()).isEqualTo("Silence follows signal events.");
        assertThat(memo.author()).isEqualTo("anna");
        assertThat(vm.draftProperty().get()).isFalse();
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Saved");
        assertThat(vm.selectedProperty().get().id()).isEqualTo(memo.id());
        assertThat(vm.entries()).hasSize(3);

        assertThat(session.history().undoLabel().map(Text::english)).contains("add memo");
        session.history().undo();

        assertThat(stored(MemoTarget.PROJECT, null)).hasSize(2);
        assertThat(vm.entries()).hasSize(2);
        assertThat(vm.editingProperty().get()).isFalse();
    }

    @Test
    void editingAMemoSavesThroughTheServiceAndUndoRestoresIt() {
        MemoEntry entry = entryTitled("Coding procedure and agreement");
        vm.select(entry);
        assertThat(vm.titleProperty().get()).isEqualTo("Coding procedure and agreement");
        assertThat(vm.textProperty().get()).startsWith("anna coded all 16 interviews.");
        assertThat(vm.dirtyProperty().get()).isFalse();

        vm.textProperty().set(vm.textProperty().get() + " Agreement rose to 0.81 after the second round.");
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(vm.statusProperty().get()).isEqualTo("Unsaved changes · Ctrl+S saves");
        vm.save();

        Memo after = SessionStores.of(session).database().read(a -> a.memos().find(entry.id())).orElseThrow();
        assertThat(after.text()).endsWith("Agreement rose to 0.81 after the second round.");
        assertThat(vm.dirtyProperty().get()).isFalse();

        session.history().undo();

        Memo restored = SessionStores.of(session).database().read(a -> a.memos().find(entry.id())).orElseThrow();
        assertThat(restored.text()).isEqualTo(entry.text());
        assertThat(vm.textProperty().get()).isEqualTo(entry.text()); // the editor shows the undone state
    }

    @Test
    void leavingAChangedMemoSavesIt() {
        vm.select(entryTitled("Coding procedure and agreement"));
        vm.titleProperty().set("Coding procedure, agreement and next steps");

        vm.select(entryTitled("Emerging pattern across units (after first coding round)"));

        assertThat(stored(MemoTarget.PROJECT, null)).extracting(Memo::title).contains("Coding procedure, agreement and next steps");
        assertThat(vm.titleProperty().get()).isEqualTo("Emerging pattern across units (after first coding round)");

        vm.textProperty().set("changed");
        vm.targetProperty().set(MemoTarget.CODE);
        assertThat(stored(MemoTarget.PROJECT, null)).anyMatch(m -> m.text().equals("changed"));
    }

    @Test
    void anEmptyDraftIsDroppedAndABlankTitleGetsOne() {
        vm.newMemo();
        vm.newMemo();
        assertThat(stored(MemoTarget.PROJECT, null)).hasSize(2);

        vm.textProperty().set("Only text, no title.");
        vm.save();

        assertThat(stored(MemoTarget.PROJECT, null)).anyMatch(m -> m.title().equals("Untitled memo") && m.text().equals("Only text, no title."));
        assertThat(vm.titleProperty().get()).isEqualTo("Untitled memo");
    }

    @Test
    void deleteAsksFirstAndUndoBringsItBack() {
        MemoEntry entry = entryTitled("Coding procedure and agreement");
        vm.select(entry);

        dialogs.confirmAnswers.push(false);
        vm.delete();
        assertThat(stored(MemoTarget.PROJECT, null)).hasSize(2);
        assertThat(dialogs.confirmations).containsExactly("Delete the memo \"Coding procedure and agreement\"? Ctrl+Z brings it back.");

        dialogs.confirmAnswers.push(true);
        vm.delete();
        assertThat(stored(MemoTarget.PROJECT, null)).extracting(Memo::title).doesNotContain("Coding procedure and agreement");
        assertThat(vm.entries()).hasSize(1);
        assertThat(vm.editingProperty().get()).isFalse();

        session.history().undo();
        assertThat(vm.entries()).extracting(MemoEntry::title).contains("Coding procedure and agreement");
    }

    @ParameterizedTest
    @EnumSource(MemoTarget.class)
    void addEditDeleteAndUndoOnEveryTarget(MemoTarget target) {
        Long id = switch (target) {
            case PROJECT -> null;
            case DOCUMENT -> 2L;
            case CODE -> session.codebook().resolve("Mindset/Growth mindset").id();
            case CODING -> session.coding().forDocument(2).getFirst().id();
        };
        context.openDocumentProperty().set(2L);
        context.selectedCodeProperty().set(session.codebook().resolve("Mindset/Growth mindset").id());
        context.selectedCodingProperty().set(session.coding().forDocument(2).getFirst().id());
        vm.targetProperty().set(target);
        int before = stored(target, id).size();

        vm.newMemo();
        vm.titleProperty().set("On " + target);
        vm.textProperty().set("first");
        vm.save();
        assertThat(stored(target, id)).hasSize(before + 1).anyMatch(m -> m.title().equals("On " + target) && m.text().equals("first"));

        vm.textProperty().set("second");
        vm.save();
        assertThat(stored(target, id)).anyMatch(m -> m.title().equals("On " + target) && m.text().equals("second"));

        dialogs.confirmAnswers.push(true);
        vm.delete();
        assertThat(stored(target, id)).hasSize(before);

        session.history().undo(); // delete
        assertThat(stored(target, id)).anyMatch(m -> m.text().equals("second"));
        session.history().undo(); // edit
        assertThat(stored(target, id)).anyMatch(m -> m.text().equals("first"));
        session.history().undo(); // add
        assertThat(stored(target, id)).hasSize(before);
        assertThat(vm.entries()).filteredOn(e -> !e.isNote()).hasSize(before);
    }

    @Test
    void documentMemosAddEditDelete() {
        long doc = session.documents().idByName("Interview 01 – Hjemmepleje Nord – leader").orElseThrow();
        context.openDocumentProperty().set(doc);
        vm.targetProperty().set(MemoTarget.DOCUMENT);
        assertThat(vm.entries()).isEmpty();

        vm.newMemo();
        vm.titleProperty().set("Setting");
        vm.textProperty().set("Interviewed at the office.");
        vm.save();
        assertThat(stored(MemoTarget.DOCUMENT, doc)).extracting(Memo::title).containsExactly("Setting");

        vm.textProperty().set("Interviewed at the office, 45 minutes.");
        vm.save();
        assertThat(stored(MemoTarget.DOCUMENT, doc)).extracting(Memo::text).containsExactly("Interviewed at the office, 45 minutes.");

        dialogs.confirmAnswers.push(true);
        vm.delete();
        assertThat(stored(MemoTarget.DOCUMENT, doc)).isEmpty();
    }

    @Test
    void codingShowsItsInlineNoteFirstAndEditsItThroughCodingService() {
        Coding coding = session.coding().forDocument(1).getFirst();
        context.selectedCodingProperty().set(coding.id());
        vm.targetProperty().set(MemoTarget.CODING);

        assertThat(vm.entries()).hasSize(1);
        MemoEntry note = vm.entries().getFirst();
        assertThat(note.isNote()).isTrue();
        assertThat(note.text()).isEqualTo(coding.memo() == null ? "" : coding.memo());
        assertThat(vm.codingDescriptionProperty().get()).endsWith(" in Interview 01 – Hjemmepleje Nord – leader");
        assertThat(vm.codingLabelProperty().get()).isEqualTo("Coding \"" + session.codebook().codebook().get(coding.codeId()).name() + "\"");

        vm.select(note);
        assertThat(vm.isEditingNote()).isTrue();
        vm.textProperty().set("The leader goes first.");
        vm.save();

        assertThat(session.coding().find(coding.id()).memo()).isEqualTo("The leader goes first.");
        assertThat(session.history().undoLabel().map(Text::english)).contains("edit coding memo");
        assertThat(vm.entries().getFirst().text()).isEqualTo("The leader goes first.");

        // and memos on the coding itself
        vm.newMemo();
        vm.titleProperty().set("Why coded here");
        vm.save();
        assertThat(stored(MemoTarget.CODING, coding.id())).extracting(Memo::title).containsExactly("Why coded here");
        assertThat(vm.entries()).hasSize(2);

        session.history().undo();
        session.history().undo();
        assertThat(session.coding().find(coding.id()).memo()).isEqualTo(coding.memo());
        assertThat(stored(MemoTarget.CODING, coding.id())).isEmpty();
    }

    @Test
    void aCodingNoteIsCreditedToWhoWroteItNotToTheCoder() {
        Coding coding = session.coding().forDocument(1).getFirst();
        assertThat(coding.coder()).isNotEqualTo("ben");
        session.coding().setCoder("ben");
        context.selectedCodingProperty().set(coding.id());
        vm.targetProperty().set(MemoTarget.CODING);
        vm.select(vm.entries().getFirst());
        vm.textProperty().set("Written later by ben.");
        vm.save();

        MemoEntry note = vm.entries().getFirst();
        assertThat(note.author()).isEqualTo("ben");
        assertThat(note.updated()).isAfter(coding.created());
        // read again from the store (another selection and back)
        vm.targetProperty().set(MemoTarget.PROJECT);
        vm.targetProperty().set(MemoTarget.CODING);
        assertThat(vm.entries().getFirst().author()).isEqualTo("ben");
        assertThat(vm.entries().getFirst().updated()).isEqualTo(session.coding().find(coding.id()).memoUpdated());

        session.history().undo();
        assertThat(session.coding().find(coding.id())).isEqualTo(coding);
    }

    @Test
    void clearingACodingNoteConfirmsAndUsesCodingService() {
        Coding coding = session.coding().forDocument(1).getFirst();
        session.coding().setMemo(coding.id(), "to be cleared");
        context.selectedCodingProperty().set(coding.id());
        vm.targetProperty().set(MemoTarget.CODING);
        vm.select(vm.entries().getFirst());

        dialogs.confirmAnswers.push(true);
        vm.delete();

        assertThat(session.coding().find(coding.id()).memo()).isNull();
        assertThat(dialogs.confirmations).containsExactly("Clear the note on this coding? Ctrl+Z brings it back.");
    }

    @Test
    void switchingTheSelectedCodingSavesTheNoteBeingEdited() {
        List<Coding> codings = session.coding().forDocument(1);
        context.selectedCodingProperty().set(codings.get(0).id());
        vm.targetProperty().set(MemoTarget.CODING);
        vm.select(vm.entries().getFirst());
        vm.textProperty().set("first note");

        context.selectedCodingProperty().set(codings.get(1).id());

        assertThat(session.coding().find(codings.get(0).id()).memo()).isEqualTo("first note");
        assertThat(vm.editingProperty().get()).isFalse();
        assertThat(vm.entries().getFirst().id()).isEqualTo(codings.get(1).id());
    }

    @Test
    void aRemovedCodingLeavesNothingToShow() {
        Coding c = session.coding().apply(1, 0, 10, session.codebook().resolve("Peer coaching").id());
        context.selectedCodingProperty().set(c.id());
        vm.targetProperty().set(MemoTarget.CODING);
        assertThat(vm.entries()).hasSize(1);

        session.history().undo();

        assertThat(vm.entries()).isEmpty();
        assertThat(vm.listStateProperty().get()).isEqualTo(MemoViewModel.ListState.NO_TARGET);
        assertThat(dialogs.errors).isEmpty();
    }
}
