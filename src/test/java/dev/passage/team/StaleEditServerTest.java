package dev.passage.team;

import dev.passage.TestProjects;
import dev.passage.TestServer;
import dev.passage.coding.CodingException;
import dev.passage.errors.StaleEditException;
import dev.passage.model.Code;
import dev.passage.model.CodeDescription;
import dev.passage.model.Language;
import dev.passage.model.Memo;
import dev.passage.model.Memo.MemoTarget;
import dev.passage.session.ProjectSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Two coders' sessions on one server project: no silent last-writer-wins on shared objects, and undo stays each one's own. */
class StaleEditServerTest {
    @TempDir
    Path dir;

    @Test
    void annRenamesACodeWhileBenDescribesItAndBenIsToldAndCanReapply() throws Exception {
        try (TestServer server = TestServer.fresh("stale_rename");
             ProjectSession ann = ProjectSession.initServer(server.address(), TestServer.password(), "Team", Language.EN, "ann");
             ProjectSession ben = ProjectSession.openServer(server.address(), TestServer.password(), "ben")) {
            Code made = ann.codebook().addPath("Openness", null, null);
            Code bensDialog = ben.codebook().codebook().get(made.id());

            ann.codebook().rename(made.id(), "Candour");
            StaleEditException e = catchThrowableOfType(StaleEditException.class,
                () -> ben.codebook().describe(bensDialog, CodeDescription.of("Saying what one thinks")));

            assertThat(e.getMessage()).contains("Code \"Openness\"").contains("ann renamed it to \"Candour\"");
            assertThat(e.change()).hasValueSatisfying(c -> assertThat(c.who()).isEqualTo("ann"));
            e.reapply().orElseThrow().run();
            Code now = ann.codebook().codebook().get(made.id());
            assertThat(now.name()).isEqualTo("Candour");
            assertThat(now.description().definition()).isEqualTo("Saying what one thinks");
        }
    }

    @Test
    void annsUndoIsRefusedAfterBensLaterEditAndBensEditStands() throws Exception {
        try (TestServer server = TestServer.fresh("stale_undo");
             ProjectSession ann = ProjectSession.initServer(server.address(), TestServer.password(), "Team", Language.EN, "ann");
             ProjectSession ben = ProjectSession.openServer(server.address(), TestServer.password(), "ben")) {
            Code code = ann.codebook().addPath("Trust", null, null);
            ann.codebook().recolour(code.id(), "#aa0000");
            ben.codebook().rename(code.id(), "Faith");

            assertThatThrownBy(() -> ann.history().undo()).isInstanceOf(StaleEditException.class).hasMessageContaining("ben renamed it");
            Code now = ben.codebook().codebook().get(code.id());
            assertThat(now.name()).isEqualTo("Faith");
            assertThat(now.colour()).isEqualToIgnoringCase("#aa0000");
            // ben's own undo still works: it is the newest edit of the code
            ben.history().undo();
            assertThat(ann.codebook().codebook().get(code.id()).name()).isEqualTo("Trust");
        }
    }

    @Test
    void aMemoSavedOverAColleaguesEditIsRefusedAndCodingsStayTheirCodersOwn() throws Exception {
        try (TestServer server = TestServer.fresh("stale_memo");
             ProjectSession ann = ProjectSession.initServer(server.address(), TestServer.password(), "Team", Language.EN, "ann");
             ProjectSession ben = ProjectSession.openServer(server.address(), TestServer.password(), "ben")) {
            Memo memo = ann.memos().add(MemoTarget.PROJECT, null, "Plan", "first");
            Memo bensEditor = ben.memos().all().getFirst();
            ann.memos().edit(memo.id(), "Plan", "ann's plan");
            assertThatThrownBy(() -> ben.memos().edit(bensEditor, "Plan", "ben's plan")).isInstanceOf(StaleEditException.class)
                                                                                    .hasMessageContaining("ann edited it");

            long doc = TestProjects.importText(ann, dir, "Interview", "We talk about mistakes openly.");
            long code = ann.codebook().addPath("Openness", null, null).id();
            long annsCoding = ann.coding().apply(doc, 0, 10, code).id();
            assertThatThrownBy(() -> ben.coding().remove(annsCoding)).isInstanceOf(CodingException.class).hasMessageContaining("ann's");
            long bensCoding = ben.coding().apply(doc, 0, 10, code).id();
            ben.coding().remove(bensCoding);
            assertThat(ann.coding().forDocument(doc)).extracting(c -> c.coder()).containsExactly("ann");
        }
    }
}
