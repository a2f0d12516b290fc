package dev.passage.ui.adjudication;

import dev.passage.adjudication.Disagreement;
import dev.passage.model.Verdict;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The Disagreements window's state: choices, the passages, each side's coded ranges, deciding, undo and redo. */
class AdjudicationViewModelTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    AdjudicationViewModel vm;

    @BeforeEach
    void open() throws Exception {
        session = AdjudicationFixture.project(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
        vm = new AdjudicationViewModel(context);
        vm.refresh();
    }

    @AfterEach
    void close() {
        vm.dispose();
        context.detach();
        session.close();
    }

    @Test
    void choosesTwoCodersAndListsWhereTheyDiffer() {
        assertThat(vm.coders()).containsExactly("anna", "ben");
        assertThat(vm.coderAProperty().get()).isEqualTo("anna");
        assertThat(vm.coderBProperty().get()).isEqualTo("ben");
        assertThat(vm.codes()).extracting(AdjudicationViewModel.CodeChoice::label).containsExactly("(every code)", "Trust");
        assertThat(vm.passages()).extracting(Disagreement::text)
                                 .containsExactly("trust the manager", "She listens to us.", "trust each other too.");
        assertThat(vm.statusProperty().get()).isEqualTo("3 passages where the coders differ, 0 resolved");
        assertThat(vm.indexProperty().get()).isZero();
        assertThat(vm.positionProperty().get()).isEqualTo("Passage 1 of 3  ·  Trust");
        assertThat(vm.placeProperty().get()).isEqualTo("Interview 1  ·  characters 3–20");
        assertThat(vm.decisionProperty().get()).isEqualTo("Not resolved yet");
    }

    @Test
    void aDocumentOnlyOneCoderHasCodedIsLeftOutUnlessAskedFor() throws Exception {
        long unread = dev.passage.TestProjects.importText(session, dir, "Interview 9", "Leader: Only anna has read this one.\n");
        session.coding().setCoder("anna");
        session.coding().apply(unread, 0, 10, session.codebook().resolve("Trust").id());
        assertThat(vm.sharedOnlyProperty().get()).as("on by default, as in the agreement window").isTrue();
        assertThat(vm.passages()).hasSize(3);
        vm.sharedOnlyProperty().set(false);
        assertThat(vm.passages()).hasSize(4);
    }

    @Test
    void eachSideShowsThePassageInContextWithThatCodersCodings() {
        AdjudicationViewModel.Side a = vm.sideAProperty().get();
        AdjudicationViewModel.Side b = vm.sideBProperty().get();
        assertThat(a.coder()).isEqualTo("anna");
        assertThat(a.text()).isEqualTo(AdjudicationFixture.TEXT.strip());
        assertThat(a.coded()).singleElement().satisfies(r -> assertThat(a.text().substring(r[0], r[1])).isEqualTo("trust the manager"));
        assertThat(b.coded()).singleElement().satisfies(r -> assertThat(b.text().substring(r[0], r[1])).isEqualTo("trust th"));
        assertThat(a.text().substring(a.passageStart(), a.passageEnd())).isEqualTo("trust the manager");
        assertThat(vm.sideConsensusProperty().get()).isNull();
        vm.next();
        assertThat(vm.sideBProperty().get().coded()).isEmpty();
        vm.previous();
        assertThat(vm.indexProperty().get()).isZero();
    }

    @Test
    void aDecisionIsOneUndoableStepShownAsResolvedAndTheNextPassageFollows() {
        vm.noteProperty().set("ben's is tighter");
        vm.accept(Verdict.B);
        assertThat(vm.lastActionProperty().get()).isEqualTo("Done: resolve Trust in Interview 1: accept ben's version");
        assertThat(vm.indexProperty().get()).isEqualTo(1);
        assertThat(vm.noteProperty().get()).isEmpty();
        assertThat(vm.passages().getFirst().resolved()).isTrue();
        assertThat(vm.statusProperty().get()).isEqualTo("3 passages where the coders differ, 1 resolved");

        vm.select(0);
        assertThat(vm.decisionProperty().get()).isEqualTo("Resolved by lead: accepted ben's version (as codings of consensus)");
        assertThat(vm.noteProperty().get()).isEqualTo("ben's is tighter");
        AdjudicationViewModel.Side c = vm.sideConsensusProperty().get();
        assertThat(c.coder()).isEqualTo("consensus");
        assertThat(c.coded()).singleElement().satisfies(r -> assertThat(c.text().substring(r[0], r[1])).isEqualTo("trust th"));

        vm.undo();
        assertThat(vm.lastActionProperty().get()).isEqualTo("Undone: resolve Trust in Interview 1: accept ben's version");
        assertThat(vm.passages().getFirst().resolved()).isFalse();
        assertThat(vm.sideConsensusProperty().get()).isNull();
        vm.redo();
        assertThat(vm.passages().getFirst().resolved()).isTrue();
    }

    @Test
    void aCustomConsensusCoderAndOneCode() {
        vm.consensusProperty().set("team");
        vm.codeProperty().set(vm.codes().get(1));
        vm.select(2);
        vm.accept(Verdict.BOTH);
        assertThat(session.coding().forDocument(session.documents().idByName("Interview 1").orElseThrow()))
            .filteredOn(c -> c.coder().equals("team")).extracting(c -> c.start() + "-" + c.end()).containsExactly("81-102");
    }

    @Test
    void sayWhenThereAreNotTwoCoders() throws Exception {
        vm.coderBProperty().set("anna");
        assertThat(vm.passages()).isEmpty();
        assertThat(vm.statusProperty().get()).contains("\"anna\"");
    }
}
