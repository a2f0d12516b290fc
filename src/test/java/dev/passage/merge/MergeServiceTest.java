package dev.passage.merge;

import dev.passage.errors.PassageException;
import dev.passage.model.Code;
import dev.passage.model.Coding;
import dev.passage.model.HistoryFilter;
import dev.passage.model.Memo.MemoTarget;
import dev.passage.session.ProjectSession;
import dev.passage.session.SessionStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.passage.merge.MergeFixtures.copy;
import static dev.passage.merge.MergeFixtures.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Merging coders' copies of one project: counts, idempotence, conflicts, GUID matching, .qdpx, undo/redo, atomicity. */
class MergeServiceTest {
    @TempDir
    Path tmp;

    private static List<Coding> codings(ProjectSession s) {
        return SessionStores.of(s).database().read(a -> a.codings().all());
    }

    private static MergeReport merge(ProjectSession s, Path other) throws Exception {
        MergeService m = s.merge();
        return m.merge(m.read(other, null, s.coding().coder()));
    }

    /** The lead's project and two coders' copies; anna codes 2 passages and adds a code, ben codes 3 and adds another. */
    private Path[] twoCoders() throws Exception {
        Path dir = tmp.resolve("study.passage");
        MergeFixtures.leadProject(dir, tmp);
        Path a = copy(dir, tmp.resolve("anna.passage"));
        Path b = copy(dir, tmp.resolve("ben.passage"));
        try (ProjectSession s = ProjectSession.open(a, "anna")) {
            long hope = s.codebook().resolve("Feelings/Hope").id();
            s.coding().apply(doc(s, "one"), 0, 10, hope, "she sounds hopeful");
            s.coding().apply(doc(s, "two"), 5, 20, s.codebook().resolve("Work").id());
            Code mine = s.codebook().addPath("Anna's code", "#111111", dev.passage.model.CodeDescription.EMPTY);
            s.coding().apply(doc(s, "two"), 0, 4, mine.id());
            s.memos().add(MemoTarget.DOCUMENT, doc(s, "one"), "First read", "Mostly about openness.");
        }
        try (ProjectSession s = ProjectSession.open(b, "ben")) {
            long openness = s.codebook().resolve("Openness").id();
            s.coding().apply(doc(s, "one"), 0, 10, openness); // the lead's range and code, but ben's coding
            s.coding().apply(doc(s, "one"), 12, 30, openness);
            s.coding().apply(doc(s, "two"), 0, 12, s.codebook().resolve("Work").id());
            Code his = s.codebook().addPath("Ben's code", "#222222", dev.passage.model.CodeDescription.EMPTY);
            s.coding().apply(doc(s, "one"), 40, 50, his.id());
        }
        return new Path[] {dir, a, b};
    }

    @Test
    void twoCodersCopiesMergeBackWithExactCountsAndTheSameCopyTwiceAddsNothing() throws Exception {
        Path[] p = twoCoders();
        try (ProjectSession s = ProjectSession.open(p[0], "lead")) {
            MergeReport anna = merge(s, p[1]);
            assertThat(anna.documentsAdded()).isEmpty();
            assertThat(anna.documentsMatched()).containsExactlyInAnyOrder("one", "two");
            assertThat(anna.codesAdded()).containsExactly("Anna's code");
            assertThat(anna.codingsAdded()).isEqualTo(3);
            assertThat(anna.codingsAlreadyThere()).isEqualTo(1); // the lead's own coding, in anna's copy too
            assertThat(anna.memosAdded()).isEqualTo(1);
            assertThat(anna.conflicts()).isEmpty();

            MergeReport ben = merge(s, p[2]);
            assertThat(ben.codesAdded()).containsExactly("Ben's code"); // not confused with anna's, though both got the same id
            assertThat(ben.codingsAdded()).isEqualTo(4);
            assertThat(ben.codingsAlreadyThere()).isEqualTo(1);

            List<Coding> all = codings(s);
            assertThat(all).hasSize(1 + 3 + 4);
            assertThat(all.stream().filter(c -> c.coder().equals("anna"))).hasSize(3);
            assertThat(all.stream().filter(c -> c.coder().equals("ben"))).hasSize(4);
            Coding hopeful = all.stream().filter(c -> "she sounds hopeful".equals(c.memo())).findFirst().orElseThrow();
            assertThat(hopeful.memoBy()).isEqualTo("anna");
            assertThat(hopeful.codeId()).isEqualTo(s.codebook().resolve("Feelings/Hope").id());
            assertThat(s.codebook().resolve("Anna's code").id()).isNotEqualTo(s.codebook().resolve("Ben's code").id());
            assertThat(s.memos().all()).extracting(dev.passage.model.Memo::title).contains("First read");

            MergeReport again = merge(s, p[1]);
            assertThat(again.addsNothing()).isTrue();
            assertThat(again.codingsAlreadyThere()).isEqualTo(4);
            assertThat(again.memosAlreadyThere()).isEqualTo(1);
            assertThat(merge(s, p[2]).addsNothing()).isTrue();
            assertThat(codings(s)).hasSize(8);
        }
    }

