package dev.passage.ui.transcript;

import dev.passage.errors.Text;
import dev.passage.model.Code;
import dev.passage.model.Coding;
import dev.passage.model.Language;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.coding.CodePickerViewModel.Mode;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.ui.common.TextLocation;
import dev.passage.ui.transcript.TranscriptViewModel.LayoutUpdate;
import dev.passage.ui.transcript.TranscriptViewModel.State;
import dev.passage.session.SessionStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TranscriptViewModelTest {
    static final String DOC = "Interview 01 – Hjemmepleje Nord – leader";
    static final String PHRASE = "Dagen starter med tavlemøde kvart i otte";

    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    ScriptedDialogs dialogs;
    TranscriptViewModel vm;
    long docId;
    String text;
    List<LayoutUpdate> updates = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
        dialogs = new ScriptedDialogs();
        vm = new TranscriptViewModel(context, dialogs);
        vm.layoutUpdateProperty().addListener((obs, old, u) -> {
            if (u != null) {
                updates.add(u);
            }
        });
        docId = session.documents().idByName(DOC).orElseThrow();
        text = session.documents().text(docId).orElseThrow();
    }

    @AfterEach
    void close() {
        vm.dispose();
        context.detach();
        session.close();
    }

    private List<Coding> codingsInDb() {
        return session.coding().forDocument(docId);
    }

    private Code code(String path) {
        return session.codebook().resolve(path);
    }

    private void openDocAndSelect(String phrase) {
        context.openDocumentProperty().set(docId);
        int start = text.indexOf(phrase);
        assertThat(start).isNotNegative();
        vm.setSelection(start, start + phrase.length());
    }

    @Test
    void opensTheDocumentWithItsCodingsAndTurns() {
        assertThat(vm.stateProperty().get()).isEqualTo(State.NO_DOCUMENT);

        context.openDocumentProperty().set(docId);

        assertThat(vm.stateProperty().get()).isEqualTo(State.READY);
        assertThat(vm.documentProperty().get().text()).isEqualTo(text);
        assertThat(vm.documentProperty().get().name()).isEqualTo(DOC);
        assertThat(vm.documentProperty().get().unit()).isEqualTo("Hjemmepleje Nord");
        assertThat(vm.documentProperty().get().attributes()).containsEntry("role", "leader");
        assertThat(vm.layout().codings()).hasSize(codingsInDb().size()).isNotEmpty();
        assertThat(vm.layout().turnLabel(0).speaker()).isEqualTo("Interviewer");
        assertThat(updates).singleElement().satisfies(u -> assertThat(u.full()).isTrue());
        assertThat(vm.codebookProperty().get().size()).isEqualTo(session.codebook().codebook().size());
    }

    @Test
    void anEmptyProjectAsksForAnImport() throws Exception {
        try (ProjectSession empty = ProjectSession.create(dir.resolve("empty.passage"), "Empty", Language.EN, "anna")) {
            ProjectContext ctx = UiFixtures.context(empty, new SynchronousTasks());
            TranscriptViewModel emptyVm = new TranscriptViewModel(ctx, new ScriptedDialogs());

            assertThat(emptyVm.stateProperty().get()).isEqualTo(State.EMPTY_PROJECT);
            ctx.detach();
        }
    }

    @Test
    void applyingACodeCodesTheSelectionAndRestylesOnlyThatRange() {
        openDocAndSelect(PHRASE);
        int start = text.indexOf(PHRASE);
        Code speakingUp = code("Psychological safety/Speaking up");
        int before = codingsInDb().size();
        updates.clear();

        assertThat(vm.applyCode(speakingUp.id())).isTrue();

        assertThat(codingsInDb()).hasSize(before + 1)
                                 .anySatisfy(c -> assertThat(c).extracting(Coding::start, Coding::end, Coding::codeId)
                                                               .containsExactly(start, start + PHRASE.length(), speakingUp.id()));
        assertThat(updates).singleElement().satisfies(u -> {
            assertThat(u.full()).isFalse();
            assertThat(u.changed()).containsExactly(new CodingLayout.Range(start, start + PHRASE.length()));
        });
        assertThat(vm.layout().codingsAt(start)).extracting(Coding::codeId).contains(speakingUp.id());
        assertThat(context.recentCodes()).first().isEqualTo(speakingUp.id());
        assertThat(session.history().undoLabel().map(Text::english)).hasValue("apply Speaking up to " + DOC);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void withoutASelectionNothingIsAppliedAndAHintSaysWhy() {
        context.openDocumentProperty().set(docId);
        int before = codingsInDb().size();

        assertThat(vm.applyCode(code("Mindset").id())).isFalse();
        assertThat(vm.openPicker(Mode.APPLY)).isFalse();

        assertThat(codingsInDb()).hasSize(before);
        assertThat(vm.hintProperty().get()).startsWith("Select some text first");
    }

    @Test
    void removingTheSelectedCodingAndUndoingItRefreshTheLayout() {
        context.openDocumentProperty().set(docId);
        Coding first = vm.layout().codings().getFirst();
        vm.selectCodingAt(first.start());
        Coding selected = vm.selectedCoding();
        assertThat(selected).isNotNull();

        assertThat(vm.removeSelectedCoding()).isTrue();

        assertThat(codingsInDb()).extracting(Coding::id).doesNotContain(selected.id());
        assertThat(vm.layout().coding(selected.id())).isNull();
        assertThat(context.selectedCodingProperty().get()).isNull();
        assertThat(updates.getLast().changed()).containsExactly(new CodingLayout.Range(selected.start(), selected.end()));

        session.history().undo();

        assertThat(vm.layout().coding(selected.id())).isEqualTo(selected);
        assertThat(updates.getLast().changed()).containsExactly(new CodingLayout.Range(selected.start(), selected.end()));
    }

    @Test
    void recentCodesApplyWithTheirNumber() {
        openDocAndSelect(PHRASE);
        Code mindset = code("Mindset");
        Code barriers = code("Barriers");
        vm.applyCode(mindset.id());
        vm.applyCode(barriers.id());
        assertThat(context.recentCodes()).containsExactly(barriers.id(), mindset.id());
        int selStart = text.indexOf("kvart i otte");
        vm.setSelection(selStart, selStart + 5);

        assertThat(vm.applyRecentCode(2)).isTrue();
        assertThat(vm.applyRecentCode(5)).isFalse();

        assertThat(codingsInDb()).anySatisfy(c -> assertThat(c).extracting(Coding::start, Coding::codeId).containsExactly(selStart, mindset.id()));
        assertThat(vm.hintProperty().get()).contains("5");
        assertThat(context.recentCodes()).first().isEqualTo(mindset.id());
    }

    @Test
    void inVivoCreatesATopLevelCodeNamedAfterTheSelectionNeverUnderTheSelectedCode() {
        context.openDocumentProperty().set(docId);
        String words = "kvart i otte";
        int s = text.indexOf(words);
        vm.setSelection(s, s + words.length() + 1);   // includes the following "." which is trimmed away

        assertThat(vm.codeInVivo()).isTrue();

        Code created = session.codebook().codebook().findByPath(words).orElseThrow();
        assertThat(created.parentId()).isNull();
        assertThat(codingsInDb()).anySatisfy(c -> assertThat(c).extracting(Coding::start, Coding::codeId).containsExactly(s, created.id()));

        Code barriers = code("Barriers");
        context.selectedCodeProperty().set(barriers.id());
        String other = "Dagen starter";
        int o = text.indexOf(other);
        vm.setSelection(o, o + other.length());
        vm.codeInVivo();

        assertThat(session.codebook().codebook().findByPath("Barriers/Dagen starter")).isEmpty();
        Code top = session.codebook().codebook().findByPath("Dagen starter").orElseThrow();
        assertThat(top.parentId()).isNull();

        // one undo removes both the coding and the new code
        assertThat(session.history().undoLabel().map(t -> t.english())).hasValueSatisfying(l -> assertThat(l).startsWith("add code Dagen starter and apply it"));
        session.history().undo();
        assertThat(session.codebook().codebook().findByPath("Dagen starter")).isEmpty();
        assertThat(codingsInDb()).noneSatisfy(c -> assertThat(c.start()).isEqualTo(o));
        assertThat(session.codebook().codebook().findByPath(words)).isPresent();
    }

    @Test
    void thePickerCreatesACodeUnderTheHighlightedCodesParentAndAppliesIt() {
        openDocAndSelect(PHRASE);
        assertThat(vm.openPicker(Mode.APPLY)).isTrue();
        vm.picker().queryProperty().set("speaking");
        assertThat(vm.picker().highlightedChoice()).map(c -> c.path()).hasValue("Psychological safety/Speaking up");

        vm.pickNewCode();

        Code created = session.codebook().codebook().findByPath("Psychological safety/speaking").orElseThrow();
        assertThat(codingsInDb()).anySatisfy(c -> assertThat(c.codeId()).isEqualTo(created.id()));
        assertThat(vm.picker().showingProperty().get()).isFalse();
        assertThat(context.recentCodes()).first().isEqualTo(created.id());
        // Ctrl+Enter is one undo step: undo takes the coding and the new code, redo brings both back
        session.history().undo();
        assertThat(session.codebook().codebook().findByPath("Psychological safety/speaking")).isEmpty();
        assertThat(codingsInDb()).noneSatisfy(c -> assertThat(c.codeId()).isEqualTo(created.id()));
        session.history().redo();
        assertThat(codingsInDb()).anySatisfy(c -> assertThat(c.codeId()).isEqualTo(created.id()));

        // nothing matches: the new code goes to the top level; Enter with a match applies the existing code
        vm.openPicker(Mode.APPLY);
        vm.picker().queryProperty().set("Entirely new theme");
        assertThat(vm.picker().choices()).isEmpty();
        vm.pickNewCode();
        assertThat(session.codebook().codebook().findByPath("Entirely new theme").orElseThrow().parentId()).isNull();

        int before = codingsInDb().size();
        int codes = session.codebook().codebook().size();
        vm.openPicker(Mode.APPLY);
        vm.picker().queryProperty().set("mindset");   // exists at the top level: Ctrl+Enter uses it instead of failing
        vm.pickNewCode();
        assertThat(session.codebook().codebook().size()).isEqualTo(codes);
        assertThat(codingsInDb()).hasSize(before + 1).anySatisfy(c -> assertThat(c.codeId()).isEqualTo(code("Mindset").id()));

        vm.openPicker(Mode.APPLY);
        vm.picker().queryProperty().set("fear blame");
        vm.pickHighlighted();
        assertThat(codingsInDb()).anySatisfy(c -> assertThat(c.codeId()).isEqualTo(code("Barriers/Fear of blame").id()));
    }

    @Test
    void recodeMemoAndAdjustWorkOnTheSelectedCoding() {
        context.openDocumentProperty().set(docId);
        Coding target = vm.layout().codings().getFirst();
        vm.selectCoding(target.id());

        assertThat(vm.openPicker(Mode.RECODE)).isTrue();
        vm.picker().queryProperty().set("time pressure");
        vm.pickHighlighted();
        assertThat(session.coding().find(target.id()).codeId()).isEqualTo(code("Barriers/Time pressure").id());

        assertThat(vm.memoToEdit()).hasValue(target.memo() == null ? "" : target.memo());
        vm.saveSelectedCodingMemo("Says it out loud");
        assertThat(session.coding().find(target.id()).memo()).isEqualTo("Says it out loud");
        assertThat(vm.codingInfo(target.id()).orElseThrow().memo()).isEqualTo("Says it out loud");
        // the memo is credited to whoever wrote it, now, not to the coding's coder and time
        assertThat(vm.codingInfo(target.id()).orElseThrow()).extracting(i -> i.memoAuthor(), i -> i.memoUpdated())
            .containsExactly(session.coding().coder(), session.coding().find(target.id()).memoUpdated());
        assertThat(vm.codingInfo(target.id()).orElseThrow().memoUpdated()).isAfter(target.created());

        vm.setSelection(target.start() + 1, target.end() + 3);
        assertThat(vm.adjustSelectedCodingToSelection()).isTrue();
        assertThat(session.coding().find(target.id())).extracting(Coding::start, Coding::end)
                                                     .containsExactly(target.start() + 1, target.end() + 3);
        assertThat(vm.layout().coding(target.id()).start()).isEqualTo(target.start() + 1);
        assertThat(session.history().undoLabel().map(Text::english)).hasValue("adjust coding boundaries");
    }

    @Test
    void withoutASelectedCodingCodingActionsOnlyHint() {
        context.openDocumentProperty().set(docId);

        assertThat(vm.removeSelectedCoding()).isFalse();
        assertThat(vm.openPicker(Mode.RECODE)).isFalse();
        assertThat(vm.memoToEdit()).isEmpty();
        assertThat(vm.adjustSelectedCodingToSelection()).isFalse();

        assertThat(vm.hintProperty().get()).startsWith("Click a highlight");
    }

    @Test
    void failuresBecomeAClearErrorDialog() {
        openDocAndSelect(PHRASE);

        vm.applyCode(987_654L);

        assertThat(dialogs.errors).singleElement().asString()
                                  .isEqualTo("The change could not be made: There is no code with id 987654");
    }

    @Test
    void changesToOtherDocumentsDoNotRestyleThisOne() {
        context.openDocumentProperty().set(docId);
        updates.clear();
        long other = SessionStores.of(session).database().read(a -> a.documents().ids()).stream().filter(id -> id != docId).findFirst().orElseThrow();

        session.coding().apply(other, 0, 5, code("Mindset").id());

        assertThat(updates).isEmpty();
        assertThat(vm.codingCounts().get(code("Mindset").id()))
            .isEqualTo(session.codebook().codingCounts().get(code("Mindset").id()));
    }

    @Test
    void navigatingToAPassageAsksTheViewToRevealIt() {
        List<TextLocation> requests = new ArrayList<>();
        vm.revealRequestProperty().addListener((obs, old, loc) -> {
            if (loc != null) {
                requests.add(loc);
            }
        });

        context.navigateTo(new TextLocation(docId, 100, 120));

        assertThat(vm.stateProperty().get()).isEqualTo(State.READY);
        assertThat(requests).containsExactly(new TextLocation(docId, 100, 120));
    }

    @Test
    void theSelectionIsPublishedToTheContext() {
        context.openDocumentProperty().set(docId);

        vm.setSelection(30, 10);
        assertThat(context.transcriptSelectionProperty().get()).isEqualTo(new TextLocation(docId, 10, 30));

        vm.setSelection(12, 12);
        assertThat(context.transcriptSelectionProperty().get()).isNull();
        assertThat(Optional.ofNullable(vm.selection())).isEmpty();
    }

    @Test
    void closingTheDocumentShowsTheEmptyState() {
        context.openDocumentProperty().set(docId);
        context.openDocumentProperty().set(null);

        assertThat(vm.stateProperty().get()).isEqualTo(State.NO_DOCUMENT);
        assertThat(vm.documentProperty().get()).isNull();
    }
}
