package dev.passage.ui.common;

import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.session.SessionStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The change signals views reload on: one data tick per commit (undo and redo included), history ticks apart. */
class ProjectContextTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;

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

    @Test
    void oneDataTickPerCommitAndHistoryTicksSeparately() {
        List<Long> data = new ArrayList<>();
        List<Long> history = new ArrayList<>();
        context.dataVersionProperty().addListener((o, a, b) -> data.add(b.longValue()));
        context.historyVersionProperty().addListener((o, a, b) -> history.add(b.longValue()));
        long doc = SessionStores.of(session).database().read(a -> a.documents().ids().getFirst());
        long code = session.codebook().resolve("Peer coaching").id();

        var coding = session.coding().apply(doc, 0, 10, code);
        assertThat(data).hasSize(1);
        assertThat(history).hasSize(1);
        assertThat(context.lastChangeProperty().get().touchedDocuments()).containsExactly(doc);
        assertThat(context.lastChangeProperty().get().codingRanges()).singleElement()
                                                                     .satisfies(r -> assertThat(r.end()).isEqualTo(10));

        session.history().undo();
        session.history().redo();
        assertThat(data).hasSize(3);
        assertThat(history).hasSize(3);

        context.codeUsed(code);
        context.codeUsed(coding.codeId());
        assertThat(context.recentCodes()).containsExactly(code);
    }
}
