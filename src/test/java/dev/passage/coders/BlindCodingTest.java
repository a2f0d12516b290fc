package dev.passage.coders;

import dev.passage.TestProjects;
import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.model.CoderScope;
import dev.passage.model.HistoryFilter;
import dev.passage.model.Language;
import dev.passage.session.ProjectSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Blind mode: locked by a lead, stored in the project, every session sees only its own codings, only the lead lifts it. */
class BlindCodingTest {
    @TempDir
    Path tmp;

    private long codeBoth(ProjectSession s) throws Exception {
        long doc = TestProjects.importText(s, tmp, "Leader 1", "Leader: We trust each other here.\n\nStaff: We blame.\n");
        long trust = s.codebook().add(null, "Trust", null, null).id();
        s.coding().apply(doc, 0, 10, trust);
        s.coding().setCoder("ben");
        s.coding().apply(doc, 12, 20, trust);
        s.coding().setCoder("anna");
        return trust;
    }

    @Test
    void aLockIsStoredWithItsLeadAndTimeAndNarrowsEverySessionToItsOwnCoder() throws Exception {
        Path folder;
        long trust;
        try (var s = TestProjects.create(tmp, Language.EN)) {
            folder = s.folder();
            trust = codeBoth(s);
            assertThat(s.coders().blind()).isFalse();
            var lock = s.coders().lock();
            assertThat(lock.lead()).isEqualTo("anna");
            assertThat(s.coders().blindLock()).contains(lock);
            assertThat(s.coders().scope()).isEqualTo(CoderScope.only("anna"));
            // the view waits: "everyone" still shows only anna while blind
            s.coders().setView(CoderView.EVERYONE);
            assertThat(s.retrieval().segments(s.codebook().codebook(), trust, false)).extracting(x -> x.coder()).containsExactly("anna");
            s.requireFullView(); // the lead may compare
            assertThat(s.coders().isLead()).isTrue();
        }
        try (var ben = ProjectSession.open(folder, "ben")) {
            assertThat(ben.coders().blindLock()).map(l -> l.lead()).contains("anna");
            assertThat(ben.retrieval().segments(ben.codebook().codebook(), trust, false)).extracting(x -> x.coder()).containsExactly("ben");
            assertThat(ben.coders().known()).containsExactly("ben");
            assertThatThrownBy(ben::requireFullView).isInstanceOf(PassageException.class)
                .hasMessageContaining("only anna, who locked it").satisfies(e -> assertThat(((PassageException) e).kind()).isEqualTo(ErrorKind.BAD_INPUT));
            assertThatThrownBy(() -> ben.coders().lift()).isInstanceOf(PassageException.class).hasMessageContaining("Only anna");
            assertThatThrownBy(() -> ben.coders().lock()).hasMessageContaining("blind mode already");
            assertThat(ben.coders().blind()).isTrue();
            // the history would tell who coded what: ben sees only his own edits while blind
            assertThat(ben.editHistory().list(HistoryFilter.ALL)).isNotEmpty().allSatisfy(e -> assertThat(e.coder()).isEqualTo("ben"));
            assertThat(ben.editHistory().list(HistoryFilter.ALL.withCoder("anna"))).isEmpty();
            assertThat(ben.editHistory().coders()).containsExactly("ben");
        }
        try (var anna = ProjectSession.open(folder, "anna")) {
            anna.coders().lift();
            assertThat(anna.coders().blind()).isFalse();
            assertThat(anna.retrieval().segments(anna.codebook().codebook(), trust, false)).hasSize(2);
            assertThatThrownBy(() -> anna.coders().lift()).hasMessageContaining("not in blind mode");
        }
        try (var ben = ProjectSession.open(folder, "ben")) {
            assertThat(ben.coders().blind()).isFalse();
            ben.requireFullView();
        }
    }

    @Test
    void lockingAndLiftingAreEditsInTheHistoryAndCanBeUndone() throws Exception {
        try (var s = TestProjects.create(tmp, Language.EN)) {
            codeBoth(s);
            s.coders().lock();
            assertThat(s.history().undoLabel()).map(t -> t.english()).contains("lock blind coding");
            s.history().undo();
            assertThat(s.coders().blind()).isFalse();
            s.history().redo();
            assertThat(s.coders().blind()).isTrue();
            s.coders().lift();
            s.history().undo();
            assertThat(s.coders().blindLock()).map(l -> l.lead()).contains("anna");
            var actions = s.editHistory().list(HistoryFilter.ALL).stream().map(e -> e.action()).toList();
            assertThat(actions).contains("project.blind.lock", "undo:project.blind.lock", "redo:project.blind.lock",
                                         "project.blind.lift", "undo:project.blind.lift");
        }
    }

    @Test
    void aProjectFromBeforeV10OpensNotBlindAndCanBeLocked() throws Exception {
        Path folder;
        try (var s = TestProjects.create(tmp, Language.EN)) {
            folder = s.folder();
            codeBoth(s);
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("project"), "sa", "");
             var st = c.createStatement()) {
            dev.passage.store.MigrationUndo.revertTo(st, 9);
        }
        try (var s = ProjectSession.open(folder, "anna")) {
            assertThat(s.coders().blind()).isFalse();
            s.coders().lock();
            assertThat(s.coders().blindLock()).map(l -> l.lead()).contains("anna");
        }
    }
}
