package dev.passage.documents;

import dev.passage.TestProjects;
import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.model.CodeDescription;
import dev.passage.model.DocumentSet;
import dev.passage.model.DocumentSummary;
import dev.passage.model.HistoryEntry;
import dev.passage.model.HistoryFilter;
import dev.passage.model.Language;
import dev.passage.model.Memo.MemoTarget;
import dev.passage.search.SearchFilters;
import dev.passage.session.ProjectSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Renaming, deleting and moving documents, and document sets: each one undoable step, recorded in the edit history. */
class DocumentEditorTest {
    @TempDir
    Path tmp;

    private static List<String> names(ProjectSession s) {
        return s.documents().summaries().stream().map(DocumentSummary::name).toList();
    }

    private static List<String> actions(ProjectSession s) {
        return s.editHistory().list(HistoryFilter.ALL).stream().map(HistoryEntry::action).toList();
    }

    private static long hits(ProjectSession s, String query) throws Exception {
        return s.search().search(query, SearchFilters.NONE, 0).totalHits();
    }

    @Test
    void renameRefusesANameAnotherDocumentHasAndIsUndoable() throws Exception {
        try (var s = TestProjects.create(tmp, Language.EN)) {
            long a = TestProjects.importText(s, tmp, "Anna", "Anna talks about mistakes.");
            TestProjects.importText(s, tmp, "Bo", "Bo talks about silos.");

            assertThatThrownBy(() -> s.documentEditor().rename(a, "bo"))
                .isInstanceOf(PassageException.class)
                .hasMessageContaining("\"Anna\"").hasMessageContaining("\"Bo\"")
                .satisfies(e -> assertThat(((PassageException) e).kind()).isEqualTo(ErrorKind.BAD_INPUT));

            s.documentEditor().rename(a, "Anna, leader");
            assertThat(names(s)).containsExactly("Anna, leader", "Bo");
            assertThat(s.search().search("mistakes", new SearchFilters(List.of(), List.of("Anna, leader"), List.of(), List.of()), 0)
                        .totalHits()).isEqualTo(1);
            assertThat(s.history().undoLabel().orElseThrow().english()).isEqualTo("rename Anna to Anna, leader");

            s.history().undo();
            assertThat(names(s)).containsExactly("Anna", "Bo");
            s.history().redo();
            assertThat(names(s)).containsExactly("Anna, leader", "Bo");
            assertThat(actions(s)).contains("document.rename", "undo:document.rename", "redo:document.rename");
        }
    }

    @Test
    void deleteTakesCodingsMemosValuesAndSetsAlongAndUndoBringsAllOfItBack() throws Exception {
        try (var s = TestProjects.create(tmp, Language.EN)) {
            long a = TestProjects.importText(s, tmp, "Anna", "Interviewer: What went wrong?\n\nAnna: The mistakes were hidden.");
            long b = TestProjects.importText(s, tmp, "Bo", "Bo talks about silos.");
            long code = s.codebook().add(null, "Blame", "#cc0000", CodeDescription.EMPTY).id();
            var coding = s.coding().apply(a, 31, 45, code, "why hidden?");
            s.memos().add(MemoTarget.CODING, coding.id(), "Note", "a coding memo");
            s.memos().add(MemoTarget.DOCUMENT, a, "About Anna", "a document memo");
            s.caseEditor().setDocumentVariable("Anna", "role", "leader");
            s.documentEditor().addToSet("Leaders", List.of(a, b));
            int turns = s.documents().summaries().getFirst().turnCount();

            DocumentDeletion what = s.documentEditor().deletion(a);
            assertThat(what).isEqualTo(new DocumentDeletion(a, "Anna", 1, 2, 1));

            s.documentEditor().delete(a);
            assertThat(names(s)).containsExactly("Bo");
            assertThat(hits(s, "mistakes")).isZero();
            assertThat(s.codebook().withCounts().counts().getOrDefault(code, 0)).isZero();
            assertThat(s.memos().all()).isEmpty();
            assertThat(s.documents().sets()).extracting(DocumentSet::documentIds).containsExactly(List.of(b));
            assertThat(s.history().undoLabel().orElseThrow().english()).isEqualTo("delete the document Anna");

            s.history().undo();
            assertThat(names(s)).containsExactly("Anna", "Bo");
            assertThat(s.documents().summaries().getFirst().turnCount()).isEqualTo(turns);
            assertThat(hits(s, "mistakes")).isEqualTo(1);
            assertThat(s.coding().find(coding.id()).memo()).isEqualTo("why hidden?");
            assertThat(s.coding().find(coding.id())).isEqualTo(coding); // the memo's author and time too
            assertThat(s.memos().forTarget(MemoTarget.CODING, coding.id())).extracting(m -> m.text()).containsExactly("a coding memo");
            assertThat(s.memos().forTarget(MemoTarget.DOCUMENT, a)).hasSize(1);
            assertThat(s.caseOverview().documentValue(a, "role")).isEqualTo("leader");
            assertThat(s.documents().sets()).extracting(DocumentSet::documentIds).containsExactly(List.of(a, b));
            assertThat(s.search().search("mistakes", new SearchFilters(List.of("Blame"), List.of(), List.of(), List.of()), 0).totalHits())
                .isEqualTo(1);

            s.history().redo();
            assertThat(names(s)).containsExactly("Bo");
            assertThat(hits(s, "mistakes")).isZero();
            assertThat(actions(s)).contains("document.delete", "undo:document.delete", "redo:document.delete");
        }
    }

