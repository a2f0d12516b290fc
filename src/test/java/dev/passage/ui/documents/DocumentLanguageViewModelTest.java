package dev.passage.ui.documents;

import dev.passage.model.Language;
import dev.passage.search.KwicHit;
import dev.passage.search.SearchFilters;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The document list shows each document's language (detected at import) and changes it as one undoable, re-indexing edit. */
class DocumentLanguageViewModelTest {
    @TempDir
    Path dir;

    private ProjectSession session;
    private ProjectContext context;
    private final SynchronousTasks tasks = new SynchronousTasks();

    @AfterEach
    void close() {
        if (context != null) {
            context.detach();
        }
        if (session != null) {
            session.close();
        }
    }

    private static DocumentRow row(DocumentsViewModel vm, String nameStart) {
        return vm.allDocuments().stream().filter(r -> r.name().startsWith(nameStart)).findFirst().orElseThrow();
    }

    private List<String> nurseHits(String query) throws Exception {
        var onlyNurse = new SearchFilters(List.of(), List.of("Interview 05 – Plejecenter Egebo – nurse"), List.of(), List.of());
        return session.search().search(query, onlyNurse, 100).hits().stream().map(KwicHit::hit).map(String::toLowerCase).distinct().toList();
    }

    @Test
    void theSampleMixesDanishAndEnglishAndALanguageChangeIsUndoable() throws Exception {
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, tasks);
        DocumentsViewModel vm = new DocumentsViewModel(context, new ScriptedDialogs());

        assertThat(row(vm, "Interview 01").language()).isEqualTo(Language.DA);
        DocumentRow nurse = row(vm, "Interview 05");
        assertThat(nurse.language()).isEqualTo(Language.EN);
        assertThat(vm.allDocuments()).filteredOn(r -> r.language() == Language.EN).hasSize(5);
        assertThat(nurseHits("learning")).as("English stems").containsExactlyInAnyOrder("learn", "learned");

        vm.setLanguage(List.of(nurse), Language.DA);

        assertThat(tasks.titles()).contains("Setting the documents' language");
        assertThat(row(vm, "Interview 05").language()).isEqualTo(Language.DA);
        assertThat(nurseHits("learning")).as("re-indexed with Danish stems").isEmpty();
        assertThat(session.languages().of(nurse.id())).isEqualTo(Language.DA);
        assertThat(context.messages().text(session.history().undoLabel().orElseThrow()))
            .isEqualTo("set the language of Interview 05 – Plejecenter Egebo – nurse to Danish");

        session.history().undo();
        assertThat(row(vm, "Interview 05").language()).isEqualTo(Language.EN);
        assertThat(nurseHits("learning")).containsExactlyInAnyOrder("learn", "learned");
    }

    @Test
    void severalDocumentsChangeInOneStepAndThoseAlreadyInTheLanguageAreLeftAlone() throws Exception {
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, tasks);
        DocumentsViewModel vm = new DocumentsViewModel(context, new ScriptedDialogs());
        long runs = session.history().runs();

        vm.setLanguage(List.of(row(vm, "Interview 01"), row(vm, "Interview 05"), row(vm, "Interview 10")), Language.SV);

        assertThat(session.history().runs()).isEqualTo(runs + 1);
        assertThat(List.of(row(vm, "Interview 01"), row(vm, "Interview 05"), row(vm, "Interview 10")))
            .extracting(DocumentRow::language).containsOnly(Language.SV);
        session.history().undo();
        assertThat(List.of(row(vm, "Interview 01"), row(vm, "Interview 05"), row(vm, "Interview 10")))
            .extracting(DocumentRow::language).containsExactly(Language.DA, Language.EN, Language.EN);

        vm.setLanguage(List.of(row(vm, "Interview 05")), Language.EN);
        assertThat(session.history().runs()).as("already English: nothing to do").isEqualTo(runs + 1);
    }
}
