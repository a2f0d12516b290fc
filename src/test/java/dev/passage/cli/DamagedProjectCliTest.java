package dev.passage.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * A damaged database is refused at open with exit 4 and a message that names the newest backup and how to restore it; never
 * opened with data silently missing. `restore --latest` brings it back with the damaged files kept aside.
 */
class DamagedProjectCliTest {
    @TempDir
    Path tmp;
    Path project;
    String p;


    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @BeforeEach
    void aCodedProjectWithABackup() throws Exception {
        project = tmp.resolve("study.passage");
        p = project.toString();
        Path in = Files.createDirectories(tmp.resolve("in"));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            text.append("Interviewer: Question ").append(i).append(" about mistakes?\n\nLeader: We talk openly about mistakes and learn, answer ")
                .append(i).append(".\n\n");
        }
        for (int d = 0; d < 4; d++) {
            Files.writeString(in.resolve("interview" + d + ".txt"), text.toString().replace("Leader", "Leader" + d));
        }
        assertThat(run("init", p, "--name", "Study", "--language", "en").code()).isZero();
        assertThat(run("import", p, in.toString()).code()).isZero();
        assertThat(run("codes", p, "add", "Mistakes").code()).isZero();
        CliRun backup = run("backup", p, "--json");
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.json().get("verified").asBoolean()).isTrue();
        // edits after the backup: these are what a damaged file loses
        CliRun auto = run("autocode", p, "mistakes", "--code", "Mistakes", "--scope", "turn", "--json");
        assertThat(auto.code()).as(auto.err()).isZero();
    }

    private int codingCount() throws Exception {
        CliRun segs = run("segments", p, "--code", "Mistakes", "--json");
        assertThat(segs.code()).as(segs.err()).isZero();
        return segs.json().size();
    }

    private void assertRefusedAsDamaged() {
        CliRun docs = run("docs", p);
        assertThat(docs.code()).as(docs.out() + docs.err()).isEqualTo(4);
        assertThat(docs.err()).contains("passage restore " + project.toAbsolutePath().normalize() + " --latest")
                              .contains("newest good backup is project-").doesNotContain("\tat ");
    }

    private void assertRestoredWithDamagedFilesAside() throws Exception {
        CliRun restore = run("restore", p, "--latest");
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored").contains("damaged-").contains("are not in it");
        try (Stream<Path> s = Files.list(project)) {
            Path aside = s.filter(f -> f.getFileName().toString().startsWith("damaged-")).findFirst().orElseThrow();
            assertThat(aside.resolve("project.mv.db")).exists();
        }
        CliRun docs = run("docs", p, "--json");
        assertThat(docs.code()).as(docs.err()).isZero();
        assertThat(docs.json()).hasSize(4);
        assertThat(codingCount()).isZero(); // the backup was made before the autocoding
        assertThat(run("code", p, "--doc", "interview0", "--start", "0", "--end", "5", "--code", "Mistakes").code()).isZero();
        assertThat(codingCount()).isEqualTo(1);
    }

    @Test
    void aDatabaseCut64KbShortIsRefusedOrHarmless() throws Exception {
        int before = codingCount();
        assertThat(before).isGreaterThan(500);
        Path db = project.resolve("project.mv.db");
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(Files.size(db) - 65536);
        }
        refusedOrHarmless(before);
    }

    @Test
    void aDatabaseCutInHalfIsRefusedOrHarmless() throws Exception {
        // after the compaction at close the live pages may all lie in the first half: then nothing is lost
        int before = codingCount();
        Path db = project.resolve("project.mv.db");
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(Files.size(db) / 2);
        }
        refusedOrHarmless(before);
    }

    @Test
    void aDatabaseCutToItsHeadersIsRefusedAndRestored() throws Exception {
        Path db = project.resolve("project.mv.db");
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(12 * 1024);
        }
        assertRefusedAsDamaged();
        assertRestoredWithDamagedFilesAside();
    }

    @Test
    void aDatabaseThatWentBackInTimeIsRefusedAndRestored() throws Exception {
        Path older = tmp.resolve("older.mv.db");
        Path db = project.resolve("project.mv.db");
        Files.copy(db, older);
        assertThat(run("codes", p, "add", "Later").code()).isZero(); // an edit the older copy lacks
        Files.copy(older, db, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertRefusedAsDamaged();
        assertThat(run("docs", p).err()).contains("went back in time");
        assertRestoredWithDamagedFilesAside();
    }

    @Test
    void anEmptyDatabaseIsRefusedAndRestored() throws Exception {
        Files.write(project.resolve("project.mv.db"), new byte[0]);
        assertRefusedAsDamaged();
        assertThat(run("docs", p).err()).contains("is empty (0 bytes)");
        assertRestoredWithDamagedFilesAside();
    }

    @Test
    void randomBytesInsideTheDatabaseAreRefusedOrHarmless() throws Exception {
        int before = codingCount();
        Path db = project.resolve("project.mv.db");
        long size = Files.size(db);
        Random random = new Random(11);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            // noise over the newest chunks (the live data is written last) and the file headers' neighbourhood
            for (long at = Math.max(8192, size - 256 * 1024); at < size - 4096; at += 16 * 1024) {
                byte[] noise = new byte[512];
                random.nextBytes(noise);
                f.seek(at);
                f.write(noise);
            }
        }
        refusedOrHarmless(before);
    }

    /** Damage that H2 may or may not notice: refused as DAMAGED, or opened with nothing missing. */
    private void refusedOrHarmless(int before) throws Exception {
        CliRun docs = run("segments", p, "--code", "Mistakes", "--json");
        if (docs.code() == 0) {
            assertThat(docs.json().size()).as("opened: then nothing may be missing").isEqualTo(before);
        } else {
            assertThat(docs.code()).as(docs.err()).isEqualTo(4);
            assertThat(docs.err()).contains("damaged").contains("--latest").doesNotContain("\tat ");
            assertRestoredWithDamagedFilesAside();
        }
    }

    @Test
    void backupsAreListed() throws Exception {
        CliRun list = run("backups", p, "--json");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.json().get("backups")).hasSize(1);
        assertThat(list.json().get("backups").get(0).get("verified").asBoolean()).isTrue();
        assertThat(list.json().get("settings").get("keepLast").asInt()).isEqualTo(10);
        CliRun text = run("backups", p, "--keep-last", "3");
        assertThat(text.out()).contains("1 backup(s)").contains("verified").contains("Keeping the newest 3");
        CliRun bad = run("restore", p);
        assertThat(bad.code()).isEqualTo(2);
    }

    @Test
    void restoreIntoANewFolderMakesAProjectThatOpens() throws Exception {
        CliRun list = run("backups", p, "--json");
        String zip = list.json().get("backups").get(0).get("file").asText();
        Path copy = tmp.resolve("copy.passage");
        CliRun r = run("restore", zip, copy.toString());
        assertThat(r.code()).as(r.err()).isZero();
        CliRun docs = run("docs", copy.toString(), "--json");
        assertThat(docs.code()).as(docs.err()).isZero();
        assertThat(docs.json()).hasSize(4);
        assertThat(run("restore", zip, copy.toString()).code()).isEqualTo(3);
    }

    @Test
    void aReadOnlyFolderIsADiskProblem() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root ignores file permissions");
        project.toFile().setWritable(false);
        try {
            CliRun docs = run("docs", p);
            assertThat(docs.code()).isEqualTo(5);
            assertThat(docs.err()).contains("is read-only");
        } finally {
            project.toFile().setWritable(true);
        }
    }
}