    @Test
    void moveStoresTheOrderThatListsFollowAndUndoRestoresIt() throws Exception {
        try (var s = TestProjects.create(tmp, Language.EN)) {
            TestProjects.importText(s, tmp, "C first imported", "one");
            TestProjects.importText(s, tmp, "A second", "two");
            long third = TestProjects.importText(s, tmp, "B third", "three");
            assertThat(names(s)).containsExactly("C first imported", "A second", "B third");

            s.documentEditor().move(third, 1);
            assertThat(names(s)).containsExactly("B third", "C first imported", "A second");
            assertThat(s.documentEditor().moveBy(third, -1)).isFalse();
            assertThat(s.documentEditor().moveBy(third, 1)).isTrue();
            assertThat(names(s)).containsExactly("C first imported", "B third", "A second");
            assertThatThrownBy(() -> s.documentEditor().move(third, 4)).hasMessageContaining("3 documents");

            s.history().undo();
            s.history().undo();
            assertThat(names(s)).containsExactly("C first imported", "A second", "B third");
            assertThat(actions(s)).contains("document.move", "undo:document.move");
        }
    }

    @Test
    void setsAreCreatedFilledRenamedAndDeletedUndoablyAndFilterBySet() throws Exception {
        try (var s = TestProjects.create(tmp, Language.EN)) {
            long a = TestProjects.importText(s, tmp, "Anna", "Anna talks about mistakes.");
            long b = TestProjects.importText(s, tmp, "Bo", "Bo talks about mistakes too.");
            long c = TestProjects.importText(s, tmp, "Cai", "Cai has no errors.");

            assertThat(s.documentEditor().addToSet("Leaders", List.of(a, c))).isEqualTo(2);
            assertThat(s.documentEditor().addToSet("leaders", List.of(a, b))).isEqualTo(1);
            assertThat(s.documents().sets()).containsExactly(new DocumentSet(s.documents().sets().getFirst().id(), "Leaders", List.of(a, b, c)));
            assertThat(s.documents().setNames().get(a)).containsExactly("Leaders");

            s.documentEditor().removeFromSet("Leaders", List.of(c));
            assertThat(s.names().documentsAndSets(List.of(), List.of("leaders"))).containsExactly("Anna", "Bo");
            assertThat(s.names().documentsAndSets(List.of("Bo"), List.of("Leaders"))).containsExactly("Bo");
            assertThatThrownBy(() -> s.names().documentsAndSets(List.of("Cai"), List.of("Leaders")))
                .hasMessageContaining("Leaders");
            assertThatThrownBy(() -> s.names().sets(List.of("Staff"))).hasMessageContaining("\"Staff\"").hasMessageContaining("\"Leaders\"");

            s.documentEditor().createSet("Staff");
            assertThatThrownBy(() -> s.documentEditor().renameSet("Staff", "LEADERS")).hasMessageContaining("Leaders");
            s.documentEditor().renameSet("Staff", "Staff, round 2");
            s.documentEditor().deleteSet("Leaders");
            assertThat(s.documents().sets()).extracting(DocumentSet::name).containsExactly("Staff, round 2");

            s.history().undo(); // the delete
            assertThat(s.documents().sets()).extracting(DocumentSet::name).containsExactly("Leaders", "Staff, round 2");
            assertThat(s.documents().sets().getFirst().documentIds()).containsExactly(a, b);
            s.history().undo(); // the rename
            s.history().undo(); // the create
            assertThat(s.documents().sets()).extracting(DocumentSet::name).containsExactly("Leaders");
            s.history().redo();
            assertThat(s.documents().sets()).extracting(DocumentSet::name).containsExactly("Leaders", "Staff");
            assertThat(actions(s)).contains("set.add", "set.remove", "set.create", "set.rename", "set.delete", "undo:set.delete");
        }
    }

    @Test
    void surveyAnswersGoAfterTheDocumentsImportedBeforeThem() throws Exception {
        Path p = tmp.resolve("sample.passage");
        dev.passage.sample.SampleStudy.build(p);
        try (var s = ProjectSession.open(p, "anna")) {
            List<DocumentSummary> docs = s.documents().summaries();
            // the sample imports its 16 interviews, then the survey: the stored order keeps that, answers in the order given
            assertThat(docs.subList(0, 16)).allSatisfy(d -> assertThat(d.name()).startsWith("Interview"));
            assertThat(docs.stream().map(DocumentSummary::id).toList()).isSorted();
        }
    }
}
