package dev.passage.integrity;

import dev.passage.model.Finding;
import dev.passage.sample.SampleStudy;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectCheckTest {
    @TempDir
    static Path shared;
    static Path template;

    @TempDir
    Path tmp;

    @BeforeAll
    static void buildSample() throws IOException {
        template = shared.resolve("sample.passage");
        SampleStudy.build(template, true);
    }

    static Path copy(Path to) throws IOException {
        try (Stream<Path> files = Files.walk(template)) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(template.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals(".passage.lock")) {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    static void sql(Path project, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + project.resolve("project").toAbsolutePath(), "sa", "");
             Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    private static List<String> messages(ProjectCheck.Report r, Finding.Severity severity) {
        return r.findings().stream().filter(f -> f.severity() == severity).map(Finding::message).toList();
    }

    @Test
    void aCleanProjectPasses() throws IOException {
        ProjectCheck.Report r = ProjectCheck.check(copy(tmp.resolve("p")));
        assertThat(r.findings()).filteredOn(f -> f.severity() != Finding.Severity.NOTE).isEmpty();
        assertThat(r.clean()).isTrue();
        assertThat(r.damaged()).isFalse();
        assertThat(r.documents()).isGreaterThan(16);
    }

    @Test
    void aCodingPastTheEndOfItsTextIsFound() throws Exception {
        Path p = copy(tmp.resolve("p"));
        sql(p, "UPDATE coding SET end_offset = (SELECT LENGTH(d.body) FROM document d WHERE d.id = coding.document_id) + 100"
               + " WHERE id = (SELECT MIN(id) FROM coding)");
        ProjectCheck.Report r = ProjectCheck.check(p);
        assertThat(r.damaged()).isTrue();
        assertThat(messages(r, Finding.Severity.DAMAGED)).anyMatch(m -> m.startsWith("Document '") && m.contains(": coding ")
                                                                        && m.contains("past the end of its"));
    }

    @Test
    void aCodingOfAMissingCodeIsFound() throws Exception {
        Path p = copy(tmp.resolve("p"));
        sql(p, "SET REFERENTIAL_INTEGRITY FALSE", "UPDATE coding SET code_id = 999999 WHERE id = (SELECT MIN(id) FROM coding)");
        assertThat(messages(ProjectCheck.check(p), Finding.Severity.DAMAGED)).anyMatch(m -> m.contains("uses code 999999, which does not exist"));
    }

    @Test
    void aLostSchemaHistoryRowIsFound() throws Exception {
        Path p = copy(tmp.resolve("p"));
        // the state: V3's columns there, the history ending at V2 (later migrations' rows and tables gone with it)
        sql(p, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('3', '4', '5', '6', '7', '10')", "DROP TABLE edit_history",
            "DROP TABLE document_set_member", "DROP TABLE document_set", "DROP INDEX document_position", "ALTER TABLE document DROP COLUMN position",
            "ALTER TABLE document DROP COLUMN language", "ALTER TABLE coding DROP COLUMN memo_author",
            "ALTER TABLE coding DROP COLUMN memo_updated", "ALTER TABLE project DROP COLUMN blind_lead",
            "ALTER TABLE project DROP COLUMN blind_since");
        ProjectCheck.Report r = ProjectCheck.check(p);
        assertThat(r.damaged()).isTrue();
        assertThat(messages(r, Finding.Severity.DAMAGED)).anyMatch(m -> m.contains("DOCUMENT.TURN_COUNT") && m.contains("history row was lost"));
    }

    @Test
    void aLostHistoryRowBetweenRecordedOnesIsFound() throws Exception {
        Path p = copy(tmp.resolve("p"));
        sql(p, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '3'");
        ProjectCheck.Report r = ProjectCheck.check(p);
        assertThat(messages(r, Finding.Severity.DAMAGED)).anyMatch(m -> m.contains("no row for V3") && m.contains("the row was lost"));
    }

    @Test
    void aLostHistoryRowInTheMiddleIsFound() throws Exception {
        Path p = copy(tmp.resolve("p"));
        sql(p, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '2'");
        assertThat(messages(ProjectCheck.check(p), Finding.Severity.DAMAGED)).anyMatch(m -> m.contains("no row for V2"));
    }

    @Test
    void anIndexMissingADocumentIsFound() throws Exception {
        Path p = copy(tmp.resolve("p"));
        try (var dir = FSDirectory.open(p.resolve("index"))) {
            var userData = DirectoryReader.listCommits(dir).getLast().getUserData();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
                w.deleteDocuments(new Term("documentKey", "1"));
                w.setLiveCommitData(userData.entrySet());
                w.commit();
            }
        }
        ProjectCheck.Report r = ProjectCheck.check(p);
        assertThat(r.damaged()).isFalse();
        assertThat(r.clean()).isFalse();
        assertThat(messages(r, Finding.Severity.REPAIRABLE)).anyMatch(m -> m.endsWith("is missing from the search index"));
    }

    @Test
    void noiseInTheIndexIsFound() throws Exception {
        Path p = copy(tmp.resolve("p"));
        Path biggest;
        try (Stream<Path> files = Files.list(p.resolve("index"))) {
            biggest = files.max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
        noise(biggest, 0.5, 4096, 1);
        ProjectCheck.Report r = ProjectCheck.check(p);
        assertThat(messages(r, Finding.Severity.REPAIRABLE)).anyMatch(m -> m.contains("cannot be read"));
        assertThat(r.damaged()).isFalse();
    }

    @Test
    void bitFlipsInTheDatabaseAreFound() throws Exception {
        Path p = compacted(copy(tmp.resolve("p")));
        Path db = p.resolve("project.mv.db");
        Random random = new Random(11);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            for (int i = 0; i < 64; i++) { // single bits, spread over the file past its two headers
                long at = 8192 + (long) (random.nextDouble() * (f.length() - 8192));
                f.seek(at);
                int b = f.read();
                f.seek(at);
                f.write(b ^ (1 << random.nextInt(8)));
            }
        }
        ProjectCheck.Report r = ProjectCheck.check(p);
        assertThat(r.damaged()).as(r.findings().toString()).isTrue();
    }

    @Test
    void aTruncatedDatabaseIsFound() throws Exception {
        Path p = compacted(copy(tmp.resolve("p")));
        Path db = p.resolve("project.mv.db");
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(f.length() - 65536);
        }
        ProjectCheck.Report r = ProjectCheck.check(p);
        assertThat(r.damaged()).as(r.findings().toString()).isTrue();
    }

    @Test
    void aDatabaseCutBackToAnOlderStateIsFoundByTheIndexVersion() throws Exception {
        Path p = copy(tmp.resolve("p"));
        sql(p, "UPDATE project SET data_version = data_version - 1"); // as if the newest commit were gone
        ProjectCheck.Report r = ProjectCheck.check(p);
        assertThat(r.damaged()).isTrue();
        assertThat(messages(r, Finding.Severity.DAMAGED)).anyMatch(m -> m.contains("the database has lost its newest changes"));
    }

    @Test
    void aZeroLengthOrForeignDatabaseIsReportedNotThrown() throws Exception {
        Path p = copy(tmp.resolve("p"));
        Files.write(p.resolve("project.mv.db"), new byte[0]);
        ProjectCheck.Report r = ProjectCheck.check(p);
        assertThat(r.damaged()).isTrue();
        assertThat(r.opened()).isFalse();

        Path q = copy(tmp.resolve("q"));
        byte[] junk = new byte[100_000];
        new Random(3).nextBytes(junk);
        Files.write(q.resolve("project.mv.db"), junk);
        ProjectCheck.Report s = ProjectCheck.check(q);
        assertThat(s.damaged()).isTrue();
        assertThat(s.opened()).isFalse();
        assertThat(messages(s, Finding.Severity.DAMAGED)).anyMatch(m -> m.startsWith("H2 cannot open project.mv.db"));
    }

    /** Rewrites the database densely, so that (almost) every byte of the file is live data a flip must damage. */
    private static Path compacted(Path p) throws SQLException {
        sql(p, "SHUTDOWN COMPACT");
        return p;
    }

    private static void noise(Path file, double where, int length, long seed) throws IOException {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            long at = Math.max(0, (long) (f.length() * where) - length / 2);
            f.seek(at);
            f.write(bytes, 0, (int) Math.min(length, f.length() - at));
        }
    }
}