    @Test
    void thePreviewSaysWhatTheMergeWillDoAndWritesNothing() throws Exception {
        Path[] p = twoCoders();
        try (ProjectSession s = ProjectSession.open(p[0], "lead")) {
            MergeService m = s.merge();
            MergeService.Other other = m.read(p[2], null, "lead");
            MergeReport preview = m.preview(other);
            assertThat(preview.written()).isFalse();
            assertThat(preview.codingsAdded()).isEqualTo(4);
            assertThat(preview.codesAdded()).containsExactly("Ben's code");
            assertThat(codings(s)).hasSize(1);
            assertThat(s.history().undoLabel()).isEmpty();
            MergeReport done = m.merge(other);
            assertThat(done.written()).isTrue();
            assertThat(done.codingsAdded()).isEqualTo(preview.codingsAdded());
            assertThat(done.codesAdded()).isEqualTo(preview.codesAdded());
        }
    }

    @Test
    void undoRemovesExactlyWhatTheMergeAddedAndRedoAddsItAgain() throws Exception {
        Path[] p = twoCoders();
        try (ProjectSession s = ProjectSession.open(p[0], "lead")) {
            List<Coding> before = codings(s);
            int codesBefore = s.codebook().codebook().all().size();
            merge(s, p[2]);
            List<Coding> after = codings(s);
            assertThat(s.history().undoLabel()).isPresent();
            assertThat(s.history().undoLabel().get().english()).isEqualTo("merge ben.passage");

            s.history().undo();
            assertThat(codings(s)).isEqualTo(before);
            assertThat(s.codebook().codebook().all()).hasSize(codesBefore);

            s.history().redo();
            assertThat(codings(s)).isEqualTo(after);
            assertThat(s.codebook().resolve("Ben's code")).isNotNull();

            var history = s.editHistory().list(HistoryFilter.ALL);
            assertThat(history).extracting(dev.passage.model.HistoryEntry::action)
                               .contains("project.merge", "undo:project.merge", "redo:project.merge");
        }
    }

    @Test
    void aSameNamedDocumentWithAnotherTextIsKeptApartAndReported() throws Exception {
        Path dir = tmp.resolve("study.passage");
        MergeFixtures.leadProject(dir, tmp);
        Path other = tmp.resolve("other.passage");
        Path in = java.nio.file.Files.createDirectories(tmp.resolve("other-in"));
        java.nio.file.Files.writeString(in.resolve("one.txt"), "Someone else: an entirely different interview.\n");
        try (ProjectSession o = ProjectSession.create(other, "Other", dev.passage.model.Language.EN, "ben")) {
            o.imports().importPaths(List.of(in.resolve("one.txt")), dev.passage.importer.ImportListener.NONE);
            o.coding().applyNewCode(doc(o, "one"), 0, 12, null, "Work");
        }
        try (ProjectSession s = ProjectSession.open(dir, "lead")) {
            String before = s.documents().text(doc(s, "one")).orElseThrow();
            MergeReport r = merge(s, other);
            assertThat(r.documentsAdded()).containsExactly("one (other.passage)");
            assertThat(r.conflicts()).singleElement().satisfies(c -> {
                assertThat(c.kind()).isEqualTo("document");
                assertThat(c.item()).isEqualTo("\"one\"");
                assertThat(c.resolution().english()).isEqualTo("has another text here; the copy's is added as \"one (other.passage)\"");
                assertThat(c.line(java.util.Locale.of("da"))).isEqualTo("dokument \"one\": har en anden tekst her; kopiens tilføjes som \"one (other.passage)\"");
            });
            assertThat(s.documents().text(doc(s, "one"))).contains(before);
            assertThat(s.documents().text(doc(s, "one (other.passage)"))).contains("Someone else: an entirely different interview.");
            assertThat(r.codesMatched()).containsExactly("Work");
            assertThat(s.coding().forDocument(doc(s, "one (other.passage)"))).singleElement()
                                                                            .satisfies(c -> assertThat(c.coder()).isEqualTo("ben"));
        }
    }

