package dev.passage.adjudication;

import dev.passage.TestProjects;
import dev.passage.backup.EncryptionChanges;
import dev.passage.backup.Restorer;
import dev.passage.integrity.ProjectCheck;
import dev.passage.model.CodeDescription;
import dev.passage.model.Finding;
import dev.passage.model.Language;
import dev.passage.model.Verdict;
import dev.passage.security.ProjectKey;
import dev.passage.session.ProjectSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The adjudication table (V9): a project made before it opens and can be adjudicated; decisions survive a backup and its
 * restore and encryption; the integrity check reads them and knows their rules; the .qdpx export says it leaves them out.
 */
class AdjudicationStorageTest {
    static final String TEXT = "We trust the manager. She listens to us. Nobody speaks up in meetings though. ";

    @TempDir
    Path tmp;

    private Path projectWithTwoCoders() throws Exception {
        try (var s = TestProjects.create(tmp, Language.EN)) {
            long doc = TestProjects.importText(s, tmp, "Interview 1", TEXT);
            long trust = s.codebook().addPath("Trust", "#0055cc", CodeDescription.EMPTY).id();
            s.coding().setCoder("anna");
            s.coding().apply(doc, 3, 20, trust);
            s.coding().setCoder("ben");
            s.coding().apply(doc, 3, 11, trust);
            return s.folder();
        }
    }

    private static void resolveFirst(Path folder, ProjectKey key) throws Exception {
        try (var s = ProjectSession.open(folder, "lead", key)) {
            Disagreement p = s.adjudication().find("anna", "ben", null, null).passages().getFirst();
            s.adjudication().resolve(p, Verdict.A, "anna's is whole", null);
        }
    }

    private static String firstNote(Path folder, ProjectKey key) throws Exception {
        try (var s = ProjectSession.open(folder, "lead", key)) {
            Disagreement p = s.adjudication().find("anna", "ben", null, null).passages().getFirst();
            return p.resolved() ? p.decision().note() + " / " + p.consensus().codings().size() : "open";
        }
    }

    @Test
    void aProjectMadeBeforeV9OpensAndCanBeAdjudicated() throws Exception {
        Path folder = projectWithTwoCoders();
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("project"), "sa", "");
             var st = c.createStatement()) {
            dev.passage.store.MigrationUndo.revertTo(st, 8);   // V9 and everything after it
        }
        ProjectCheck.Report before = ProjectCheck.check(folder);
        assertThat(before.damaged()).as("a project before V9 is sound: %s", before.findings()).isFalse();
        assertThat(before.findings()).extracting(Finding::message).anyMatch(m -> m.contains("V9 (adjudication) will be applied"));
        assertThat(firstNote(folder, null)).isEqualTo("open");
        resolveFirst(folder, null);
        assertThat(firstNote(folder, null)).isEqualTo("anna's is whole / 1");
        assertThat(ProjectCheck.check(folder).damaged()).isFalse();
    }

    @Test
    void decisionsSurviveABackupAndItsRestore() throws Exception {
        Path folder = projectWithTwoCoders();
        resolveFirst(folder, null);
        Path zip;
        try (var s = ProjectSession.open(folder, "lead")) {
            zip = s.backups().backUp().file();
        }
        Path restored = tmp.resolve("restored.passage");
        new Restorer().restoreInto(zip, restored);
        assertThat(firstNote(restored, null)).isEqualTo("anna's is whole / 1");
    }

    @Test
    void decisionsSurviveEncryption() throws Exception {
        Path folder = projectWithTwoCoders();
        resolveFirst(folder, null);
        try (ProjectKey key = ProjectKey.fromPassword("correct horse".toCharArray())) {
            EncryptionChanges.encrypt(folder, key);
            assertThat(firstNote(folder, key)).isEqualTo("anna's is whole / 1");
            assertThat(ProjectCheck.check(folder, key).damaged()).isFalse();
        }
    }

    @Test
    void theIntegrityCheckKnowsTheDecisionsRules() throws Exception {
        Path folder = projectWithTwoCoders();
        resolveFirst(folder, null);
        assertThat(ProjectCheck.check(folder).damaged()).isFalse();
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("project"), "sa", "");
             var st = c.createStatement()) {
            st.execute("UPDATE adjudication SET end_offset = 5000");
        }
        ProjectCheck.Report r = ProjectCheck.check(folder);
        assertThat(r.damaged()).isTrue();
        assertThat(r.findings()).filteredOn(f -> f.severity() == Finding.Severity.DAMAGED).extracting(Finding::message)
                                .anyMatch(m -> m.contains("adjudication decision") && m.contains("past the end"));
    }

    @Test
    void theQdpxExportCarriesTheConsensusCodingsAndSaysItLeavesTheDecisionsOut() throws Exception {
        Path folder = projectWithTwoCoders();
        try (var s = ProjectSession.open(folder, "lead")) {
            var before = s.interop().exportProject(tmp.resolve("before.qdpx"));
            assertThat(before.lossCount("Adjudication decisions")).isZero();
            Disagreement p = s.adjudication().find("anna", "ben", null, null).passages().getFirst();
            s.adjudication().resolve(p, Verdict.B, null, null);
            var after = s.interop().exportProject(tmp.resolve("after.qdpx"));
            assertThat(after.lossCount("Adjudication decisions")).isEqualTo(1);
            assertThat(after.lines()).anyMatch(l -> l.contains("1 decisions with their notes"));
            assertThat(after.count("codings")).isEqualTo(before.count("codings") + 1);
            assertThat(after.count("users")).isEqualTo(before.count("users") + 1);
        }
    }
}
