package dev.passage.ui.app;

import dev.passage.errors.Text;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.session.SessionStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The main window's state without a window: named undo/redo, the status line, the coder. */
class MainViewModelTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    UiFixtures.ScriptedDialogs dialogs = new UiFixtures.ScriptedDialogs();
    MainViewModel vm;

    @BeforeEach
    void open() throws Exception {
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
        vm = new MainViewModel(context, dialogs);
    }

    @AfterEach
    void close() {
        context.detach();
        session.close();
    }

    @Test
    void undoAndRedoAreNamedAfterTheEdit() {
        assertThat(vm.canUndoProperty().get()).isFalse();
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo");
        long doc = SessionStores.of(session).database().read(a -> a.documents().findIdByName("Interview 01 – Hjemmepleje Nord – leader").orElseThrow());
        session.coding().apply(doc, 0, 10, session.codebook().resolve("Peer coaching").id());

        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo: apply Peer coaching to Interview 01 – Hjemmepleje Nord – leader");
        vm.undo();
        assertThat(vm.canUndoProperty().get()).isFalse();
        assertThat(vm.redoTextProperty().get()).isEqualTo("Redo: apply Peer coaching to Interview 01 – Hjemmepleje Nord – leader");
        assertThat(vm.lastActionProperty().get()).isEqualTo("Undone: apply Peer coaching to Interview 01 – Hjemmepleje Nord – leader");
        vm.redo();
        assertThat(vm.canRedoProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Learning culture in Søndervig Kommune 2026  ·  coding as anna  ·  16 documents  ·  255 codings  ·  24 codes");
    }

    @Test
    void theDanishEditMenuNamesTheEditInDanish() {
        context.detach();
        context = new ProjectContext(session, new SynchronousTasks(), new Messages(Locale.forLanguageTag("da")));
        vm = new MainViewModel(context, dialogs);
        long doc = session.documents().idByName("Interview 01 – Hjemmepleje Nord – leader").orElseThrow();
        session.coding().apply(doc, 0, 10, session.codebook().resolve("Peer coaching").id());

        assertThat(vm.undoTextProperty().get()).isEqualTo("Fortryd: anvend Peer coaching på Interview 01 – Hjemmepleje Nord – leader");
        vm.undo();
        assertThat(vm.redoTextProperty().get()).isEqualTo("Gentag: anvend Peer coaching på Interview 01 – Hjemmepleje Nord – leader");
        assertThat(vm.lastActionProperty().get()).isEqualTo("Fortrudt: anvend Peer coaching på Interview 01 – Hjemmepleje Nord – leader");
        // the project's history keeps the English summary, whatever the workbench's language
        assertThat(session.history().redoLabel().map(Text::english)).contains("apply Peer coaching to Interview 01 – Hjemmepleje Nord – leader");
    }

    @Test
    void everyEditIsConfirmedWithUndoAndAStaleRedoneGivesWayToTheNextEdit() {
        long doc = session.documents().idByName("Interview 01 – Hjemmepleje Nord – leader").orElseThrow();
        long peer = session.codebook().resolve("Peer coaching").id();
        session.coding().apply(doc, 0, 10, peer);
        vm.undo();
        vm.redo();
        assertThat(vm.lastActionProperty().get()).isEqualTo("Redone: apply Peer coaching to Interview 01 – Hjemmepleje Nord – leader");
        assertThat(vm.lastActionUndoableProperty().get()).isFalse();
        int before = session.coding().forDocument(doc).size();

        session.coding().apply(doc, 20, 40, peer); // any gesture ends in the same command

        assertThat(vm.lastActionProperty().get()).isEqualTo("Done: apply Peer coaching to Interview 01 – Hjemmepleje Nord – leader");
        assertThat(vm.lastActionUndoableProperty().get()).as("the confirmation offers Undo").isTrue();
        vm.undoLastAction();
        assertThat(session.coding().forDocument(doc)).hasSize(before);
        assertThat(vm.lastActionProperty().get()).startsWith("Undone: ");
        assertThat(vm.lastActionUndoableProperty().get()).isFalse();

        vm.clearLastAction(); // what the status bar does a few seconds later
        assertThat(vm.lastActionProperty().get()).isEmpty();
    }

    @Test
    void theCoderCanBeRenamed() {
        dialogs.textAnswers.add("jonas");
        assertThat(vm.changeCoder()).contains("jonas");
        assertThat(session.coding().coder()).isEqualTo("jonas");
        assertThat(vm.statusProperty().get()).contains("coding as jonas");
    }
}
