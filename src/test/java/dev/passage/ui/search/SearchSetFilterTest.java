package dev.passage.ui.search;

import dev.passage.TestProjects;
import dev.passage.model.Language;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.common.ActiveFilter;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Search tab's set filter: only the set's documents are searched, shown as a chip; a set left with no document says so. */
class SearchSetFilterTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    SearchViewModel vm;
    long anna;
    long bo;

    @BeforeEach
    void open() throws Exception {
        session = TestProjects.create(dir, Language.EN);
        anna = TestProjects.importText(session, dir, "Anna", "Anna talks about mistakes.");
        bo = TestProjects.importText(session, dir, "Bo", "Bo talks about mistakes too.");
        session.documentEditor().addToSet("Leaders", List.of(anna));
        context = UiFixtures.context(session, new SynchronousTasks());
        vm = new SearchViewModel(context, dialogs);
    }

    @AfterEach
    void close() {
        vm.dispose();
        context.detach();
        session.close();
    }

    @Test
    void aSetNarrowsTheSearchToItsDocuments() {
        assertThat(vm.setNames()).containsExactly("Leaders");
        vm.search("mistakes");
        assertThat(vm.totalHitsProperty().get()).isEqualTo(2);

        vm.setFilterProperty().set("Leaders");
        assertThat(vm.totalHitsProperty().get()).isEqualTo(1);
        assertThat(vm.rows()).extracting(KwicRow::document).containsExactly("Anna");
        assertThat(vm.activeFilters()).extracting(ActiveFilter::label).containsExactly("Set: Leaders");

        session.documentEditor().removeFromSet("Leaders", List.of(anna));
        vm.search("mistakes");
        assertThat(vm.syntaxErrorProperty().get()).contains("Leaders");
        assertThat(vm.rows()).isEmpty();
        assertThat(dialogs.errors).isEmpty();

        vm.activeFilters().getFirst().remove().run();
        assertThat(vm.setFilterProperty().get()).isNull();
        assertThat(vm.totalHitsProperty().get()).isEqualTo(2);
    }
}
