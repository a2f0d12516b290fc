package dev.passage.store;

import dev.passage.model.DocumentFormat;
import dev.passage.model.DocumentSummary;
import dev.passage.model.Language;
import dev.passage.model.NewDocument;
import dev.passage.model.SpeakerTurn;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a kill -9 may find on disk: committed edits, never a half-done migration; and a trace file that stays quiet. */
class CrashSafetyTest {
    @TempDir
    Path tmp;

    private static NewDocument doc(String name) {
        return new NewDocument(name, "Hello there", DocumentFormat.TXT, null, Instant.now(), Map.of(), List.of(new SpeakerTurn(0, 5, "A", null)));
    }

    /** The database file as a kill -9 would leave it: copied while the store is still open, without a close. */
    @Test
    void aCommittedEditIsInTheFileWhenWriteReturns() throws Exception {
        Path dir = tmp.resolve("live.passage");
        Path copy = Files.createDirectories(tmp.resolve("killed.passage"));
        try (var store = ProjectStore.create(dir, "Durable", Language.EN)) {
            for (int i = 0; i < 40; i++) {
                String name = "Seed " + i;
                store.database().write(tx -> tx.documents().insert(doc(name)));
            }
        }
        // a cleanly closed file with free space inside: H2 put new chunks there, and recovery did not find them
        try (var store = ProjectStore.open(dir)) {
            for (int i = 40; i < 45; i++) {
                String name = "Interview " + i;
                store.database().write(tx -> tx.documents().insert(doc(name)));
                Files.copy(dir.resolve(ProjectStore.DATABASE_FILE), copy.resolve(ProjectStore.DATABASE_FILE), StandardCopyOption.REPLACE_EXISTING);
                try (var killed = ProjectStore.open(copy)) {
                    List<DocumentSummary> docs = killed.database().read(a -> a.documents().list());
                    assertThat(docs).as("after write %d", i).hasSize(i + 1);
                }
            }
        }
    }

    @Test
    void aMigrationInterruptedHalfWayIsUndoneAndRunAgain() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("old.passage"));
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:" + dir.resolve(ProjectStore.DATABASE_NAME).toAbsolutePath());
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("2").load().migrate();
        try (var c = ds.getConnection(); var st = c.createStatement()) {
            st.execute("INSERT INTO project (id, name, language, created) VALUES (1, 'Old', 'en', CURRENT_TIMESTAMP)");
            st.execute("INSERT INTO document (id, name, body, text_length, format, imported_at) VALUES (1, 'old', 'x', 1, 'TXT', CURRENT_TIMESTAMP)");
        }
        // what a crash during V3 left on main: the copy from before (made by Migrations) and a file with V3's first column only
        Files.copy(dir.resolve(ProjectStore.DATABASE_FILE), dir.resolve(Migrations.BEFORE_MIGRATION));
        try (var c = ds.getConnection(); var st = c.createStatement()) {
            st.execute("ALTER TABLE document ADD COLUMN turn_count INTEGER DEFAULT 0 NOT NULL");
        }
        try (var store = ProjectStore.open(dir)) {
            List<DocumentSummary> docs = store.database().read(a -> a.documents().list());
            assertThat(docs).extracting(DocumentSummary::name).containsExactly("old");
        }
        assertThat(dir.resolve(Migrations.BEFORE_MIGRATION)).doesNotExist();
    }

    @Test
    void aProjectWithNothingToMigrateIsNotCopied() throws Exception {
        Path dir = tmp.resolve("p.passage");
        ProjectStore.create(dir, "P", Language.EN).close();
        try (var store = ProjectStore.open(dir)) {
            assertThat(dir.resolve(Migrations.BEFORE_MIGRATION)).doesNotExist();
            assertThat(dir.resolve(Migrations.BEFORE_MIGRATION + ".part")).doesNotExist();
        }
    }

    @Test
    void openingAndClosingLeavesNoErrorsInTheTraceFile() throws Exception {
        Path dir = tmp.resolve("quiet.passage");
        ProjectStore.create(dir, "Quiet", Language.EN).close();
        for (int i = 0; i < 3; i++) {
            try (var store = ProjectStore.open(dir)) {
                store.database().write(tx -> tx.documents().insert(doc("d" + System.nanoTime())));
            }
        }
        Path trace = dir.resolve(ProjectStore.DATABASE_NAME + ".trace.db");
        assertThat(!Files.exists(trace) || Files.size(trace) == 0).as("trace: %s", Files.exists(trace) ? Files.readString(trace) : "").isTrue();
        assertThat(ProjectStore.url(dir)).contains("WRITE_DELAY=0", "REUSE_SPACE=FALSE", "MAX_COMPACT_TIME=0", "TRACE_MAX_FILE_SIZE=1");
    }
}