    @Test
    void aCodeRenamedInTheCopyIsMatchedByItsGuidAlsoWhenItHasOnlyTheGeneratedOne() throws Exception {
        Path dir = tmp.resolve("study.passage");
        MergeFixtures.leadProject(dir, tmp);
        try (ProjectSession s = ProjectSession.open(dir, "lead")) { // a code made before V8 has no stored GUID
            long work = s.codebook().resolve("Work").id();
            SessionStores.of(s).database().write(tx -> {
                tx.codes().setGuid(work, null);
                return null;
            });
        }
        Path copy = copy(dir, tmp.resolve("anna.passage"));
        try (ProjectSession s = ProjectSession.open(copy, "anna")) {
            s.codebook().rename(s.codebook().resolve("Openness").id(), "Candour");
            s.codebook().rename(s.codebook().resolve("Work").id(), "Labour");
            s.coding().apply(doc(s, "two"), 0, 6, s.codebook().resolve("Labour").id());
            s.coding().apply(doc(s, "two"), 7, 12, s.codebook().resolve("Candour").id());
        }
        try (ProjectSession s = ProjectSession.open(dir, "lead")) {
            MergeReport r = merge(s, copy);
            assertThat(r.codesAdded()).isEmpty();
            assertThat(r.codesMatched()).contains("Labour (matched by GUID to Work)", "Candour (matched by GUID to Openness)");
            assertThat(s.coding().forDocument(doc(s, "two"))).extracting(Coding::codeId)
                    .containsExactlyInAnyOrder(s.codebook().resolve("Work").id(), s.codebook().resolve("Openness").id());
        }
    }

    @Test
    void aQdpxFromACoderMergesLikeHerFolderAndTheFolderAfterItAddsNoCodings() throws Exception {
        Path[] p = twoCoders();
        Path qdpx = tmp.resolve("ben.qdpx");
        try (ProjectSession s = ProjectSession.open(p[2], "ben")) {
            s.interop().exportProject(qdpx);
        }
        try (ProjectSession s = ProjectSession.open(p[0], "lead")) {
            MergeReport r = merge(s, qdpx);
            assertThat(r.source()).isEqualTo("ben.qdpx");
            assertThat(r.documentsAdded()).isEmpty();
            assertThat(r.documentsMatched()).hasSize(2);
            assertThat(r.codesAdded()).containsExactly("Ben's code");
            assertThat(r.codingsAdded()).isEqualTo(4);
            assertThat(codings(s).stream().filter(c -> c.coder().equals("ben"))).hasSize(4);
            MergeReport folder = merge(s, p[2]);
            assertThat(folder.codingsAdded()).isZero();
            assertThat(folder.codesAdded()).isEmpty();
        }
    }

    @Test
    void anErrorHalfWayLeavesTheProjectAsItWas() throws Exception {
        Path[] p = twoCoders();
        try (ProjectSession s = ProjectSession.open(p[0], "lead")) {
            List<Coding> before = codings(s);
            int codes = s.codebook().codebook().all().size();
            int documents = s.documents().count();
            MergeService failing = new MergeService(SessionStores.of(s).database(), s.history(), p[0], step -> {
                if (step.equals("codings")) {
                    throw new IllegalStateException("disk gone");
                }
            });
            MergeService.Other other = failing.read(p[2], null, "lead");
            assertThatThrownBy(() -> failing.merge(other)).hasMessageContaining("disk gone");
            assertThat(codings(s)).isEqualTo(before);
            assertThat(s.codebook().codebook().all()).hasSize(codes);
            assertThat(s.documents().count()).isEqualTo(documents);
            assertThat(s.history().undoLabel()).isEmpty();
        }
    }

    @Test
    void otherMustExistBeAProjectAndNotBeTheProjectItself() throws Exception {
        Path dir = tmp.resolve("study.passage");
        MergeFixtures.leadProject(dir, tmp);
        try (ProjectSession s = ProjectSession.open(dir, "lead")) {
            MergeService m = s.merge();
            assertThatThrownBy(() -> m.read(tmp.resolve("nowhere"), null, "lead")).isInstanceOf(PassageException.class)
                                                                                 .hasMessageContaining("no such project folder");
            assertThatThrownBy(() -> m.read(tmp.resolve("in-study.passage"), null, "lead"))
                    .isInstanceOf(PassageException.class).hasMessageContaining("neither a Passage project folder");
            assertThatThrownBy(() -> m.read(dir, null, "lead")).isInstanceOf(PassageException.class)
                                                              .hasMessageContaining("is the project itself");
        }
    }
}
