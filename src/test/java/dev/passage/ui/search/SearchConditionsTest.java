package dev.passage.ui.search;

import dev.passage.cases.TableReader;
import dev.passage.cases.UnitImport;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The search tab's "where" conditions on variables: chips, inline errors, and hits only in documents meeting them. */
class SearchConditionsTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    ProjectContext context;
    SearchViewModel vm;

    @BeforeEach
    void open() throws Exception {
        session = UiFixtures.sample(dir);
        session.unitImport().apply(TableReader.read(Path.of("sample-projects/learning-culture/units.csv"), null),
                                   new UnitImport.Options("unit", Map.of()));
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
    void aConditionKeepsOnlyHitsInDocumentsMeetingIt() {
        vm.search("fejl*");
        long all = vm.totalHitsProperty().get();

        vm.conditionInputProperty().set("psych_safety >= 4");
        assertThat(vm.addCondition()).isTrue();

        assertThat(vm.conditions()).containsExactly("psych_safety >= 4");
        assertThat(vm.conditionInputProperty().get()).isEmpty();
        assertThat(vm.conditionErrorProperty().get()).isEmpty();
        assertThat(vm.totalHitsProperty().get()).isPositive().isLessThan(all);
        Set<Long> allowed = session.conditions().matchingDocuments(java.util.List.of("psych_safety >= 4"));
        assertThat(vm.rows()).allMatch(r -> allowed.contains(r.documentId()));

        vm.removeCondition("psych_safety >= 4");
        assertThat(vm.totalHitsProperty().get()).isEqualTo(all);
    }

    @Test
    void badSyntaxStaysInlineAndAddsNothing() {
        vm.search("fejl*");
        vm.conditionInputProperty().set("psych_safety >>> 4");

        assertThat(vm.addCondition()).isFalse();

        assertThat(vm.conditionErrorProperty().get()).startsWith("Cannot read the condition 'psych_safety >>> 4': \">>>\" is not an operator.");
        assertThat(vm.conditions()).isEmpty();
        assertThat(vm.conditionInputProperty().get()).isEqualTo("psych_safety >>> 4");
        assertThat(vm.stateProperty().get()).isEqualTo(SearchViewModel.State.RESULTS);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void anUnknownVariableIsReportedInlineWithTheKnownOnes() {
        vm.conditionInputProperty().set("trust >= 3");
        vm.addCondition();

        assertThat(vm.stateProperty().get()).isEqualTo(SearchViewModel.State.ERROR);
        assertThat(vm.conditionErrorProperty().get()).startsWith("There is no variable named \"trust\"").contains("unit.psych_safety");
        assertThat(vm.syntaxErrorProperty().get()).isEmpty();
        assertThat(dialogs.errors).isEmpty();

        vm.clearFilters();
        assertThat(vm.conditions()).isEmpty();
        assertThat(vm.conditionErrorProperty().get()).isEmpty();
    }
}
