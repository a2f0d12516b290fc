package dev.passage.bench;

import dev.passage.backup.BackupInfo;
import dev.passage.backup.BackupService;
import dev.passage.backup.Restorer;
import dev.passage.sample.SampleStudy;
import dev.passage.store.ProjectStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;

/**
 * Backups of the sample study (16 interviews, 374 survey respondents): H2's BACKUP TO (a copy of the database file, zipped)
 * against SCRIPT TO (SQL text, deflated): size and time of each; then the cost of a whole verified backup (copy, open and
 * read back, SHA-256) and of a restore. Run: mvn -B -q test-compile exec:exec@bench-backup (or java -cp ... with this class).
 */
public final class BackupBenchmark {
    private BackupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Files.createTempDirectory("passage-backup-bench");
        Path project = root.resolve("sample.passage");
        SampleStudy.build(project, true);
        System.out.printf("database file %,d bytes%n", Files.size(project.resolve(ProjectStore.DATABASE_FILE)));
        String url = "jdbc:h2:file:" + project.toAbsolutePath().resolve(ProjectStore.DATABASE_NAME) + ";DB_CLOSE_ON_EXIT=FALSE";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            for (int round = 0; round < 3; round++) {
                Path zip = root.resolve("backup" + round + ".zip");
                long t0 = System.nanoTime();
                st.execute("BACKUP TO '" + zip + "'");
                long t1 = System.nanoTime();
                Path script = root.resolve("script" + round + ".sql.gz");
                st.execute("SCRIPT TO '" + script + "' COMPRESSION GZIP");
                long t2 = System.nanoTime();
                System.out.printf("round %d: BACKUP TO %,d bytes in %d ms; SCRIPT TO (gzip) %,d bytes in %d ms%n", round, Files.size(zip),
                                  (t1 - t0) / 1_000_000, Files.size(script), (t2 - t1) / 1_000_000);
            }
            st.execute("SHUTDOWN");
        }
        try (ProjectStore store = ProjectStore.open(project)) {
            BackupService service = new BackupService(store);
            for (int round = 0; round < 3; round++) {
                long t0 = System.nanoTime();
                BackupInfo b = service.backUp();
                System.out.printf("verified backup %d: %,d bytes in %d ms%n", round, b.size(), (System.nanoTime() - t0) / 1_000_000);
            }
            long t0 = System.nanoTime();
            new Restorer().restoreInto(service.catalog().list().getFirst().file(), root.resolve("restored.passage"));
            System.out.printf("restore into a new folder: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
