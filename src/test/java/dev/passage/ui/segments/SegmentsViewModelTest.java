package dev.passage.ui.segments;

import dev.passage.model.Memo.MemoTarget;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.ui.common.TextLocation;
import dev.passage.session.SessionStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentsViewModelTest {
    @TempDir
    Path dir;
    ProjectSession session;
    SynchronousTasks tasks;
    ScriptedDialogs dialogs;
    ProjectContext context;
    SegmentsViewModel vm;

    @BeforeEach
    void open() throws Exception {
        session = UiFixtures.sample(dir);
        tasks = new SynchronousTasks();
        dialogs = new ScriptedDialogs();
        context = UiFixtures.context(session, tasks);
        vm = new SegmentsViewModel(context, dialogs);
    }

    @AfterEach
    void close() {
        vm.dispose();
        context.detach();
        session.close();
    }

    private long code(String path) {
        return session.codebook().resolve(path).id();
    }

    @Test
    void withoutASelectedCodeItTeaches() {
        assertThat(vm.stateProperty().get()).isEqualTo(SegmentsViewModel.State.NO_CODE);
        assertThat(vm.segments()).isEmpty();
        assertThat(vm.headerProperty().get()).isEqualTo("Segments");
    }

    @Test
    void listsTheSelectedCodesSegmentsWithSubCodes() {
        context.selectedCodeProperty().set(code("Psychological safety"));

        // 4 on the parent, 16 + 9 + 14 + 15 on its four sub-codes (sample codings.json)
        assertThat(vm.segments()).hasSize(58);
        assertThat(vm.headerProperty().get()).isEqualTo("Segments of \"Psychological safety\" (58)");
        assertThat(vm.stateProperty().get()).isEqualTo(SegmentsViewModel.State.SEGMENTS);
        assertThat(vm.segments()).extracting(SegmentRow::codePath)
                                 .contains("Psychological safety", "Psychological safety/Speaking up")
                                 .allMatch(p -> p.startsWith("Psychological safety"));
        SegmentRow row = vm.segments().getFirst();
        String text = SessionStores.of(session).database().read(a -> a.documents().text(row.documentId())).orElseThrow();
        assertThat(row.text()).isEqualTo(text.substring(row.start(), row.end()));
        assertThat(row.colour()).matches("#[0-9a-fA-F]{6}");
        assertThat(row.coder()).isIn("anna", "jonas");
    }

    @Test
    void withoutSubCodesOnlyTheCodesOwn() {
        context.selectedCodeProperty().set(code("Psychological safety"));

        vm.includeSubCodesProperty().set(false);

        assertThat(vm.segments()).hasSize(4).allMatch(r -> r.codePath().equals("Psychological safety"));
        assertThat(vm.headerProperty().get()).isEqualTo("Segments of \"Psychological safety\" (4)");
    }

    @Test
    void followsTheSelectedCode() {
        context.selectedCodeProperty().set(code("Psychological safety/Speaking up"));
        assertThat(vm.segments()).hasSize(15);

        context.selectedCodeProperty().set(code("Peer coaching"));
        assertThat(vm.segments()).hasSize(17);
        assertThat(vm.codeNameProperty().get()).isEqualTo("Peer coaching");

        context.selectedCodeProperty().set(null);
        assertThat(vm.stateProperty().get()).isEqualTo(SegmentsViewModel.State.NO_CODE);
        assertThat(vm.segments()).isEmpty();
    }

    @Test
    void filterNarrowsByTextDocumentOrSpeaker() {
        context.selectedCodeProperty().set(code("Psychological safety"));

        vm.filterProperty().set("FEJL");

        assertThat(vm.segments()).isNotEmpty().hasSizeLessThan(58)
                                 .allSatisfy(r -> assertThat((r.text() + r.document() + r.speaker() + r.codePath() + r.coder()
                                                              + r.memo()).toLowerCase()).contains("fejl"));
        assertThat(vm.headerProperty().get()).isEqualTo("Segments of \"Psychological safety\" (" + vm.segments().size() + " of 58)");

        vm.filterProperty().set("Interview 05");
        assertThat(vm.segments()).isNotEmpty().allMatch(r -> r.document().startsWith("Interview 05"));

        vm.filterProperty().set("qqqzzz");
        assertThat(vm.segments()).isEmpty();
        assertThat(vm.stateProperty().get()).isEqualTo(SegmentsViewModel.State.NO_MATCH);

        vm.filterProperty().set("");
        assertThat(vm.segments()).hasSize(58);
    }

    @Test
    void reloadsAfterCodingAndUndoButNotAfterAMemo() {
        long speakingUp = code("Psychological safety/Speaking up");
        context.selectedCodeProperty().set(speakingUp);
        assertThat(vm.segments()).hasSize(15);

        session.coding().apply(1, 0, 20, speakingUp);
        assertThat(vm.segments()).hasSize(16).anyMatch(r -> r.documentId() == 1 && r.start() == 0 && r.end() == 20);
        assertThat(vm.headerProperty().get()).endsWith("(16)");

        int loads = tasks.titles().size();
        session.memos().add(MemoTarget.PROJECT, null, "A thought", "text");
        assertThat(tasks.titles()).hasSize(loads);

        session.history().undo(); // the memo
        session.history().undo(); // the coding
        assertThat(vm.segments()).hasSize(15);
    }

    @Test
    void aDeletedCodeShowsNothing() {
        long fear = code("Barriers/Fear of blame");
        context.selectedCodeProperty().set(fear);
        assertThat(vm.segments()).hasSize(25);

        session.codebook().delete(fear);

        assertThat(vm.segments()).isEmpty();
        assertThat(vm.stateProperty().get()).isEqualTo(SegmentsViewModel.State.NO_CODE);
    }

    @Test
    void aCodeWithoutSegmentsSaysHowToCode() {
        long fresh = session.codebook().add(null, "Fresh", null, null).id();

        context.selectedCodeProperty().set(fresh);

        assertThat(vm.stateProperty().get()).isEqualTo(SegmentsViewModel.State.EMPTY);
        assertThat(vm.headerProperty().get()).isEqualTo("Segments of \"Fresh\" (0)");
    }

    @Test
    void openingASegmentRevealsIt() {
        context.selectedCodeProperty().set(code("Peer coaching"));
        SegmentRow row = vm.segments().get(3);

        vm.open(row);

        assertThat(context.revealProperty().get()).isEqualTo(new TextLocation(row.documentId(), row.start(), row.end()));
        assertThat(context.openDocumentProperty().get()).isEqualTo(row.documentId());
    }

    @Test
    void aWindowModelFollowsTheSameContextUntilDisposed() {
        vm.includeSubCodesProperty().set(false);
        SegmentsViewModel other = vm.newWindowModel();
        assertThat(other.includeSubCodesProperty().get()).isFalse();

        context.selectedCodeProperty().set(code("Psychological safety"));
        assertThat(other.segments()).hasSize(4);
        assertThat(vm.segments()).hasSize(4);

        other.dispose();
        context.selectedCodeProperty().set(code("Peer coaching"));
        assertThat(vm.segments()).hasSize(17);
        assertThat(other.segments()).hasSize(4);
    }
}
