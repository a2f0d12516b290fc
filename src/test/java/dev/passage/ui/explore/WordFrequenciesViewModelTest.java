package dev.passage.ui.explore;

import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Word frequencies on the sample: the list fills, filters narrow it, a click on a word asks the Search tab to search it. */
class WordFrequenciesViewModelTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    WordFrequenciesViewModel vm;
    final List<String> searched = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
        vm = new WordFrequenciesViewModel(context, searched::add);
    }

    @AfterEach
    void close() {
        vm.dispose();
        context.detach();
        session.close();
    }

    @Test
    void fillsTheListWithoutStopWordsAndTheChoices() {
        vm.refresh();
        assertThat(vm.words()).isNotEmpty().hasSizeLessThanOrEqualTo(WordFrequenciesViewModel.TOP);
        assertThat(vm.words()).extracting(WordRow::word).doesNotContain("og", "det", "at", "jeg");
        assertThat(vm.words().get(0).count()).isGreaterThanOrEqualTo(vm.words().get(1).count());
        assertThat(vm.codes()).isNotEmpty();
        assertThat(vm.documents()).isNotEmpty();
        assertThat(vm.statusProperty().get()).contains("most frequent");
    }

    @Test
    void aCodeNarrowsTheCountAndClearingShowsAllAgain() {
        vm.refresh();
        long all = vm.words().stream().mapToLong(WordRow::count).sum();
        vm.codeProperty().set(vm.codes().get(0));
        long coded = vm.words().stream().mapToLong(WordRow::count).sum();
        assertThat(coded).isLessThan(all);
        vm.clearFilters();
        assertThat(vm.words().stream().mapToLong(WordRow::count).sum()).isEqualTo(all);
    }

    @Test
    void stemsGroupForms() {
        vm.refresh();
        int words = vm.words().size();
        vm.stemsProperty().set(true);
        assertThat(vm.words()).anySatisfy(w -> assertThat(w.forms()).hasSizeGreaterThan(1));
        assertThat(words).isPositive();
    }

    @Test
    void clickingAWordAsksTheSearchTabToSearchIt() {
        vm.refresh();
        WordRow first = vm.words().get(0);
        vm.search(first);
        assertThat(searched).containsExactly(first.word());
    }
}
