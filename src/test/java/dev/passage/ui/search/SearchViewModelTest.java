package dev.passage.ui.search;

import dev.passage.coding.Codebook;
import dev.passage.model.Coding;
import dev.passage.model.SpeakerTurn;
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
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SearchViewModelTest {
    @TempDir
    Path dir;
    ProjectSession session;
    SynchronousTasks tasks;
    ScriptedDialogs dialogs;
    ProjectContext context;
    SearchViewModel vm;

    @BeforeEach
    void open() throws Exception {
        session = UiFixtures.sample(dir);
        tasks = new SynchronousTasks();
        dialogs = new ScriptedDialogs();
        context = UiFixtures.context(session, tasks);
        vm = new SearchViewModel(context, dialogs);
    }

    @AfterEach
    void close() {
        vm.dispose();
        context.detach();
        session.close();
    }

    @Test
    void loadsFilterChoicesFromTheProject() {
        assertThat(vm.codePaths()).contains("Psychological safety", "Psychological safety/Speaking up", "Barriers/Fear of blame");
        assertThat(vm.codePaths()).hasSize(session.codebook().codebook().size());
        int documents = session.documents().count();
        assertThat(vm.documentNames()).hasSize(documents).contains("Interview 01 – Hjemmepleje Nord – leader");
        assertThat(vm.speakers()).contains("Leder", "Interviewer");
        assertThat(vm.units()).contains("Hjemmepleje Nord", "Vej og Park");
    }

    @Test
    void searchShowsRankedKwicRowsWithCounts() {
        vm.search("fejl*");

        assertThat(vm.stateProperty().get()).isEqualTo(SearchViewModel.State.RESULTS);
        assertThat(vm.rows()).isNotEmpty();
        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.hit().toLowerCase(Locale.ROOT)).startsWith("fejl"));
        long hits = vm.totalHitsProperty().get();
        long passages = vm.totalPassagesProperty().get();
        assertThat(hits).isGreaterThanOrEqualTo(passages).isGreaterThan(1);
        assertThat(vm.summaryProperty().get()).isEqualTo(hits + " hits in " + passages + " passages");
        assertThat(vm.titleProperty().get()).isEqualTo("Search \"fejl*\" (" + hits + " hits)");
        assertThat(vm.syntaxErrorProperty().get()).isEmpty();
        assertThat(vm.canCodeAllProperty().get()).isTrue();
        assertThat(tasks.titles()).contains("Searching \"fejl*\"");
        // the row's offsets point at the hit in the stored text
        KwicRow first = vm.rows().getFirst();
        String text = SessionStores.of(session).database().read(a -> a.documents().text(first.documentId())).orElseThrow();
        assertThat(text.substring(first.start(), first.end())).isEqualTo(first.hit());
    }

    @Test
    void limitsRowsUntilShowAll() {
        vm.search("så OR kan OR tror OR godt");
        long total = vm.totalHitsProperty().get();
        assertThat(total).isGreaterThan(SearchViewModel.DEFAULT_LIMIT);
        assertThat(vm.rows()).hasSize(SearchViewModel.DEFAULT_LIMIT);
        assertThat(vm.limitedProperty().get()).isTrue();

        vm.showAllProperty().set(true);

        assertThat(vm.rows()).hasSize((int) total);
        assertThat(vm.limitedProperty().get()).isFalse();
    }

    @Test
    void speakerFilterKeepsOnlyThatSpeaker() {
        vm.search("fejl*");
        long all = vm.totalHitsProperty().get();

        vm.speakerFilterProperty().set("Leder");

        assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.speaker()).isEqualTo("Leder"));
        assertThat(vm.totalHitsProperty().get()).isLessThan(all);
    }

    @Test
    void documentFilterKeepsOnlyThatDocument() {
        vm.search("fejl*");
        String doc = "Interview 01 – Hjemmepleje Nord – leader";

        vm.documentFilterProperty().set(doc);

        assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.document()).isEqualTo(doc));
    }

    @Test
    void unitFilterKeepsOnlyTheUnitsDocuments() {
        vm.search("fejl*");

        vm.unitFilterProperty().set("Plejecenter Egebo");

        long egebo = SessionStores.of(session).database().read(a -> a.units().findId("Plejecenter Egebo")).orElseThrow();
        Set<Long> egeboDocuments = new java.util.HashSet<>();
        session.caseOverview().documentCases().stream()
               .filter(c -> c.unitId() != null && c.unitId() == egebo).forEach(c -> egeboDocuments.add(c.documentId()));
        assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(egeboDocuments).contains(r.documentId()));
        assertThat(vm.rows()).anySatisfy(r -> assertThat(r.document()).contains("Plejecenter Egebo"));
    }

    @Test
    void codeFilterIncludesSubCodes() {
        vm.search("fejl*");
        long all = vm.totalHitsProperty().get();

        vm.codeFilterProperty().set("Psychological safety");

        Codebook book = session.codebook().codebook();
        Set<Long> codes = book.selfAndDescendants(book.findByPath("Psychological safety").orElseThrow().id());
        assertThat(vm.totalHitsProperty().get()).isPositive().isLessThan(all);
        for (KwicRow r : vm.rows()) {
            SpeakerTurn turn = turnAround(r);
            List<Coding> codings = session.coding().forDocument(r.documentId());
            assertThat(codings).as("a coding of Psychological safety or below in the turn of " + r)
                               .anyMatch(c -> codes.contains(c.codeId()) && turn.overlaps(c.start(), c.end()));
        }
        // a sub-code alone keeps fewer passages than its parent, which includes it
        long withSubCodes = vm.totalPassagesProperty().get();
        vm.codeFilterProperty().set("Psychological safety/Speaking up");
        assertThat(vm.totalPassagesProperty().get()).isPositive().isLessThan(withSubCodes);
    }

    @Test
    void filtersAloneListEverySegmentTheyKeep() {
        vm.speakerFilterProperty().set("Leder");
        vm.documentFilterProperty().set("Interview 01 – Hjemmepleje Nord – leader");

        assertThat(vm.stateProperty().get()).isEqualTo(SearchViewModel.State.RESULTS);
        assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.speaker()).isEqualTo("Leder"));

        vm.clearFilters();

        assertThat(vm.rows()).isEmpty();
        assertThat(vm.stateProperty().get()).isEqualTo(SearchViewModel.State.IDLE);
    }

    @Test
    void syntaxErrorsStayInlineNotInADialog() {
        vm.search("fejl*");
        assertThat(vm.rows()).isNotEmpty();

        vm.search("\"tale åbent");

        assertThat(vm.syntaxErrorProperty().get()).startsWith("Cannot read the query '\"tale åbent'").contains("close the quotes");
        assertThat(vm.stateProperty().get()).isEqualTo(SearchViewModel.State.ERROR);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.canCodeAllProperty().get()).isFalse();
        assertThat(dialogs.errors).isEmpty();

        vm.search("\"tale åbent\"");
        assertThat(vm.syntaxErrorProperty().get()).isEmpty();
    }

    @Test
    void noHitsSaysSo() {
        vm.search("xylofonkvartet");

        assertThat(vm.stateProperty().get()).isEqualTo(SearchViewModel.State.NO_HITS);
        assertThat(vm.summaryProperty().get()).isEqualTo("No hits in no passages");
        assertThat(vm.canCodeAllProperty().get()).isFalse();
    }

    @Test
    void openingARowRevealsThePassage() {
        vm.search("fejl*");
        KwicRow row = vm.rows().get(2);

        vm.open(row);

        assertThat(context.revealProperty().get()).isEqualTo(new TextLocation(row.documentId(), row.start(), row.end()));
        assertThat(context.openDocumentProperty().get()).isEqualTo(row.documentId());
    }

    @Test
    void codeAllHitsCodesEveryHitAndOneUndoRemovesThemAll() {
        vm.search("sagde");
        long hits = vm.totalHitsProperty().get();
        assertThat(hits).isPositive();
        long codeId = session.codebook().resolve("Psychological safety/Speaking up").id();
        int before = session.codebook().codingCounts().getOrDefault(codeId, 0);

        vm.codeAllHits("Psychological safety/Speaking up", SearchViewModel.Scope.HIT);

        int after = session.codebook().codingCounts().getOrDefault(codeId, 0);
        assertThat(after - before).isPositive().isLessThanOrEqualTo((int) hits);
        for (KwicRow r : vm.rows()) {
            assertThat(session.coding().forDocument(r.documentId()))
                .anyMatch(c -> c.codeId() == codeId && c.start() == r.start() && c.end() == r.end());
        }
        assertThat(vm.statusProperty().get()).isEqualTo("Coded " + (after - before) + " passages as Psychological safety/Speaking up"
                                                        + " (Ctrl+Z undoes)");
        assertThat(context.recentCodes()).first().isEqualTo(codeId);

        session.history().undo();

        assertThat(session.codebook().codingCounts().getOrDefault(codeId, 0)).isEqualTo(before);
    }

    @Test
    void codeAllHitsBySentenceAndTurnCodesTheWiderRange() {
        vm.search("tavlen");
        KwicRow row = vm.rows().getFirst();
        long turnCode = session.codebook().resolve("Organisational learning practices").id();

        vm.codeAllHits("Organisational learning practices", SearchViewModel.Scope.TURN);

        SpeakerTurn turn = turnAround(row);
        assertThat(session.coding().forDocument(row.documentId()))
            .anyMatch(c -> c.codeId() == turnCode && c.start() == turn.start() && c.end() == turn.end());

        long sentenceCode = session.codebook().resolve("Peer coaching").id();
        vm.codeAllHits("Peer coaching", SearchViewModel.Scope.SENTENCE);
        Coding sentence = session.coding().forDocument(row.documentId()).stream()
                                 .filter(c -> c.codeId() == sentenceCode && c.start() <= row.start() && row.end() <= c.end())
                                 .findFirst().orElseThrow();
        assertThat(sentence.end() - sentence.start()).isGreaterThan(row.end() - row.start());
        assertThat(sentence.start()).isGreaterThanOrEqualTo(turn.start());
        assertThat(sentence.end()).isLessThanOrEqualTo(turn.end());
    }

    @Test
    void codeAllHitsCreatesATypedNewCode() {
        vm.search("tavlen");
        long hits = vm.totalHitsProperty().get();

        vm.codeAllHits("Organisational learning practices/Shared board", SearchViewModel.Scope.HIT);

        var code = session.codebook().codebook().findByPath("Organisational learning practices/Shared board");
        assertThat(code).isPresent();
        assertThat(session.codebook().codingCounts().get(code.get().id())).isEqualTo((int) hits);
        assertThat(vm.statusProperty().get()).startsWith("Created the code Organisational learning practices/Shared board and coded");
        assertThat(vm.codePaths()).contains("Organisational learning practices/Shared board");
        assertThat(vm.isExistingCode("organisational learning practices/shared board")).isTrue();
    }

    @Test
    void codeAllHitsTwiceSaysTheyAreAlreadyCoded() {
        vm.search("tavlen");
        vm.codeAllHits("Peer coaching", SearchViewModel.Scope.HIT);

        vm.codeAllHits("Peer coaching", SearchViewModel.Scope.HIT);

        assertThat(vm.statusProperty().get()).isEqualTo("Every one of these passages is already coded as Peer coaching");
    }

    @Test
    void rerunsWhenDataChangesOnlyWithACodeFilter() {
        long codeId = session.codebook().add(null, "Boards", null, null).id();
        vm.search("tavlen");
        int titlesBefore = tasks.titles().size();
        KwicRow row = vm.rows().getFirst();

        session.coding().apply(row.documentId(), row.start(), row.end(), codeId);
        assertThat(tasks.titles().subList(titlesBefore, tasks.titles().size())).noneMatch(t -> t.startsWith("Searching"));

        vm.codeFilterProperty().set("Boards");
        long withFilter = vm.totalHitsProperty().get();
        assertThat(withFilter).isPositive();
        int titlesWithFilter = tasks.titles().size();
        session.history().undo();

        assertThat(tasks.titles().subList(titlesWithFilter, tasks.titles().size()).stream()
                        .filter(t -> t.startsWith("Searching")).count()).isEqualTo(1);
        assertThat(vm.totalHitsProperty().get()).isZero();
        assertThat(vm.stateProperty().get()).isEqualTo(SearchViewModel.State.NO_HITS);
    }

    @Test
    void aDeletedCodeFilterIsDropped() {
        vm.search("fejl*");
        vm.codeFilterProperty().set("Barriers/Fear of blame");
        long filtered = vm.totalHitsProperty().get();

        session.codebook().delete(session.codebook().resolve("Barriers/Fear of blame").id());

        assertThat(vm.codeFilterProperty().get()).isNull();
        assertThat(vm.codePaths()).doesNotContain("Barriers/Fear of blame");
        assertThat(vm.totalHitsProperty().get()).isGreaterThan(filtered);
    }

    @Test
    void suggestsTheSelectedCode() {
        context.selectedCodeProperty().set(session.codebook().resolve("Mindset/Growth mindset").id());

        assertThat(vm.suggestedCodePath()).contains("Mindset/Growth mindset");
    }

    /** The speaker turn holding a hit; a survey answer has no turns and is one passage as a whole. */
    private SpeakerTurn turnAround(KwicRow r) {
        var turns = SessionStores.of(session).database().read(a -> a.documents().turns(r.documentId()));
        if (turns.isEmpty()) {
            int length = SessionStores.of(session).database().read(a -> a.documents().text(r.documentId())).orElseThrow().length();
            return new SpeakerTurn(0, length, null, null);
        }
        return turns.stream().filter(t -> t.start() <= r.start() && r.end() <= t.end()).findFirst().orElseThrow();
    }
}
