package dev.passage.ui.coders;

import dev.passage.coders.CoderView;
import dev.passage.model.CoderScope;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Show codings of, colour by coder and blind coding, without a window (the sample was coded by anna and jonas). */
class CodersViewModelTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    UiFixtures.ScriptedDialogs dialogs = new UiFixtures.ScriptedDialogs();
    Deque<List<String>> chosen = new ArrayDeque<>();
    CodersViewModel vm;

    @BeforeEach
    void open() throws Exception {
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
        vm = new CodersViewModel(context, dialogs, (coders, ticked) -> Optional.ofNullable(chosen.poll()));
    }

    @AfterEach
    void close() {
        context.detach();
        session.close();
    }

    @Test
    void theProjectsCodersAreShared() {
        assertThat(context.coders()).containsExactly("anna", "jonas");
    }

    @Test
    void showingOnlyMineNarrowsTheScopeAndMakesEveryViewReload() {
        long before = context.dataVersionProperty().get();
        vm.showMe();
        assertThat(session.coders().scope()).isEqualTo(CoderScope.only("anna"));
        assertThat(vm.kindProperty().get()).isEqualTo(CoderView.Kind.ME);
        assertThat(context.dataVersionProperty().get()).isGreaterThan(before);
        // the change the views hear touches every document's codings and the codebook's counts
        assertThat(context.lastChangeProperty().get().touchedDocuments()).hasSize(session.documents().count());
        assertThat(context.lastChangeProperty().get().codebookChanged()).isTrue();
        vm.showEveryone();
        assertThat(session.coders().scope()).isEqualTo(CoderScope.EVERYONE);
    }

    @Test
    void chosenCodersComeFromTheChooserAndCancelChangesNothing() {
        vm.chooseCoders(); // cancelled
        assertThat(session.coders().scope()).isEqualTo(CoderScope.EVERYONE);
        chosen.add(List.of("jonas"));
        vm.chooseCoders();
        assertThat(session.coders().scope()).isEqualTo(CoderScope.only("jonas"));
        assertThat(vm.kindProperty().get()).isEqualTo(CoderView.Kind.CHOSEN);
        chosen.add(List.of());
        vm.chooseCoders();
        assertThat(dialogs.errors).singleElement().asString().contains("at least one coder");
        assertThat(session.coders().scope()).isEqualTo(CoderScope.only("jonas"));
    }

    @Test
    void colourByCoderIsAToggle() {
        assertThat(context.colourStripesByCoderProperty().get()).isFalse();
        vm.toggleColourByCoder();
        assertThat(context.colourStripesByCoderProperty().get()).isTrue();
    }

    @Test
    void blindCodingIsLockedAfterAConfirmationAndOnlyTheLeadIsOfferedToLiftIt() {
        vm.blindCoding(); // not confirmed
        assertThat(session.coders().blind()).isFalse();
        assertThat(dialogs.confirmations).singleElement().asString().contains("does not protect them");
        dialogs.confirmAnswers.add(true);
        vm.blindCoding();
        assertThat(session.coders().blind()).isTrue();
        assertThat(vm.blindProperty().get()).isTrue();
        assertThat(session.coders().scope()).isEqualTo(CoderScope.only("anna"));
        assertThat(context.lastChangeProperty().get().touchedDocuments()).isNotEmpty();

        session.coding().setCoder("jonas");
        vm.blindCoding();
        assertThat(dialogs.infos).last().asString().contains("Only anna, who locked it, can lift it");
        assertThat(session.coders().blind()).isTrue();

        session.coding().setCoder("anna");
        dialogs.confirmAnswers.add(true);
        vm.blindCoding();
        assertThat(session.coders().blind()).isFalse();
        assertThat(session.history().undoLabel()).map(t -> t.english()).contains("lift blind coding");
    }

    @Test
    void choosingAViewInBlindModeSaysItWaits() {
        dialogs.confirmAnswers.add(true);
        vm.blindCoding();
        vm.showEveryone();
        assertThat(dialogs.infos).last().asString().contains("until the lead lifts it");
        assertThat(session.coders().scope()).isEqualTo(CoderScope.only("anna"));
    }
}
