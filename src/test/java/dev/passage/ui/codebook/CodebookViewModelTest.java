package dev.passage.ui.codebook;

import dev.passage.coding.Codebook;
import dev.passage.errors.Text;
import dev.passage.model.Code;
import dev.passage.model.CodeDescription;
import dev.passage.model.Coding;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The codebook pane's ViewModel on a copy of the sample study, without a window (tasks run at once). */
class CodebookViewModelTest {
    @TempDir
    Path dir;

    private ProjectSession session;
    private SynchronousTasks tasks;
    private ScriptedDialogs dialogs;
    private ProjectContext context;
    private CodebookViewModel vm;

    @BeforeEach
    void open() throws Exception {
        session = UiFixtures.sample(dir);
        tasks = new SynchronousTasks();
        context = UiFixtures.context(session, tasks);
        dialogs = new ScriptedDialogs();
        vm = new CodebookViewModel(context, dialogs);
    }

    @AfterEach
    void close() {
        context.detach();
        session.close();
    }

    private Codebook book() {
        return session.codebook().codebook();
    }

    private long id(String path) {
        return session.codebook().resolve(path).id();
    }

    private Map<Long, Integer> counts() {
        return session.codebook().codingCounts();
    }

    private static CodeNode find(List<CodeNode> nodes, String name) {
        for (CodeNode n : nodes) {
            if (n.row().name().equals(name)) {
                return n;
            }
            CodeNode below = find(n.children(), name);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    private int codingCount() {
        Integer n = SessionStores.of(session).database().read(a -> a.codings().count());
        return n;
    }

    private long firstDocument() {
        return SessionStores.of(session).database().read(a -> a.documents().ids()).getFirst();
    }

    // ------------------------------------------------------------------------------------------------ tree and counts

    @Test
    void buildsTheTreeWithPathsAndCountsIncludingSubCodes() {
        List<CodeNode> roots = vm.treeProperty().get();
        assertThat(roots).extracting(n -> n.row().name())
                         .containsExactly("Psychological safety", "Mindset", "Action learning", "Peer coaching",
                                          "Organisational learning practices", "Leadership behaviours", "Barriers");
        CodeNode safety = roots.getFirst();
        assertThat(safety.children()).extracting(n -> n.row().name())
                                     .containsExactly("Speaking up", "Admitting mistakes", "Asking for help", "Giving and receiving feedback");
        assertThat(safety.children().getFirst().row().path()).isEqualTo("Psychological safety/Speaking up");
        assertThat(safety.row().subCodes()).isEqualTo(4);

        Map<Long, Integer> counts = counts();
        int childSum = safety.children().stream().mapToInt(c -> counts.getOrDefault(c.id(), 0)).sum();
        assertThat(childSum).isPositive();
        assertThat(safety.row().count()).isEqualTo(counts.getOrDefault(safety.id(), 0));
        assertThat(safety.row().subCount()).isEqualTo(childSum);
        assertThat(safety.row().total()).isEqualTo(safety.row().count() + childSum);
        CodeNode speaking = safety.children().getFirst();
        assertThat(speaking.row().count()).isEqualTo(counts.get(speaking.id()));
        assertThat(speaking.row().subCount()).isZero();
        assertThat(vm.rows()).hasSize(book().size());
        assertThat(vm.emptyProperty().get()).isFalse();
        assertThat(vm.loadedProperty().get()).isTrue();
        assertThat(tasks.titles()).contains("Reading the codebook");
    }

    @Test
    void firstLoadExpandsTheTopLevelCodesThatHaveSubCodes() {
        assertThat(vm.expandedCodes()).contains(id("Psychological safety"), id("Barriers"))
                                      .doesNotContain(id("Peer coaching"), id("Psychological safety/Speaking up"));
    }

    @Test
    void filterMatchesAnyPartOfThePathAndKeepsAncestorsVisibleAndExpanded() {
        vm.filterProperty().set("speak");
        List<CodeNode> roots = vm.treeProperty().get();
        assertThat(roots).extracting(n -> n.row().name()).containsExactly("Psychological safety");
        assertThat(roots.getFirst().match()).isFalse();
        assertThat(roots.getFirst().children()).extracting(n -> n.row().name()).containsExactly("Speaking up");
        assertThat(roots.getFirst().children().getFirst().match()).isTrue();
        assertThat(vm.matchCountProperty().get()).isEqualTo(1);
        assertThat(vm.isExpanded(id("Psychological safety"))).isTrue();

        // words may come from different levels of the path, in any case
        vm.filterProperty().set("SAFETY help");
        assertThat(find(vm.treeProperty().get(), "Asking for help").match()).isTrue();
        assertThat(find(vm.treeProperty().get(), "Psychological safety").match()).isFalse();
        assertThat(vm.matchCountProperty().get()).isEqualTo(1);

        // a matching parent brings its sub-codes (their paths contain it)
        vm.filterProperty().set("barriers");
        CodeNode barriers = vm.treeProperty().get().getFirst();
        assertThat(barriers.match()).isTrue();
        assertThat(barriers.children()).extracting(n -> n.row().name()).containsExactly("Silo work", "Fear of blame", "Time pressure");
        assertThat(vm.matchCountProperty().get()).isEqualTo(4);

        vm.filterProperty().set("no such code");
        assertThat(vm.treeProperty().get()).isEmpty();
        assertThat(vm.matchCountProperty().get()).isZero();

        vm.filterProperty().set("  ");
        assertThat(vm.treeProperty().get()).hasSize(7);
        assertThat(vm.isFiltering()).isFalse();
    }

    @Test
    void filteringDoesNotChangeTheUsersExpandedCodes() {
        long mindset = id("Mindset");
        vm.setExpanded(mindset, false);
        vm.filterProperty().set("growth");
        assertThat(vm.isExpanded(mindset)).isTrue();
        vm.setExpanded(mindset, false); // ignored while filtering
        vm.filterProperty().set("");
        assertThat(vm.isExpanded(mindset)).isFalse();
        assertThat(vm.isExpanded(id("Barriers"))).isTrue();
    }

    @Test
    void reloadsCountsWhenCodingsChangeAndKeepsExpansionAndSelection() {
        long speaking = id("Psychological safety/Speaking up");
        long safety = id("Psychological safety");
        vm.setExpanded(safety, false);
        vm.setExpanded(id("Peer coaching"), true);
        vm.select(speaking);
        int before = vm.row(speaking).orElseThrow().count();
        int parentSubBefore = vm.row(safety).orElseThrow().subCount();

        session.coding().apply(firstDocument(), 0, 5, speaking);

        assertThat(vm.row(speaking).orElseThrow().count()).isEqualTo(before + 1);
        assertThat(vm.row(safety).orElseThrow().subCount()).isEqualTo(parentSubBefore + 1);
        assertThat(vm.expandedCodes()).contains(id("Peer coaching")).doesNotContain(safety);
        assertThat(context.selectedCodeProperty().get()).isEqualTo(speaking);
        assertThat(vm.selectedRow()).map(CodeRow::name).contains("Speaking up");
    }

    @Test
    void aCodeThatDisappearsIsNoLongerSelected() {
        long peer = id("Peer coaching");
        vm.select(peer);
        session.codebook().delete(peer);
        assertThat(context.selectedCodeProperty().get()).isNull();
        assertThat(find(vm.treeProperty().get(), "Peer coaching")).isNull();
    }

    @Test
    void anEmptyProjectSaysSo(@TempDir Path other) throws Exception {
        try (ProjectSession empty = ProjectSession.create(other.resolve("e.passage"), "Empty", dev.passage.model.Language.EN, "anna")) {
            ProjectContext c = UiFixtures.context(empty, new SynchronousTasks());
            CodebookViewModel model = new CodebookViewModel(c, new ScriptedDialogs());
            assertThat(model.emptyProperty().get()).isTrue();
            assertThat(model.treeProperty().get()).isEmpty();
            model.createCode(null, "First");
            assertThat(model.emptyProperty().get()).isFalse();
            assertThat(model.treeProperty().get()).extracting(n -> n.row().name()).containsExactly("First");
            c.detach();
        }
    }

    // ------------------------------------------------------------------------------------------------ edits

    @Test
    void createsTopLevelAndChildCodesSelectsThemAndUndoes() {
        vm.createCode(null, "  Trust  ");
        Code trust = book().findByPath("Trust").orElseThrow();
        assertThat(trust.parentId()).isNull();
        assertThat(context.selectedCodeProperty().get()).isEqualTo(trust.id());
        assertThat(vm.treeProperty().get().getLast().row().name()).isEqualTo("Trust");

        long peer = id("Peer coaching");
        vm.createCode(peer, "Observation");
        Code obs = book().findByPath("Peer coaching/Observation").orElseThrow();
        assertThat(context.selectedCodeProperty().get()).isEqualTo(obs.id());
        assertThat(vm.expandedCodes()).contains(peer);
        assertThat(find(vm.treeProperty().get(), "Peer coaching").children()).extracting(n -> n.row().name()).containsExactly("Observation");
        assertThat(obs.colour()).isEqualTo(vm.row(peer).orElseThrow().colour());
        assertThat(session.history().undoLabel().map(Text::english)).hasValueSatisfying(l -> assertThat(l).contains("Observation"));

        session.history().undo();
        assertThat(book().findByPath("Peer coaching/Observation")).isEmpty();
        assertThat(find(vm.treeProperty().get(), "Peer coaching").children()).isEmpty();
        session.history().undo();
        assertThat(book().findByPath("Trust")).isEmpty();
        assertThat(find(vm.treeProperty().get(), "Trust")).isNull();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aRefusedNewCodeIsReportedInTheCoresWords() {
        boolean[] created = {true};
        vm.createCode(null, "Mindset", ok -> created[0] = ok);
        assertThat(created[0]).isFalse();
        assertThat(dialogs.errors).singleElement().asString()
                                  .startsWith("The code “Mindset” could not be created: ")
                                  .contains("There is already a code \"Mindset\" at the top level")
                                  .doesNotContain("Exception", "\tat ");
        assertThat(book().roots().stream().filter(c -> c.name().equals("Mindset"))).hasSize(1);
    }

    @Test
    void renamesAndUndoes() {
        long speaking = id("Psychological safety/Speaking up");
        boolean[] renamed = {false};
        vm.rename(speaking, "Voice", ok -> renamed[0] = ok);
        assertThat(renamed[0]).isTrue();
        assertThat(book().get(speaking).name()).isEqualTo("Voice");
        assertThat(vm.row(speaking).orElseThrow().path()).isEqualTo("Psychological safety/Voice");
        assertThat(session.history().undoLabel().map(Text::english)).contains("rename Speaking up to Voice");

        session.history().undo();
        assertThat(book().get(speaking).name()).isEqualTo("Speaking up");
        assertThat(vm.row(speaking).orElseThrow().name()).isEqualTo("Speaking up");
    }

    @Test
    void renamingToASiblingsNameIsRefused() {
        long speaking = id("Psychological safety/Speaking up");
        vm.rename(speaking, "Asking for help");
        assertThat(dialogs.errors).singleElement().asString().contains("There is already a code \"Asking for help\"");
        assertThat(book().get(speaking).name()).isEqualTo("Speaking up");
    }

    @Test
    void recoloursAndUndoes() {
        long peer = id("Peer coaching");
        String before = book().get(peer).colour();
        vm.recolour(peer, "#56b4e9");
        assertThat(book().get(peer).colour()).isEqualTo("#56B4E9");
        assertThat(vm.row(peer).orElseThrow().colour()).isEqualTo("#56B4E9");
        session.history().undo();
        assertThat(book().get(peer).colour()).isEqualTo(before);
        assertThat(vm.palette()).startsWith("#E69F00", "#56B4E9", "#009E73");
    }

    @Test
    void describesWithFourPartsAndUndoes() {
        long peer = id("Peer coaching");
        CodeDescription before = book().get(peer).description();
        CodeDescription d = new CodeDescription("Colleagues observe each other. ", "Arranged observation", "Ad hoc help", "Vi ser hinanden arbejde.");
        vm.describe(peer, d);
        CodeDescription stored = book().get(peer).description();
        assertThat(stored.definition()).isEqualTo("Colleagues observe each other.");
        assertThat(stored.whenToUse()).isEqualTo("Arranged observation");
        assertThat(stored.whenNotToUse()).isEqualTo("Ad hoc help");
        assertThat(stored.example()).isEqualTo("Vi ser hinanden arbejde.");
        assertThat(vm.row(peer).orElseThrow().description()).isEqualTo(stored);
        assertThat(session.history().undoLabel().map(Text::english)).contains("describe Peer coaching");
        session.history().undo();
        assertThat(book().get(peer).description()).isEqualTo(before);
    }

    @Test
    void movesUnderAnotherCodeAndToTheTopLevelAndUndoes() {
        long speaking = id("Psychological safety/Speaking up");
        long peer = id("Peer coaching");
        vm.setExpanded(peer, false);
        assertThat(vm.moveRefusal(speaking, peer)).isEmpty();
        vm.move(speaking, peer);
        assertThat(book().get(speaking).parentId()).isEqualTo(peer);
        assertThat(vm.expandedCodes()).contains(peer);
        assertThat(context.selectedCodeProperty().get()).isEqualTo(speaking);
        assertThat(find(vm.treeProperty().get(), "Peer coaching").children()).extracting(n -> n.row().name()).containsExactly("Speaking up");

        vm.move(speaking, null);
        assertThat(book().get(speaking).parentId()).isNull();
        assertThat(vm.treeProperty().get()).extracting(n -> n.row().name()).contains("Speaking up");

        session.history().undo();
        session.history().undo();
        assertThat(book().get(speaking).parentId()).isEqualTo(id("Psychological safety"));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void refusesMovesTheCoreRefusesAndSaysWhy() {
        long safety = id("Psychological safety");
        long speaking = id("Psychological safety/Speaking up");
        assertThat(vm.moveRefusal(safety, speaking)).contains("“Psychological safety” cannot go under itself or one of its own sub-codes.");
        assertThat(vm.moveRefusal(safety, safety)).isPresent();
        assertThat(vm.moveRefusal(safety, null)).contains("“Psychological safety” is already at the top level.");
        assertThat(vm.moveRefusal(speaking, safety)).contains("“Speaking up” is already under “Psychological safety”.");
        long clash = session.codebook().add(id("Mindset"), "Speaking up", null, null).id();
        assertThat(vm.moveRefusal(speaking, id("Mindset"))).contains("There is already a code “Speaking up” under “Mindset”.");
        assertThat(vm.moveTargets(speaking)).extracting(CodeRow::name).doesNotContain("Psychological safety", "Mindset")
                                            .contains("Peer coaching", "Barriers", "Speaking up");
        assertThat(vm.moveTargets(speaking)).extracting(CodeRow::id).doesNotContain(speaking).contains(clash);

        vm.move(safety, speaking);
        assertThat(dialogs.errors).singleElement().asString().contains("cannot go under itself");
        assertThat(book().get(safety).parentId()).isNull();
    }

    @Test
    void mergesAfterAConfirmationThatCountsTheCodingsAndUndoes() {
        long asking = id("Psychological safety/Asking for help");
        long speaking = id("Psychological safety/Speaking up");
        int askingCount = counts().getOrDefault(asking, 0);
        int speakingCount = counts().getOrDefault(speaking, 0);
        assertThat(askingCount).isPositive();

        dialogs.confirmAnswers.push(false);
        vm.merge(asking, speaking);
        assertThat(dialogs.confirmations).singleElement().asString()
                                         .startsWith("Merge “Asking for help” into “Speaking up”?")
                                         .contains("Its " + askingCount + " codings will be coded “Speaking up” instead.");
        assertThat(book().find(asking)).isPresent();

        dialogs.confirmAnswers.push(true);
        vm.merge(asking, speaking);
        assertThat(book().find(asking)).isEmpty();
        assertThat(counts().get(speaking)).isEqualTo(askingCount + speakingCount);
        assertThat(vm.row(speaking).orElseThrow().count()).isEqualTo(askingCount + speakingCount);
        assertThat(context.selectedCodeProperty().get()).isEqualTo(speaking);

        session.history().undo();
        assertThat(book().find(asking)).isPresent();
        assertThat(counts().get(asking)).isEqualTo(askingCount);
        assertThat(vm.row(asking)).isPresent();
    }

    @Test
    void mergeIntoItsOwnSubCodeIsRefusedWithoutAsking() {
        long safety = id("Psychological safety");
        long speaking = id("Psychological safety/Speaking up");
        vm.merge(safety, speaking);
        assertThat(dialogs.confirmations).isEmpty();
        assertThat(dialogs.errors).singleElement().asString().contains("cannot be merged into itself or one of its own sub-codes");
        assertThat(vm.mergeTargets(safety)).extracting(CodeRow::id).doesNotContain(safety, speaking).contains(id("Mindset"));
    }

    @Test
    void mergeMentionsSubCodesThatMove() {
        long barriers = id("Barriers");
        String question = vm.mergeQuestion(barriers, id("Mindset"));
        assertThat(question).contains("Its 3 sub-codes move under “Mindset”.")
                            .contains("“Barriers” is then removed from the codebook");
    }

    @Test
    void deletesAfterAConfirmationNamingSubCodesAndCodingsAndUndoes() {
        long barriers = id("Barriers");
        Map<Long, Integer> counts = counts();
        int total = book().selfAndDescendants(barriers).stream().mapToInt(i -> counts.getOrDefault(i, 0)).sum();
        int allBefore = codingCount();

        dialogs.confirmAnswers.push(false);
        vm.delete(barriers);
        assertThat(book().find(barriers)).isPresent();
        assertThat(dialogs.confirmations).singleElement().asString()
                                         .startsWith("Delete “Barriers”?")
                                         .contains("Its 3 sub-codes go with it: Silo work, Fear of blame, Time pressure.")
                                         .contains(total + " codings (of the code and its sub-codes) go with it.")
                                         .contains("undo");

        vm.select(barriers);
        dialogs.confirmAnswers.push(true);
        vm.delete(barriers);
        assertThat(book().find(barriers)).isEmpty();
        assertThat(book().findByPath("Barriers/Silo work")).isEmpty();
        assertThat(codingCount()).isEqualTo(allBefore - total);
        assertThat(find(vm.treeProperty().get(), "Barriers")).isNull();
        assertThat(context.selectedCodeProperty().get()).isNull();

        session.history().undo();
        assertThat(book().findByPath("Barriers/Fear of blame")).isPresent();
        assertThat(codingCount()).isEqualTo(allBefore);
        assertThat(vm.row(barriers).orElseThrow().total()).isEqualTo(total);
    }

    @Test
    void deletingALeafCountsItsCodings() {
        long peer = id("Peer coaching");
        int n = counts().getOrDefault(peer, 0);
        assertThat(vm.deleteQuestion(peer)).isEqualTo("Delete “Peer coaching”?\n\n" + n + " codings go with it.\n\nYou can undo this with Ctrl+Z.");
        long fresh = session.codebook().add(null, "Unused", null, null).id();
        assertThat(vm.deleteQuestion(fresh)).contains("No passage is coded with it.");
    }

    @Test
    void deleteListsAtMostSixSubCodeNames() {
        long parent = session.codebook().add(null, "Many", null, null).id();
        for (int i = 1; i <= 8; i++) {
            session.codebook().add(parent, "Sub " + i, null, null);
        }
        assertThat(vm.deleteQuestion(parent)).contains("Its 8 sub-codes go with it: Sub 1, Sub 2, Sub 3, Sub 4, Sub 5, Sub 6 and 2 more.");
    }

    // ------------------------------------------------------------------------------------------------ activate

    @Test
    void activatingAppliesTheCodeToTheTranscriptSelectionAndRemembersIt() {
        long doc = firstDocument();
        long peer = id("Peer coaching");
        context.transcriptSelectionProperty().set(new TextLocation(doc, 10, 42));
        int before = vm.row(peer).orElseThrow().count();

        vm.activate(peer);

        List<Coding> codings = session.coding().forDocument(doc);
        assertThat(codings).anyMatch(c -> c.codeId() == peer && c.start() == 10 && c.end() == 42 && c.coder().equals("anna"));
        assertThat(context.recentCodes()).startsWith(peer);
        assertThat(vm.row(peer).orElseThrow().count()).isEqualTo(before + 1);
        assertThat(session.history().undoLabel().map(Text::english)).hasValueSatisfying(l -> assertThat(l).startsWith("apply Peer coaching to "));
        assertThat(tasks.titles()).contains("Applying “Peer coaching”");
    }

    @Test
    void activatingWithoutASelectionOpensTheSegmentsAfresh() {
        long peer = id("Peer coaching");
        int codings = codingCount();
        List<Long> seen = new java.util.ArrayList<>();
        context.selectedCodeProperty().addListener((o, a, b) -> seen.add(b));
        vm.select(peer);
        vm.activate(peer);
        assertThat(context.selectedCodeProperty().get()).isEqualTo(peer);
        assertThat(seen).containsExactly(peer, null, peer); // announced again, so the segments browser shows it
        assertThat(codingCount()).isEqualTo(codings);
        assertThat(context.recentCodes()).isEmpty();
    }

    @Test
    void aFailedApplyIsReportedWithoutAStackTrace() {
        long doc = firstDocument();
        context.transcriptSelectionProperty().set(new TextLocation(doc, 5, 10_000_000));
        vm.activate(id("Peer coaching"));
        assertThat(dialogs.errors).singleElement().asString()
                                  .startsWith("“Peer coaching” could not be applied: The range 5..10000000 is not inside");
        assertThat(context.recentCodes()).isEmpty();
    }

    @Test
    void unexpectedFailuresGetAPlainMessage() {
        assertThat(vm.reason(new IllegalStateException("disk full"))).isEqualTo("Something unexpected went wrong: disk full");
        assertThat(vm.reason(new java.util.concurrent.CompletionException(new dev.passage.coding.CodingException("clear words"))))
            .isEqualTo("clear words");
        assertThat(vm.reason(new NullPointerException())).isEqualTo("Something unexpected went wrong: NullPointerException");
    }

    @Test
    void newCodesGetTheCoresDefaultColour() {
        long peer = id("Peer coaching");
        assertThat(vm.newCodeColour(peer)).isEqualTo(book().get(peer).colour());
        Optional<Code> made = Optional.of(session.codebook().add(null, "Next", null, null));
        // the colour offered before creating is the one the core then gives
        assertThat(vm.newCodeColour(null)).isEqualTo(dev.passage.coding.CodePalette.colourFor(book().roots().size()));
        assertThat(made.get().colour()).isEqualTo(dev.passage.coding.CodePalette.colourFor(7));
    }
}
