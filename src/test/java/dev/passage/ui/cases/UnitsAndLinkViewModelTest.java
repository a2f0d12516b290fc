package dev.passage.ui.cases;

import dev.passage.cases.CaseOverview;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.session.SessionStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class UnitsAndLinkViewModelTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    UiFixtures.ScriptedDialogs dialogs = new UiFixtures.ScriptedDialogs();

    @BeforeEach
    void open() throws Exception {
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
    }

    @AfterEach
    void close() {
        context.detach();
        session.close();
    }

    private Map<String, String> units() {
        Map<String, String> out = new java.util.TreeMap<>();
        SessionStores.of(session).database().read(a -> {
            for (var d : a.documents().cases()) {
                out.put(d.name(), a.documents().unitName(d.documentId()).orElse(null));
            }
            return null;
        });
        return out;
    }

    @Test
    void unitsShowScoresAndCountsAndFollowImports() {
        UnitsViewModel vm = new UnitsViewModel(context, dialogs);
        assertThat(vm.units()).isNotEmpty();
        assertThat(vm.variables()).isEmpty();

        UnitImportViewModel imports = new UnitImportViewModel(context, dialogs);
        imports.open(UnitImportViewModelTest.UNITS);
        imports.importNow();

        assertThat(vm.variables()).extracting(v -> v.name()).contains("psych_safety", "sector");
        CaseOverview.UnitRow north = vm.units().stream().filter(u -> u.name().equals("Hjemmepleje Nord")).findFirst().orElseThrow();
        assertThat(UnitsViewModel.value(north, "psych_safety")).isEqualTo("4.21");
        assertThat(UnitsViewModel.number("4.21")).isEqualTo(4.21);
        assertThat(north.documents()).isPositive();

        vm.selectedProperty().set(north);
        assertThat(vm.documents()).hasSize(north.documents()).noneMatch(UnitsViewModel.UnitDocument::surveyAnswer);
        assertThat(vm.documentsTitleProperty().get()).isEqualTo("Documents of \"Hjemmepleje Nord\" (" + north.documents()
                                                                + " interviews, 0 survey answers)");
        vm.open(vm.documents().getFirst());
        assertThat(context.openDocumentProperty().get()).isEqualTo(vm.documents().getFirst().id());
    }

    @Test
    void aPatternPreviewsLiveAndApplyIsOneUndoStep() {
        Map<String, String> before = units();
        LinkViewModel vm = new LinkViewModel(context, dialogs);
        vm.patternProperty().set("Interview \\d+ \u2013 (?<unit>[^\u2013]+?) \u2013");

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.summaryProperty().get()).contains("already there");
        // the sample's documents are already in their units: nothing to move
        assertThat(vm.canApplyProperty().get()).isFalse();

        vm.patternProperty().set("Interview (\\d)");
        assertThat(vm.rows()).isNotEmpty();
        LinkViewModel.LinkRow first = vm.rows().getFirst();
        assertThat(first.unit()).matches("\\d");
        assertThat(first.newUnit()).isTrue();
        assertThat(vm.summaryProperty().get()).contains("new");
        assertThat(units()).isEqualTo(before);

        vm.apply();
        assertThat(vm.resultProperty().get()).contains("documents linked");
        assertThat(units().get(first.document())).isEqualTo(first.unit());

        session.history().undo();
        assertThat(units()).isEqualTo(before);
    }

    @Test
    void aBadPatternSaysWhatIsWrongInline() {
        LinkViewModel vm = new LinkViewModel(context, dialogs);
        vm.patternProperty().set("Interview (\\d");

        assertThat(vm.errorProperty().get()).startsWith("The pattern 'Interview (\\d' is not a valid regular expression");
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.canApplyProperty().get()).isFalse();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void byAttributePicksTheAttributeAndPreviews() {
        LinkViewModel vm = new LinkViewModel(context, dialogs);
        vm.modeProperty().set(LinkViewModel.Mode.ATTRIBUTE);
        assertThat(vm.attributes()).contains("role");
        vm.attributeProperty().set("role");

        assertThat(vm.rows()).isNotEmpty().allMatch(r -> r.unit() != null);
        assertThat(vm.rows()).extracting(LinkViewModel.LinkRow::unit).contains("leader");
        assertThat(vm.canApplyProperty().get()).isTrue();
    }
}
