package dev.passage.ui.history;

import dev.passage.model.HistoryEntry;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryViewModelTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    ScriptedDialogs dialogs;
    HistoryViewModel vm;

    @BeforeEach
    void open() throws Exception {
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
        dialogs = new ScriptedDialogs();
        vm = new HistoryViewModel(context, dialogs, ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        vm.dispose();
        context.detach();
        session.close();
    }

    @Test
    void listsEditsNewestFirstAndRefreshesOnEveryEditUndoAndRedo() {
        int before = vm.rows().size();
        assertThat(before).isPositive(); // the sample's imports
        long code = session.codebook().addPath("Audit/Speaking up", null, null).id();
        session.codebook().rename(code, "Voice");
        HistoryRow top = vm.rows().getFirst();
        assertThat(vm.rows()).hasSize(before + 3);
        assertThat(top.action()).isEqualTo("Rename code");
        assertThat(top.coder()).isEqualTo("anna");
        assertThat(top.object()).isEqualTo("Audit/Voice");
        assertThat(top.change()).contains("name: Speaking up \u2192 Voice", "path: Audit/Speaking up \u2192 Audit/Voice");

        session.history().undo();
        assertThat(vm.rows().getFirst().action()).isEqualTo("Undo: Rename code");
        assertThat(vm.rows().getFirst().change()).contains("name: Voice \u2192 Speaking up");
        session.history().redo();
        assertThat(vm.rows().getFirst().action()).isEqualTo("Redo: Rename code");
        assertThat(vm.rows()).hasSize(before + 5);
        assertThat(vm.statusProperty().get()).isEqualTo((before + 5) + " edits");
    }

    @Test
    void aBlindLockTakenWhileTheWindowIsOpenHidesTheOtherCodersEdits() {
        session.coding().setCoder("ben");
        session.codebook().addPath("Ben's code", null, null);
        session.coding().setCoder("anna");
        assertThat(vm.rows()).extracting(HistoryRow::coder).contains("ben");
        session.coders().lock();
        assertThat(vm.rows()).isNotEmpty().extracting(HistoryRow::coder).containsOnly("anna");
        assertThat(vm.coders()).doesNotContain("ben");
    }

    @Test
    void filtersByCoder() {
        session.coding().setCoder("ben");
        session.codebook().addPath("Ben's code", null, null);
        assertThat(vm.coders()).contains("anna", "ben");
        vm.coderProperty().set("ben");
        assertThat(vm.rows()).singleElement().satisfies(r -> {
            assertThat(r.coder()).isEqualTo("ben");
            assertThat(r.action()).isEqualTo("Add code");
            assertThat(r.change()).contains("name: Ben's code");
        });
        assertThat(vm.statusProperty().get()).isEqualTo("1 edit by ben");
        vm.coderProperty().set(null);
        assertThat(vm.rows().size()).isGreaterThan(1);
    }

    @Test
    void bulkEditsShowTheirCountAndMissingTextsFallBack() {
        HistoryEntry bulk = new HistoryEntry(1, Instant.parse("2026-12-07T10:00:00Z"), "anna", "coding.add", "code", 5L, "Talk", "autocode",
                                             5000, null, "{\"codings\":5000}");
        HistoryRow row = vm.row(bulk);
        assertThat(row.object()).isEqualTo("Talk (5,000)");
        assertThat(row.change()).isEqualTo("codings: 5000");
        HistoryEntry unknown = new HistoryEntry(2, Instant.now(), "anna", "undo:backup.restore", "project", null, null, null, 1, null, null);
        assertThat(vm.row(unknown).action()).isEqualTo("Undo: backup.restore");
        assertThat(vm.row(unknown).object()).isEqualTo("Project");
    }

    @Test
    void exportsTheListedCoderAsCsv() throws Exception {
        session.coding().setCoder("ben");
        session.codebook().addPath("Ben's code", null, null);
        vm.coderProperty().set("ben");
        Path out = dir.resolve("history");
        dialogs.pathAnswers.add(out);
        vm.exportCsv();
        Path csv = dir.resolve("history.csv");
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.infos).singleElement().asString().contains("1 edit written to");
        assertThat(Files.readAllLines(csv)).hasSize(2).last().asString().contains("ben", "code.add");
    }
}
