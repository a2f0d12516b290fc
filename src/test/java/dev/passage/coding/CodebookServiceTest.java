package dev.passage.coding;

import dev.passage.TestProjects;
import dev.passage.model.Code;
import dev.passage.model.CodeDescription;
import dev.passage.model.Language;
import dev.passage.model.Memo.MemoTarget;
import dev.passage.session.ProjectSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodebookServiceTest {
    @TempDir
    Path tmp;
    ProjectSession s;
    CodebookService cb;
    long doc;

    @BeforeEach
    void setUp() throws Exception {
        s = TestProjects.create(tmp, Language.EN);
        cb = s.codebook();
        doc = TestProjects.importText(s, tmp, "Interview", "We talk about mistakes openly. Nobody is blamed. We try again.");
    }

    @AfterEach
    void tearDown() {
        s.close();
    }

    @Test
    void addPathCreatesParentsAndChildrenInheritTheParentsColour() {
        Code child = cb.addPath("Mindset/Growth mindset", null, CodeDescription.of("Belief that ability grows with effort"));
        Codebook book = cb.codebook();
        assertThat(book.path(child.id())).isEqualTo("Mindset/Growth mindset");
        Code parent = book.findByPath("Mindset").orElseThrow();
        assertThat(child.colour()).isEqualTo(parent.colour()).isEqualTo(CodePalette.COLOURS.getFirst());
        assertThat(book.findByPath("mindset/growth MINDSET")).contains(child);
        assertThat(child.description().definition()).isEqualTo("Belief that ability grows with effort");
        assertThatThrownBy(() -> cb.addPath("Mindset/Growth mindset", null, null)).hasMessageContaining("exists already");
    }

    @Test
    void siblingNamesAreUniqueAndSlashesAreRefused() {
        Code a = cb.add(null, "Feedback", "#0072b2", null);
        assertThat(a.colour()).isEqualTo("#0072B2");
        assertThatThrownBy(() -> cb.add(null, "feedback", null, null)).hasMessageContaining("already a code");
        assertThatThrownBy(() -> cb.add(null, "A/B", null, null)).hasMessageContaining("'/'");
        assertThatThrownBy(() -> cb.add(null, "  ", null, null)).hasMessageContaining("needs a name");
        assertThatThrownBy(() -> cb.recolour(a.id(), "blue")).hasMessageContaining("not a colour");
    }

    @Test
    void renameRecolourDescribeAreUndoable() {
        Code a = cb.add(null, "Feedbak", null, null);
        cb.rename(a.id(), "Feedback");
        cb.recolour(a.id(), "#D55E00");
        cb.describe(a.id(), new CodeDescription("Def", "Use when", "Not when", "Example"));
        Code now = cb.codebook().get(a.id());
        assertThat(now.name()).isEqualTo("Feedback");
        assertThat(now.colour()).isEqualTo("#D55E00");
        assertThat(now.description().whenNotToUse()).isEqualTo("Not when");
        s.history().undo();
        s.history().undo();
        s.history().undo();
        assertThat(cb.codebook().get(a.id())).as("as it was; its row version moved on with each edit and undo")
                                             .usingRecursiveComparison().ignoringFields("version").isEqualTo(a);
        assertThat(cb.codebook().get(a.id()).version()).isEqualTo(6);
    }

    @Test
    void moveReparentsAndRefusesCycles() {
        Code parent = cb.addPath("Barriers", null, null);
        Code child = cb.addPath("Barriers/Silo work", null, null);
        Code other = cb.addPath("Leadership", null, null);
        cb.move(parent.id(), other.id());
        assertThat(cb.codebook().path(child.id())).isEqualTo("Leadership/Barriers/Silo work");
        assertThatThrownBy(() -> cb.move(other.id(), child.id())).hasMessageContaining("under itself");
        cb.move(parent.id(), null);
        assertThat(cb.codebook().path(child.id())).isEqualTo("Barriers/Silo work");
    }

    @Test
    void mergeMovesCodingsChildrenAndMemosAndUndoRestoresThem() {
        Code source = cb.addPath("Blame", null, null);
        Code sourceChild = cb.addPath("Blame/Hidden mistakes", null, null);
        Code target = cb.addPath("Fear of blame", null, null);
        var c1 = s.coding().apply(doc, 0, 10, source.id());
        s.memos().add(MemoTarget.CODE, source.id(), "note", "overlaps with fear");

        cb.merge(source.id(), target.id());
        Codebook book = cb.codebook();
        assertThat(book.find(source.id())).isEmpty();
        assertThat(book.path(sourceChild.id())).isEqualTo("Fear of blame/Hidden mistakes");
        assertThat(s.coding().find(c1.id()).codeId()).isEqualTo(target.id());
        assertThat(s.memos().forTarget(MemoTarget.CODE, target.id())).hasSize(1);

        s.history().undo();
        book = cb.codebook();
        assertThat(book.get(source.id())).usingRecursiveComparison().ignoringFields("version").isEqualTo(source);
        assertThat(book.path(sourceChild.id())).isEqualTo("Blame/Hidden mistakes");
        assertThat(s.coding().find(c1.id()).codeId()).isEqualTo(source.id());
        assertThat(s.memos().forTarget(MemoTarget.CODE, source.id())).hasSize(1);
        assertThatThrownBy(() -> cb.merge(source.id(), sourceChild.id())).hasMessageContaining("into itself");
    }

    @Test
    void deleteRemovesSubcodesAndCodingsAndUndoBringsAllBack() {
        Code parent = cb.addPath("Action learning", null, null);
        Code child = cb.addPath("Action learning/2 Trial actions", null, null);
        var c1 = s.coding().apply(doc, 0, 10, parent.id());
        var c2 = s.coding().apply(doc, 5, 20, child.id());
        s.memos().add(MemoTarget.CODING, c2.id(), null, "memo on coding");
        s.memos().add(MemoTarget.CODE, child.id(), null, "memo on code");

        assertThat(cb.delete(parent.id())).isEqualTo(2);
        assertThat(cb.codebook().size()).isZero();
        assertThat(s.coding().forDocument(doc)).isEmpty();
        assertThat(s.memos().all()).isEmpty();

        s.history().undo();
        assertThat(cb.codebook().path(child.id())).isEqualTo("Action learning/2 Trial actions");
        assertThat(s.coding().forDocument(doc)).containsExactlyInAnyOrder(c1, c2);
        assertThat(s.memos().all()).hasSize(2);
    }
}
