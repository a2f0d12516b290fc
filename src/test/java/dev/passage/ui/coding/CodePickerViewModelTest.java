package dev.passage.ui.coding;

import dev.passage.coding.Codebook;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.coding.CodePickerViewModel.Choice;
import dev.passage.ui.coding.CodePickerViewModel.Mode;
import dev.passage.ui.coding.CodePickerViewModel.Pick;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CodePickerViewModelTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    CodePickerViewModel picker;
    Codebook book;

    @BeforeEach
    void setUp() throws Exception {
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
        picker = new CodePickerViewModel(context);
        book = session.codebook().codebook();
    }

    @AfterEach
    void tearDown() {
        context.detach();
        session.close();
    }

    private long id(String path) {
        return book.findByPath(path).orElseThrow().id();
    }

    @Test
    void anEmptyQueryListsTheWholeCodebookInTreeOrderWithCounts() {
        Map<Long, Integer> counts = session.codebook().codingCounts();

        picker.open(Mode.APPLY, book, counts);

        assertThat(picker.choices()).extracting(Choice::path).containsExactlyElementsOf(book.all().stream().map(c -> book.path(c.id())).toList());
        Choice speakingUp = picker.choices().stream().filter(c -> c.name().equals("Speaking up")).findFirst().orElseThrow();
        assertThat(speakingUp.parentPath()).isEqualTo("Psychological safety");
        assertThat(speakingUp.count()).isEqualTo(counts.get(speakingUp.codeId())).isPositive();
        assertThat(picker.highlightedProperty().get()).isZero();
        assertThat(picker.showingProperty().get()).isTrue();
    }

    @Test
    void typingFiltersByAnyPartOfThePathIgnoringCaseBestMatchesFirst() {
        picker.open(Mode.APPLY, book, Map.of());

        picker.queryProperty().set("SAFETY");
        assertThat(picker.choices()).extracting(Choice::path).containsExactly(
            "Psychological safety", "Psychological safety/Speaking up", "Psychological safety/Admitting mistakes",
            "Psychological safety/Asking for help", "Psychological safety/Giving and receiving feedback");

        picker.queryProperty().set("feed");
        assertThat(picker.choices()).extracting(Choice::name).containsExactly("Giving and receiving feedback");

        picker.queryProperty().set("mind");   // the name "Mindset" first, then its children (matched through the path)
        assertThat(picker.choices()).extracting(Choice::name).first().isEqualTo("Mindset");
        assertThat(picker.choices()).extracting(Choice::name).contains("Growth mindset", "Fixed mindset");

        picker.queryProperty().set("barriers time");
        assertThat(picker.choices()).extracting(Choice::path).containsExactly("Barriers/Time pressure");

        picker.queryProperty().set("zzz");
        assertThat(picker.choices()).isEmpty();
        assertThat(picker.highlightedProperty().get()).isEqualTo(-1);
        assertThat(picker.pick()).isEmpty();
    }

    @Test
    void arrowsMoveWithinTheListAndEnterPicksTheHighlightedCode() {
        picker.open(Mode.APPLY, book, Map.of());
        picker.queryProperty().set("action");

        picker.moveHighlight(1);
        picker.moveHighlight(1);
        assertThat(picker.pick()).hasValue(new Pick.Existing(picker.choices().get(2).codeId()));
        picker.moveHighlight(-10);
        assertThat(picker.highlightedProperty().get()).isZero();
        picker.moveHighlight(100);
        assertThat(picker.highlightedProperty().get()).isEqualTo(picker.choices().size() - 1);
    }

    @Test
    void ctrlEnterCreatesUnderTheHighlightedCodesParentOrAtTheTopLevel() {
        picker.open(Mode.APPLY, book, Map.of());

        picker.queryProperty().set("Fear");   // highlights Barriers/Fear of blame
        assertThat(picker.create()).hasValue(new Pick.Create(id("Barriers"), "Fear"));
        assertThat(picker.createHintProperty().get()).isEqualTo("“Fear” under Barriers");

        picker.queryProperty().set("Trust in  leaders ");   // matches nothing
        assertThat(picker.create()).hasValue(new Pick.Create(null, "Trust in leaders"));
        assertThat(picker.createHintProperty().get()).isEqualTo("“Trust in leaders” at the top level");

        picker.queryProperty().set("Barriers/Noise");
        assertThat(picker.create()).hasValue(new Pick.Create(null, "Barriers/Noise"));

        picker.queryProperty().set("mindset");   // "Mindset" exists at the top level, which is where it would go
        assertThat(picker.canCreateProperty().get()).isFalse();
        assertThat(picker.create()).isEmpty();
        assertThat(picker.pick()).hasValue(new Pick.Existing(id("Mindset")));
    }

    @Test
    void recentCodesShowTheirNumberKey() {
        context.codeUsed(id("Mindset"));
        context.codeUsed(id("Barriers/Silo work"));

        picker.open(Mode.RECODE, book, Map.of());

        assertThat(picker.modeProperty().get()).isEqualTo(Mode.RECODE);
        assertThat(picker.choices()).filteredOn(c -> c.recentKey() > 0).extracting(Choice::name, Choice::recentKey)
                                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Mindset", 2),
                                                               org.assertj.core.groups.Tuple.tuple("Silo work", 1));
    }

    @Test
    void anEmptyCodebookOffersToCreateTheFirstCodeInDanishToo() {
        ProjectContext danishContext = new ProjectContext(session, new SynchronousTasks(), new Messages(Locale.of("da")));
        CodePickerViewModel danish = new CodePickerViewModel(danishContext);
        danish.open(Mode.APPLY, new Codebook(List.of()), Map.of());
        danish.queryProperty().set("Tillid");

        assertThat(danish.choices()).isEmpty();
        assertThat(danish.create()).hasValue(new Pick.Create(null, "Tillid"));
        assertThat(danish.createHintProperty().get()).isEqualTo("“Tillid” på øverste niveau");
        danishContext.detach();
    }
}
